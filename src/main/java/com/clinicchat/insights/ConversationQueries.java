package com.clinicchat.insights;

import com.clinicchat.insights.InsightsReport.Day;
import com.clinicchat.triage.EscalationReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversations by day and outcome, and escalations by reason, counted in one pass over the conversations that
 * started in a period (and, with ratings, one over those never handed to staff) (by {@code conversations.created_at}, with the per-conversation counts the store keeps:
 * {@code visitor_messages} and {@code claimed}, see V31).
 * <p>
 * A conversation counts when a visitor wrote in it or asked for a person (opening the widget alone starts one).
 * Its outcome is one of: settled by the assistant (never handed to staff, not rated badly), rated badly (never
 * handed to staff, but rated badly), taken over by staff, or handed to staff and never taken over.
 * {@code escalation_reason} is set on the first hand-over and never cleared, so it tells "ever handed to staff";
 * it holds the latest reason (an emergency written later overwrites it), which is the one counted.
 */
@Repository
class ConversationQueries {

    private final JdbcClient jdbc;

    ConversationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per day that had conversations, in date order; days without any are left out.
     *
     * @param ratedBadly a boolean SQL expression over the conversation {@code c}, or null while there are no ratings
     */
    List<DayCounts> days(InsightsPeriod period, String ratedBadly) {
        Map<String, Long> badlyByDay = ratedBadly == null ? Map.of() : ratedBadlyByDay(period, ratedBadly);
        return jdbc.sql("""
                        SELECT local_day, COUNT(*) AS conversations, SUM(visitor_messages) AS visitor_messages,
                               COUNT(*) FILTER (WHERE escalation_reason IS NULL) AS not_escalated,
                               COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND claimed) AS staff,
                               COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND NOT claimed) AS unattended,
                               COUNT(*) FILTER (WHERE escalation_reason = ?) AS medical_question,
                               COUNT(*) FILTER (WHERE escalation_reason = ?) AS asked_for_person,
                               COUNT(*) FILTER (WHERE escalation_reason = ?) AS emergency,
                               COUNT(*) FILTER (WHERE urgent) AS urgent
                        FROM (SELECT TO_CHAR(c.created_at AT TIME ZONE ?, 'YYYY-MM-DD') AS local_day,
                                     c.escalation_reason, c.urgent, c.visitor_messages, c.claimed
                              FROM conversations c
                              WHERE c.created_at >= ? AND c.created_at < ?
                                AND (c.visitor_messages > 0 OR c.escalation_reason IS NOT NULL)) x
                        GROUP BY local_day
                        ORDER BY local_day""")
                .params(EscalationReason.MEDICAL_QUESTION.wireName(), EscalationReason.ASKED_FOR_PERSON.wireName(),
                        EscalationReason.EMERGENCY.wireName(), period.zone().getId(),
                        Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> {
                    String day = rs.getString("local_day");
                    long badly = badlyByDay.getOrDefault(day, 0L);
                    return new DayCounts(new Day(LocalDate.parse(day), rs.getLong("conversations"),
                            rs.getLong("visitor_messages"), rs.getLong("not_escalated") - badly, badly,
                            rs.getLong("staff"), rs.getLong("unattended"), 0),
                            rs.getLong("medical_question"), rs.getLong("asked_for_person"), rs.getLong("emergency"),
                            rs.getLong("urgent"));
                })
                .list();
    }

    /** Conversations never handed to staff but rated badly, per day (the ratings are looked up by key). */
    private Map<String, Long> ratedBadlyByDay(InsightsPeriod period, String ratedBadly) {
        Map<String, Long> days = new HashMap<>();
        jdbc.sql("""
                        SELECT local_day, COUNT(*) AS n
                        FROM (SELECT TO_CHAR(c.created_at AT TIME ZONE ?, 'YYYY-MM-DD') AS local_day
                              FROM conversations c
                              WHERE c.created_at >= ? AND c.created_at < ? AND c.escalation_reason IS NULL
                                AND c.visitor_messages > 0 AND %s) x
                        GROUP BY local_day""".formatted(ratedBadly))
                .params(period.zone().getId(), Sql.at(period.start()), Sql.at(period.end()))
                .query(rs -> {
                    days.put(rs.getString("local_day"), rs.getLong("n"));
                });
        return days;
    }

    /** A day's conversations by outcome, and its escalations by reason. */
    record DayCounts(Day day, long medicalQuestion, long askedForPerson, long emergency, long urgent) {
    }

    /** What staff noted when closing the period's chats, most frequent first (case and spaces ignored). */
    List<InsightsReport.Count> outcomes(InsightsPeriod period, int limit) {
        return jdbc.sql("""
                        SELECT outcome, COUNT(*) AS n
                        FROM (SELECT COALESCE(LOWER(TRIM(c.outcome)), '') AS outcome
                              FROM conversations c
                              WHERE c.created_at >= ? AND c.created_at < ? AND c.state = 'closed') x
                        GROUP BY outcome
                        ORDER BY n DESC, outcome
                        LIMIT ?""")
                .params(Sql.at(period.start()), Sql.at(period.end()), limit)
                .query((rs, n) -> new InsightsReport.Count(rs.getString("outcome"), rs.getLong("n")))
                .list();
    }
}
