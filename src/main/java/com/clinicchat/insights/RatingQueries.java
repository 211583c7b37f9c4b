package com.clinicchat.insights;

import com.clinicchat.conversation.Rating;
import com.clinicchat.insights.InsightsReport.Comment;
import com.clinicchat.insights.InsightsReport.RatedAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What visitors said, where the widget stores it: the end-of-chat rating with the conversation
 * ({@code conversations.rating} 1 to 5, {@code rating_comment}, {@code rated_at}; V20) and a thumb on an answer
 * with the message ({@code messages.feedback} 'up' or 'down', {@code feedback_at}). The counts (how many ratings,
 * their scores, thumbs up and down, rated badly) come out of {@link ConversationQueries#days}'s single pass; this
 * class reads the rows behind them: the comments, and the answers thumbed down most.
 * <p>
 * Figures cover the conversations started in the period, like everything else in the report.
 */
@Repository
class RatingQueries {

    /** End-of-chat scores up to this one count as a bad rating (as the console's "rated badly" filter). */
    static final int BAD_SCORE = 2;
    static final int MAX_SCORE = Rating.MAX;

    private final JdbcClient jdbc;

    RatingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest comments left with an end-of-chat rating (blank ones left out). */
    List<Comment> comments(InsightsPeriod period, int limit) {
        return jdbc.sql("""
                        SELECT c.id, c.rating, c.rating_comment, c.rated_at
                        FROM conversations c
                        WHERE c.created_at >= ? AND c.created_at < ? AND c.rating_comment IS NOT NULL
                          AND TRIM(c.rating_comment) <> ''
                        ORDER BY c.rated_at DESC, c.id
                        LIMIT ?""")
                .params(Sql.at(period.start()), Sql.at(period.end()), limit)
                .query((rs, n) -> new Comment(rs.getString("id"), rs.getInt("rating"), rs.getString("rating_comment"),
                        rs.getObject("rated_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * The answers thumbed down most (the same answer text counts together, as the assistant gives the same words
     * to the same question), each with the question it answered: the visitor message just before its first
     * thumbed-down occurrence in one of those conversations (looked up for the listed answers only). The rated
     * messages are found by {@code messages (feedback, created_at)} (V32), one range per thumb (only bot messages
     * take one): an answer comes after its conversation started, so from the period's start on.
     */
    List<RatedAnswer> worstAnswers(InsightsPeriod period, int limit) {
        return jdbc.sql("""
                        SELECT g.answer, g.down, g.up,
                               (SELECT q.text FROM messages q
                                WHERE q.conversation_id = g.example AND q.author = 'visitor'
                                  AND q.seq < (SELECT MIN(b.seq) FROM messages b
                                               WHERE b.conversation_id = g.example AND b.author = 'bot'
                                                 AND b.feedback = 'down' AND b.text = g.answer)
                                ORDER BY q.seq DESC LIMIT 1) AS question
                        FROM (SELECT r.answer, SUM(r.down) AS down, SUM(1 - r.down) AS up, MIN(r.example) AS example
                              FROM (SELECT m.text AS answer, 1 AS down, m.conversation_id AS example
                                    FROM messages m JOIN conversations c ON c.id = m.conversation_id
                                    WHERE m.feedback = 'down' AND m.created_at >= ?
                                      AND c.created_at >= ? AND c.created_at < ?
                                    UNION ALL
                                    SELECT m.text, 0, NULL
                                    FROM messages m JOIN conversations c ON c.id = m.conversation_id
                                    WHERE m.feedback = 'up' AND m.created_at >= ?
                                      AND c.created_at >= ? AND c.created_at < ?) r
                              GROUP BY r.answer) g
                        WHERE g.down > 0
                        ORDER BY g.down DESC, g.up, g.answer
                        LIMIT ?""")
                .params(Sql.at(period.start()), Sql.at(period.start()), Sql.at(period.end()),
                        Sql.at(period.start()), Sql.at(period.start()), Sql.at(period.end()), limit)
                .query((rs, n) -> new RatedAnswer(rs.getString("answer"), rs.getString("question"),
                        rs.getLong("down"), rs.getLong("up")))
                .list();
    }
}
