package com.clinicchat.insights;

import com.clinicchat.insights.ConversationQueries.DayCounts;
import com.clinicchat.insights.InsightsReport.Day;
import com.clinicchat.insights.InsightsReport.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures {@link ConversationQueries#days} and {@link TopicQueries#citedSections} count from raw rows, read from
 * the hourly counters instead (V41, kept by {@link HourlyCounts}): a year is at most 8,784 rows of
 * {@code insights_hourly} (by its primary key) instead of every conversation, and one row per section and hour
 * instead of every answer. Hours are UTC; the local days are put together here, which is exact when every day of
 * the period starts on a whole hour ({@link #covers}).
 */
@Repository
class HourlyQueries {

    /** The counter columns of {@code insights_hourly}, in the order of V41. */
    static final List<String> COLUMNS = List.of("conversations", "visitor_messages", "assistant", "rated_badly",
            "staff", "unattended", "medical_question", "asked_for_person", "emergency", "urgent", "ratings",
            "rating_sum", "score1", "score2", "score3", "score4", "score5", "thumbs_up", "thumbs_down");

    private final JdbcClient jdbc;

    HourlyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the period's days are made of whole UTC hours: true for every zone whose offsets are whole hours (most
     * of the world); false for e.g. Asia/Kolkata (+05:30), whose figures are counted from the raw rows.
     */
    static boolean covers(InsightsPeriod period) {
        for (LocalDate date = period.from(); !date.isAfter(period.to().plusDays(1)); date = date.plusDays(1)) {
            if (date.atStartOfDay(period.zone()).toEpochSecond() % 3600 != 0) {
                return false;
            }
        }
        return true;
    }

    /** As {@link ConversationQueries#days}: one entry per day with conversations, in date order. */
    List<DayCounts> days(InsightsPeriod period) {
        Map<LocalDate, long[]> byDay = new TreeMap<>();
        jdbc.sql("SELECT utc_hour, " + String.join(", ", COLUMNS) + " FROM insights_hourly "
                        + "WHERE utc_hour >= ? AND utc_hour < ? AND conversations > 0")
                .params(HourlyCounts.hour(period.start()), HourlyCounts.hour(period.end()))
                .query(rs -> {
                    LocalDate day = Instant.ofEpochSecond(rs.getLong("utc_hour") * 3600).atZone(period.zone())
                            .toLocalDate();
                    long[] sums = byDay.computeIfAbsent(day, d -> new long[COLUMNS.size()]);
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] += rs.getLong(i + 2);
                    }
                });
        List<DayCounts> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, c) -> days.add(new DayCounts(new Day(date, c[0], c[1], c[2], c[3], c[4], c[5], 0),
                c[6], c[7], c[8], c[9], c[10], c[11], new long[]{c[12], c[13], c[14], c[15], c[16]}, c[17], c[18])));
        return days;
    }

    /** As {@link TopicQueries#citedSections}: the sections cited by most answers of the period. */
    List<Section> citedSections(InsightsPeriod period, int limit) {
        return jdbc.sql("""
                        SELECT url, MIN(title) AS title, MIN(section) AS section, SUM(answers) AS answers
                        FROM insights_hourly_sections
                        WHERE utc_hour >= ? AND utc_hour < ?
                        GROUP BY url
                        HAVING SUM(answers) > 0
                        ORDER BY SUM(answers) DESC, url
                        LIMIT ?""")
                .params(HourlyCounts.hour(period.start()), HourlyCounts.hour(period.end()), limit)
                .query((rs, n) -> new Section(rs.getString("title"), rs.getString("section"), rs.getString("url"),
                        rs.getLong("answers")))
                .list();
    }
}
