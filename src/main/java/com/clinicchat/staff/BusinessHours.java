package com.clinicchat.staff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When staff can be on duty: ranges such as {@code MON-FRI 08:00-18:00} and {@code SAT 09:00-12:00} in one zone.
 * No ranges: any time. A range ending at {@code 24:00} runs to midnight; a range may not run past midnight
 * (write two ranges instead).
 */
record BusinessHours(List<Range> ranges, ZoneId zone) {

    private static final Pattern RANGE = Pattern.compile(
            "([A-Za-z]{3})(?:-([A-Za-z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /** Open on {@code days} from {@code opens} (inclusive) to {@code closes} (exclusive; null: midnight). */
    record Range(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        boolean contains(ZonedDateTime time) {
            LocalTime at = time.toLocalTime();
            return days.contains(time.getDayOfWeek()) && !at.isBefore(opens) && (closes == null || at.isBefore(closes));
        }
    }

    BusinessHours {
        ranges = List.copyOf(ranges);
    }

    /** @throws IllegalArgumentException naming the range that cannot be read */
    static BusinessHours parse(List<String> ranges, ZoneId zone) {
        List<Range> parsed = new ArrayList<>();
        for (String text : ranges) {
            parsed.add(range(text.strip()));
        }
        return new BusinessHours(parsed, zone);
    }

    boolean isOpen(Instant at) {
        if (ranges.isEmpty()) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        return ranges.stream().anyMatch(range -> range.contains(local));
    }

    private static Range range(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw invalid(text, "write it like MON-FRI 08:00-18:00");
        }
        int first = day(m.group(1), text);
        int last = m.group(2) == null ? first : day(m.group(2), text);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int d = first; ; d = (d + 1) % 7) { // SAT-MON wraps over the weekend
            days.add(DayOfWeek.of(d + 1));
            if (d == last) {
                break;
            }
        }
        try {
            LocalTime opens = LocalTime.parse(m.group(3));
            LocalTime closes = m.group(4).equals("24:00") ? null : LocalTime.parse(m.group(4));
            if (closes != null && !closes.isAfter(opens)) {
                throw invalid(text, "it must close after it opens, on the same day");
            }
            return new Range(days, opens, closes);
        } catch (DateTimeParseException e) {
            throw invalid(text, "times are HH:MM, 00:00 to 24:00");
        }
    }

    private static int day(String name, String text) {
        int index = DAYS.indexOf(name.toUpperCase(Locale.ROOT));
        if (index < 0) {
            throw invalid(text, "days are MON, TUE, WED, THU, FRI, SAT, SUN");
        }
        return index;
    }

    private static IllegalArgumentException invalid(String text, String hint) {
        return new IllegalArgumentException("clinicchat.staff.business-hours: cannot read \"" + text + "\": " + hint);
    }
}
