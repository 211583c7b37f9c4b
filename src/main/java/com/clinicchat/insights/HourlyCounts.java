package com.clinicchat.insights;

import com.clinicchat.answering.Citation;
import com.clinicchat.conversation.StoreEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps the hourly counters the report reads (V41: {@code insights_hourly}, {@code insights_hourly_sections}) in step
 * with the conversations and their answers, in the store's transaction ({@link StoreEvent}s are delivered
 * synchronously). A conversation's hour is recounted from its rows whenever one of its counted facts changes (a few
 * conversations an hour, by {@code conversations (created_at)}), so the counters cannot drift and the count is the
 * one {@link ConversationQueries#days} makes; an answer adds one to each section it cites. Deleted conversations get
 * their hours recounted. Each hour's counter row is locked first, so two writers of one hour take turns.
 */
@Component
public class HourlyCounts {

    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
    };

    /** One hour's conversations counted as V41 counts them (and {@link ConversationQueries#days} a day). */
    private static final String RECOUNT = """
            SELECT COUNT(*) AS conversations, COALESCE(SUM(visitor_messages), 0) AS visitor_messages,
                   COUNT(*) FILTER (WHERE escalation_reason IS NULL AND bad = 0) AS assistant,
                   COUNT(*) FILTER (WHERE escalation_reason IS NULL AND bad = 1) AS rated_badly,
                   COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND claimed) AS staff,
                   COUNT(*) FILTER (WHERE escalation_reason IS NOT NULL AND NOT claimed) AS unattended,
                   COUNT(*) FILTER (WHERE escalation_reason = 'medical_question') AS medical_question,
                   COUNT(*) FILTER (WHERE escalation_reason = 'asked_for_person') AS asked_for_person,
                   COUNT(*) FILTER (WHERE escalation_reason = 'emergency') AS emergency,
                   COUNT(*) FILTER (WHERE urgent) AS urgent,
                   COUNT(rating) AS ratings, COALESCE(SUM(rating), 0) AS rating_sum,
                   COUNT(*) FILTER (WHERE rating = 1) AS score1, COUNT(*) FILTER (WHERE rating = 2) AS score2,
                   COUNT(*) FILTER (WHERE rating = 3) AS score3, COUNT(*) FILTER (WHERE rating = 4) AS score4,
                   COUNT(*) FILTER (WHERE rating = 5) AS score5,
                   COALESCE(SUM(thumbs_up), 0) AS thumbs_up, COALESCE(SUM(thumbs_down), 0) AS thumbs_down
            FROM (SELECT escalation_reason, urgent, visitor_messages, claimed, rating, thumbs_up, thumbs_down,
                         CASE WHEN rating <= %d OR thumbs_down > 0 THEN 1 ELSE 0 END AS bad
                  FROM conversations
                  WHERE created_at >= ? AND created_at < ?
                    AND (visitor_messages > 0 OR escalation_reason IS NOT NULL)) x""".formatted(RatingQueries.BAD_SCORE);

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public HourlyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void on(StoreEvent event) {
        switch (event) {
            case StoreEvent.ConversationChanged changed -> jdbc.sql("SELECT created_at FROM conversations WHERE id = ?")
                    .param(changed.conversationId()).query(OffsetDateTime.class).optional()
                    .ifPresent(at -> {
                        long hour = hour(at.toInstant());
                        lock(hour);
                        recountConversations(hour);
                    });
            case StoreEvent.VisitorMessageAdded added -> visitorMessage(hour(added.conversationCreatedAt()));
            case StoreEvent.AnswerStored answer -> answered(answer);
            case StoreEvent.ConversationsDeleted deleted -> forget(deleted);
        }
    }

    /** Hours since 1970-01-01T00:00Z. */
    static long hour(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 3600);
    }

    private static OffsetDateTime start(long hour) {
        return Sql.at(Instant.ofEpochSecond(hour * 3600));
    }

    /** Creates the hour's counter row if it is missing, and locks it for this transaction. */
    private void lock(long hour) {
        // the row exists for all but the hour's first change: one statement then, not two
        if (jdbc.sql("SELECT utc_hour FROM insights_hourly WHERE utc_hour = ? FOR UPDATE").param(hour)
                .query(Long.class).optional().isEmpty()) {
            jdbc.sql("INSERT INTO insights_hourly (utc_hour) VALUES (?) ON CONFLICT DO NOTHING").param(hour).update();
            jdbc.sql("SELECT utc_hour FROM insights_hourly WHERE utc_hour = ? FOR UPDATE").param(hour)
                    .query(Long.class).single();
        }
    }

    private void recountConversations(long hour) {
        Map<String, Long> counts = jdbc.sql(RECOUNT).params(start(hour), start(hour + 1))
                .query((rs, n) -> {
                    Map<String, Long> row = new LinkedHashMap<>();
                    for (String column : HourlyQueries.COLUMNS) {
                        row.put(column, rs.getLong(column));
                    }
                    return row;
                })
                .single();
        List<Object> values = new ArrayList<>(counts.values());
        values.add(hour);
        jdbc.sql("UPDATE insights_hourly SET " + HourlyQueries.COLUMNS.stream().map(c -> c + " = ?")
                        .collect(Collectors.joining(", ")) + " WHERE utc_hour = ?")
                .params(values)
                .update();
    }

    /**
     * One more visitor message in a chat already counted: only the hour's sum changes, so it is added rather than
     * recounted (a recount reads every chat of the hour, and holds the hour's row meanwhile). The update locks the
     * row as {@link #lock} does; a missing row (never counted) is created by a recount.
     */
    private void visitorMessage(long hour) {
        if (jdbc.sql("UPDATE insights_hourly SET visitor_messages = visitor_messages + 1 WHERE utc_hour = ?")
                .param(hour).update() == 0) {
            lock(hour);
            recountConversations(hour);
        }
    }

    /** One more answer for each (distinct) section it cites, as {@link TopicQueries#citedSections} counts them. */
    private void answered(StoreEvent.AnswerStored answer) {
        if (answer.citations().isEmpty()) {
            return;
        }
        long hour = hour(answer.at());
        lock(hour);
        for (Citation citation : answer.citations().stream().distinct().toList()) {
            // the hour's row is locked, so no other writer adds this section's row between the two statements
            if (jdbc.sql("UPDATE insights_hourly_sections SET answers = answers + 1 WHERE utc_hour = ? AND url = ?")
                    .params(hour, citation.url()).update() == 0) {
                jdbc.sql("INSERT INTO insights_hourly_sections (utc_hour, url, title, section, answers) "
                                + "VALUES (?, ?, ?, ?, 1)")
                        .params(hour, citation.url(), citation.title(), citation.section()).update();
            }
        }
    }

    /**
     * Recounts the hours deleted conversations started in, and those their answers were given in (between their
     * start and close: only a system note follows a close), in ascending order (the order every writer locks in).
     */
    private void forget(StoreEvent.ConversationsDeleted deleted) {
        TreeSet<Long> started = new TreeSet<>();
        TreeSet<Long> answered = new TreeSet<>();
        for (StoreEvent.Span span : deleted.spans()) {
            started.add(hour(span.createdAt()));
            for (long hour = hour(span.createdAt()); hour <= hour(span.closedAt()); hour++) {
                answered.add(hour);
            }
        }
        TreeSet<Long> all = new TreeSet<>(started);
        all.addAll(answered);
        for (long hour : all) {
            lock(hour);
            if (started.contains(hour)) {
                recountConversations(hour);
            }
            if (answered.contains(hour)) {
                recountSections(hour);
            }
        }
    }

    private void recountSections(long hour) {
        Map<String, Citation> cited = new LinkedHashMap<>();
        Map<String, Long> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT citations, COUNT(*) AS answers FROM messages WHERE author = 'bot' AND created_at >= ? "
                        + "AND created_at < ? AND route = 'answer' GROUP BY citations")
                .params(start(hour), start(hour + 1))
                .query(rs -> {
                    long count = rs.getLong("answers");
                    json.readValue(rs.getString("citations"), CITATIONS).stream().distinct().forEach(citation -> {
                        cited.putIfAbsent(citation.url(), citation);
                        answers.merge(citation.url(), count, Long::sum);
                    });
                });
        jdbc.sql("DELETE FROM insights_hourly_sections WHERE utc_hour = ?").param(hour).update();
        cited.forEach((url, citation) -> jdbc.sql("INSERT INTO insights_hourly_sections (utc_hour, url, title, section, "
                        + "answers) VALUES (?, ?, ?, ?, ?)")
                .params(hour, url, citation.title(), citation.section(), answers.get(url)).update());
    }
}
