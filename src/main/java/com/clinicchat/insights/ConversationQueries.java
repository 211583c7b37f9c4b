package com.clinicchat.insights;

import com.clinicchat.insights.InsightsReport.Day;
import com.clinicchat.triage.EscalationReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * Conversations by day and outcome, escalations by reason, and ratings, counted in one pass over the conversations
 * that started in a period (by {@code conversations.created_at}), with the per-conversation facts the store keeps:
 * {@code visitor_messages} and {@code claimed} (V31), {@code rating} (V20), {@code thumbs_up}/{@code thumbs_down}
 * (V32).
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
     * One row per day that had conversations, in date order; days without any are left out. Rated badly: an
     * end-of-chat score of {@link RatingQueries#BAD_SCORE} or less, or a thumbs-down on any answer (the store counts
     * thumbs per conversation, V32), so ratings and thumbs come out of the same pass.
     */
    List<DayCounts> days(InsightsPeriod period) {
        StringBuilder scores = new StringBuilder();
        for (int score = 1; score <= RatingQueries.MAX_SCORE; score++) {
            scores.append(", COUNT(*) FILTER (WHERE rating = ").append(score).append(") AS s").append(score);
        }
        return jdbc.sql("""
                        SELECT local_day, COUNT(*) AS conversations, SUM(visitor_messages) AS visitor_messages,
                               COUNT(*) FILTER (WHERE escalation_reason IS NULL AND bad = 0) AS assistant,
                               COUNT(*) FILTER (WHERE escalation_reason IS NULL AND bad = 1) AS rated_badly,
                               COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND claimed) AS staff,
                               COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND NOT claimed) AS unattended,
                               COUNT(*) FILTER (WHERE escalation_reason = ?) AS medical_question,
                               COUNT(*) FILTER (WHERE escalation_reason = ?) AS asked_for_person,
                               COUNT(*) FILTER (WHERE escalation_reason = ?) AS emergency,
                               COUNT(*) FILTER (WHERE urgent) AS urgent,
                               COUNT(rating) AS ratings, COALESCE(SUM(rating), 0) AS rating_sum,
                               SUM(thumbs_up) AS thumbs_up, SUM(thumbs_down) AS thumbs_down
                               %s
                        FROM (SELECT TO_CHAR(c.created_at AT TIME ZONE ?, 'YYYY-MM-DD') AS local_day,
                                     c.escalation_reason, c.urgent, c.visitor_messages, c.claimed, c.rating,
                                     c.thumbs_up, c.thumbs_down,
                                     CASE WHEN c.rating <= ? OR c.thumbs_down > 0 THEN 1 ELSE 0 END AS bad
                              FROM conversations c
                              WHERE c.created_at >= ? AND c.created_at < ?
                                AND (c.visitor_messages > 0 OR c.escalation_reason IS NOT NULL)) x
                        GROUP BY local_day
                        ORDER BY local_day""".formatted(scores))
                .params(EscalationReason.MEDICAL_QUESTION.wireName(), EscalationReason.ASKED_FOR_PERSON.wireName(),
                        EscalationReason.EMERGENCY.wireName(), period.zone().getId(), RatingQueries.BAD_SCORE,
                        Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> {
                    long[] byScore = new long[RatingQueries.MAX_SCORE];
                    for (int score = 1; score <= RatingQueries.MAX_SCORE; score++) {
                        byScore[score - 1] = rs.getLong("s" + score);
                    }
                    return new DayCounts(new Day(LocalDate.parse(rs.getString("local_day")),
                            rs.getLong("conversations"), rs.getLong("visitor_messages"), rs.getLong("assistant"),
                            rs.getLong("rated_badly"), rs.getLong("staff"), rs.getLong("unattended"), 0),
                            rs.getLong("medical_question"), rs.getLong("asked_for_person"), rs.getLong("emergency"),
                            rs.getLong("urgent"), rs.getLong("ratings"), rs.getLong("rating_sum"), byScore,
                            rs.getLong("thumbs_up"), rs.getLong("thumbs_down"));
                })
                .list();
    }

    /**
     * A day's conversations by outcome, its escalations by reason, and its ratings: how many, their sum, how many
     * of each score (1 to 5), and the thumbs on its answers.
     */
    record DayCounts(Day day, long medicalQuestion, long askedForPerson, long emergency, long urgent, long ratings,
                     long ratingSum, long[] byScore, long thumbsUp, long thumbsDown) {
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
