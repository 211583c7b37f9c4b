package com.clinicchat.staff;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void openOnTheListedDaysBetweenOpeningAndClosingInTheZone() {
        BusinessHours hours = BusinessHours.parse(List.of("MON-FRI 08:00-18:00", "sat 09:00-12:00"), BERLIN);

        assertThat(hours.isOpen(berlin("2026-05-04T08:00"))).as("Monday at opening").isTrue();
        assertThat(hours.isOpen(berlin("2026-05-04T17:59"))).isTrue();
        assertThat(hours.isOpen(berlin("2026-05-04T18:00"))).as("closing is exclusive").isFalse();
        assertThat(hours.isOpen(berlin("2026-05-04T07:59"))).isFalse();
        assertThat(hours.isOpen(berlin("2026-05-08T12:00"))).as("Friday").isTrue();
        assertThat(hours.isOpen(berlin("2026-05-09T10:00"))).as("Saturday morning").isTrue();
        assertThat(hours.isOpen(berlin("2026-05-09T13:00"))).isFalse();
        assertThat(hours.isOpen(berlin("2026-05-10T10:00"))).as("Sunday").isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-05-04T06:30:00Z"))).as("08:30 in Berlin (summer time)").isTrue();
    }

    @Test
    void dayRangesWrapAndMayRunToMidnight() {
        BusinessHours hours = BusinessHours.parse(List.of("SAT-MON 20:00-24:00"), ZoneId.of("UTC"));

        assertThat(hours.isOpen(Instant.parse("2026-05-10T23:59:59Z"))).as("Sunday night").isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-05-11T20:00:00Z"))).as("Monday evening").isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-05-12T21:00:00Z"))).as("Tuesday").isFalse();
    }

    @Test
    void noRangesMeansAlwaysOpen() {
        assertThat(BusinessHours.parse(List.of(), BERLIN).isOpen(berlin("2026-05-10T03:00"))).isTrue();
    }

    @Test
    void unreadableRangesAreRefusedWithTheRangeNamed() {
        for (String bad : List.of("weekdays 8-6", "MON-FRI 18:00-08:00", "MON-FUN 08:00-18:00", "MON 25:00-26:00")) {
            assertThatThrownBy(() -> BusinessHours.parse(List.of(bad), BERLIN)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
    }
}
