package com.clinicchat.insights;

import com.clinicchat.insights.InsightsReport.Comment;
import com.clinicchat.insights.InsightsReport.Count;
import com.clinicchat.insights.InsightsReport.RatedAnswer;
import com.clinicchat.insights.InsightsReport.Ratings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Visitors' ratings, read from two tables that the widget's rating feature creates; while a table does not exist
 * its figures are reported as not available ("no ratings yet") rather than failing the whole report.
 * <p>
 * Expected shape (the names here are the only place they are spelt):
 * <pre>
 * conversation_ratings (conversation_id VARCHAR(36) → conversations.id, score INTEGER 1..5,
 *                       comment VARCHAR (NULL when none), created_at TIMESTAMP WITH TIME ZONE)
 * answer_ratings       (conversation_id VARCHAR(36), seq INTEGER: the rated bot message's seq,
 *                       helpful BOOLEAN: thumbs up = TRUE, created_at TIMESTAMP WITH TIME ZONE)
 * </pre>
 * Figures cover the ratings of conversations started in the period, like everything else in the report. The
 * queries start from the period's conversations (LEFT JOIN: H2 keeps that order) and look ratings up by key, so
 * that their cost follows the period, not every rating ever given.
 */
@Repository
class RatingQueries {

    static final String CONVERSATION_RATINGS = "conversation_ratings";
    static final String ANSWER_RATINGS = "answer_ratings";
    /** End-of-chat scores up to this one count as a bad rating. */
    static final int BAD_SCORE = 2;
    static final int MAX_SCORE = 5;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RatingQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Which of the two tables exist now (looked up on each report: a migration may add them at any restart). */
    record Available(boolean conversations, boolean answers) {
    }

    Available available() {
        return new Available(tableExists(CONVERSATION_RATINGS), tableExists(ANSWER_RATINGS));
    }

    /**
     * A boolean SQL expression over the conversation {@code c}: rated badly at the end (score ≤ 2 of 5) or any of its
     * answers thumbed down; null while neither table exists. Both tests are key lookups.
     */
    String ratedBadly(Available available) {
        List<String> tests = new ArrayList<>();
        if (available.conversations()) {
            tests.add("EXISTS (SELECT 1 FROM " + CONVERSATION_RATINGS + " r WHERE r.conversation_id = c.id "
                    + "AND r.score <= " + BAD_SCORE + ")");
        }
        if (available.answers()) {
            tests.add("EXISTS (SELECT 1 FROM " + ANSWER_RATINGS + " a WHERE a.conversation_id = c.id "
                    + "AND NOT a.helpful)");
        }
        return tests.isEmpty() ? null : "(" + String.join(" OR ", tests) + ")";
    }

    Ratings ratings(InsightsPeriod period, Available available, int comments, int answers) {
        Ratings ratings = Ratings.none();
        if (available.conversations()) {
            Scores scores = scores(period);
            ratings = new Ratings(true, scores.count(), scores.average(), scores.distribution(),
                    comments(period, comments), false, 0, 0, List.of());
        }
        if (available.answers()) {
            long[] thumbs = thumbs(period);
            ratings = new Ratings(ratings.available(), ratings.count(), ratings.average(), ratings.distribution(),
                    ratings.comments(), true, thumbs[0], thumbs[1], worstAnswers(period, answers));
        }
        return ratings;
    }

    /** The number of end-of-chat ratings and their average, for the previous period's summary. */
    Scores scores(InsightsPeriod period) {
        StringBuilder perScore = new StringBuilder();
        for (int score = 1; score <= MAX_SCORE; score++) {
            perScore.append(", COUNT(*) FILTER (WHERE r.score = ").append(score).append(") AS s").append(score);
        }
        return jdbc.sql("SELECT COUNT(r.score) AS n, AVG(CAST(r.score AS DOUBLE PRECISION)) AS average" + perScore
                        + " FROM conversations c LEFT JOIN " + CONVERSATION_RATINGS + " r ON r.conversation_id = c.id "
                        + "WHERE c.created_at >= ? AND c.created_at < ?")
                .params(Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> {
                    List<Count> distribution = new ArrayList<>();
                    for (int score = 1; score <= MAX_SCORE; score++) {
                        distribution.add(new Count(Integer.toString(score), rs.getLong("s" + score)));
                    }
                    return new Scores(rs.getLong("n"), Sql.number(rs, "average"), List.copyOf(distribution));
                })
                .single();
    }

