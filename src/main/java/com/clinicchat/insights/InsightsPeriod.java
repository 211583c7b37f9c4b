package com.clinicchat.insights;

import com.clinicchat.web.BadRequestException;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both ends included, as calendar days in the clinic's time zone (the zone of its
 * business hours): a chat at 23:30 in Denver belongs to that Denver day, whatever the server's zone.
 */
record InsightsPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** A year and a day: one period's daily series stays small enough to draw and to send. */
    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    InsightsPeriod {
        if (to.isBefore(from)) {
            throw new BadRequestException("invalid_period", "'from' (" + from + ") is after 'to' (" + to + ").");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new BadRequestException("invalid_period",
                    "A period is at most " + MAX_DAYS + " days; this one has " + days + ".");
        }
    }

    /**
     * From the request's {@code from} and {@code to} (YYYY-MM-DD); either may be left out: {@code to} defaults to
     * today, {@code from} to 30 days ending with {@code to}.
     */
    static InsightsPeriod parse(String from, String to, ZoneId zone, LocalDate today) {
        LocalDate end = to == null || to.isBlank() ? today : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        return new InsightsPeriod(start, end, zone);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new BadRequestException("invalid_date", "'" + name + "' must be a date as YYYY-MM-DD, e.g. 2026-05-04.");
        }
    }

    int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first instant of {@code from} in the zone. */
    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to}: periods are half-open, [start, end). */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The period of the same length just before this one, for comparison. */
    InsightsPeriod previous() {
        return new InsightsPeriod(from.minusDays(days()), from.minusDays(1), zone);
    }
}
