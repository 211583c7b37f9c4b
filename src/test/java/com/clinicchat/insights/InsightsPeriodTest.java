package com.clinicchat.insights;

import com.clinicchat.web.BadRequestException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsightsPeriodTest {

    static final ZoneId DENVER = ZoneId.of("America/Denver");
    static final LocalDate TODAY = LocalDate.parse("2026-03-20");

    @Test
    void withoutDatesItIsTheLast30DaysEndingToday() {
        InsightsPeriod period = InsightsPeriod.parse(null, "", DENVER, TODAY);

        assertThat(period.from()).isEqualTo(LocalDate.parse("2026-02-19"));
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(period.days()).isEqualTo(30);
    }

    @Test
    void itRunsFromTheClinicsMidnightToTheNextMidnightAfterTheLastDay() {
        InsightsPeriod period = InsightsPeriod.parse("2026-03-07", "2026-03-08", DENVER, TODAY);

        assertThat(period.start()).isEqualTo(Instant.parse("2026-03-07T07:00:00Z")); // MST
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-09T06:00:00Z")); // MDT
    }

    @Test
    void thePreviousPeriodHasTheSameNumberOfDaysJustBefore() {
        InsightsPeriod previous = InsightsPeriod.parse("2026-03-01", "2026-03-31", DENVER, TODAY).previous();

        assertThat(previous.from()).isEqualTo(LocalDate.parse("2026-01-29"));
        assertThat(previous.to()).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(previous.days()).isEqualTo(31);
    }

    @Test
    void badInputIsRefusedWithWhatToFix() {
        assertThatThrownBy(() -> InsightsPeriod.parse("03/01/2026", null, DENVER, TODAY))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("YYYY-MM-DD")
                .extracting(e -> ((BadRequestException) e).code()).isEqualTo("invalid_date");
        assertThatThrownBy(() -> InsightsPeriod.parse("2026-03-10", "2026-03-09", DENVER, TODAY))
                .hasMessage("'from' (2026-03-10) is after 'to' (2026-03-09).");
        assertThat(InsightsPeriod.parse("2025-03-20", "2026-03-20", DENVER, TODAY).days()).isEqualTo(366);
        assertThatThrownBy(() -> InsightsPeriod.parse("2025-03-19", "2026-03-20", DENVER, TODAY))
                .extracting(e -> ((BadRequestException) e).code()).isEqualTo("invalid_period");
    }
}