    record Scores(long count, Double average, List<Count> distribution) {
    }

    /** Thumbs up and down on the period's answers. */
    long[] thumbs(InsightsPeriod period) {
        return jdbc.sql("SELECT COUNT(*) FILTER (WHERE a.helpful) AS up, COUNT(*) FILTER (WHERE NOT a.helpful) AS down "
                        + "FROM conversations c LEFT JOIN " + ANSWER_RATINGS + " a ON a.conversation_id = c.id "
                        + "WHERE c.created_at >= ? AND c.created_at < ?")
                .params(Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> new long[]{rs.getLong("up"), rs.getLong("down")})
                .single();
    }

    private List<Comment> comments(InsightsPeriod period, int limit) {
        return jdbc.sql("SELECT r.conversation_id, r.score, r.comment, r.created_at FROM conversations c LEFT JOIN "
                        + CONVERSATION_RATINGS + " r ON r.conversation_id = c.id "
                        + "WHERE c.created_at >= ? AND c.created_at < ? AND r.comment IS NOT NULL "
                        + "AND TRIM(r.comment) <> '' ORDER BY r.created_at DESC, r.conversation_id LIMIT ?")
                .params(Sql.at(period.start()), Sql.at(period.end()), limit)
                .query((rs, n) -> new Comment(rs.getString("conversation_id"), rs.getInt("score"),
                        rs.getString("comment"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * The answers thumbed down most (the same answer text counts together, as the offline answerer gives the same
     * words to the same question), each with a question it was thumbed down on: the visitor message just before it
     * in one of those conversations (looked up for the listed answers only).
     */
    private List<RatedAnswer> worstAnswers(InsightsPeriod period, int limit) {
        return jdbc.sql("""
                        SELECT g.answer, g.down, g.up,
                               (SELECT q.text FROM messages q
                                WHERE q.conversation_id = g.example AND q.author = 'visitor'
                                  AND q.seq < (SELECT MIN(b.seq) FROM messages b WHERE b.conversation_id = g.example
                                                 AND b.author = 'bot' AND b.text = g.answer)
                                ORDER BY q.seq DESC LIMIT 1) AS question
                        FROM (SELECT m.text AS answer,
                                     COUNT(*) FILTER (WHERE NOT a.helpful) AS down,
                                     COUNT(*) FILTER (WHERE a.helpful) AS up,
                                     MIN(CASE WHEN NOT a.helpful THEN a.conversation_id END) AS example
                              FROM conversations c
                              LEFT JOIN %s a ON a.conversation_id = c.id
                              LEFT JOIN messages m ON m.conversation_id = a.conversation_id AND m.seq = a.seq
                              WHERE c.created_at >= ? AND c.created_at < ? AND m.text IS NOT NULL
                              GROUP BY m.text) g
                        WHERE g.down > 0
                        ORDER BY g.down DESC, g.up, g.answer
                        LIMIT ?""".formatted(ANSWER_RATINGS))
                .params(Sql.at(period.start()), Sql.at(period.end()), limit)
                .query((rs, n) -> new RatedAnswer(rs.getString("answer"), rs.getString("question"),
                        rs.getLong("down"), rs.getLong("up")))
                .list();
    }

    private boolean tableExists(String table) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, meta -> {
                try (ResultSet tables = meta.getTables(meta.getConnection().getCatalog(),
                        meta.getConnection().getSchema(), table, new String[]{"TABLE"})) {
                    return tables.next();
                }
            });
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot read the database's tables", e);
        }
    }
}
