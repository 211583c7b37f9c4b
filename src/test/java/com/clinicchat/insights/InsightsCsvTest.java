package com.clinicchat.insights;

import com.clinicchat.insights.InsightsReport.Count;
import com.clinicchat.insights.InsightsReport.Summary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV that spreadsheets open safely: quoting, and visitor text that must not run as a formula. */
class InsightsCsvTest {

    static final Summary EMPTY = new Summary(0, 0, 0, null, 0, 0, 0, 0, 0, 0, null, null, null, null, null, 0, 0, 0, 0);

    static InsightsReport withGaps(List<Count> gaps) {
        InsightsReport.Period period = new InsightsReport.Period(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-08"), "UTC", 7);
        return new InsightsReport(period, period, Insights.DEFINITIONS, EMPTY, EMPTY, List.of(), List.of(),
                new InsightsReport.Staff(List.of(), List.of(), List.of()), InsightsReport.Ratings.none(),
                new InsightsReport.Topics(List.of(), 0, 0, gaps));
    }

    @Test
    void textThatASpreadsheetWouldRunIsDefusedAndQuotedWhereNeeded() {
        String csv = InsightsCsv.of("gaps", withGaps(List.of(
                new Count("=HYPERLINK(\"http://evil.example\",\"click\")", 3),
                new Count("prices, hours", 2),
                new Count("-1+2", 1),
                new Count("a \"quoted\" word", 1))));

        assertThat(csv).isEqualTo("question,times_asked\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",3\r\n"
                + "\"prices, hours\",2\r\n"
                + "'-1+2,1\r\n"
                + "\"a \"\"quoted\"\" word\",1\r\n");
    }

    @Test
    void theSummaryListsEachFigureForBothPeriodsAndEmptyCellsForNoValue() {
        List<String> lines = InsightsCsv.of("summary", withGaps(List.of())).lines().toList();

        assertThat(lines.getFirst()).isEqualTo("figure,period 2026-03-02 to 2026-03-08,previous 2026-03-02 to 2026-03-08");
        assertThat(lines).contains("conversations,0,0", "resolutionRate,,", "knowledgeGaps,0,0");
        assertThat(lines).hasSize(1 + Summary.class.getRecordComponents().length);
    }

    @Test
    void anUnknownTableHasNoCsv() {
        assertThat(InsightsCsv.of("passwords", withGaps(List.of()))).isNull();
    }
}
