package com.clinicchat.transcripts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds past conversations for staff, in plain SQL that H2 (PostgreSQL mode) and PostgreSQL both run. Text is
 * matched with {@code LIKE} on lower case: the clinic's volume (hundreds of chats a month) needs no full-text index,
 * and a word is found inside longer words too ("cost" in "costs").
 */
@Service
public class TranscriptSearch {

    private final JdbcClient jdbc;

    public TranscriptSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param zone the clinic's time zone, in which {@code from} and {@code to} are days */
    public SearchResult search(SearchCriteria criteria, ZoneId zone) {
        Where where = where(criteria, zone);
        int total = jdbc.sql("SELECT COUNT(*) FROM conversations c WHERE " + where.sql())
                .params(where.params()).query(Integer.class).single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(criteria.limit());
        params.add(criteria.offset());
        List<SearchHit> hits = jdbc.sql("SELECT c.id, c.state, c.urgent, c.escalation_reason, c.staff_name, c.outcome, "
                        + "c.created_at, c.closed_at, c.rating, c.rating_comment, "
                        + "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count, "
                        + "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.feedback = 'down') "
                        + "AS thumbs_down, "
                        + "(SELECT MAX(m.created_at) FROM messages m WHERE m.conversation_id = c.id) AS last_at "
                        + "FROM conversations c WHERE " + where.sql()
                        + " ORDER BY c.created_at DESC, c.id LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, n) -> hit(rs, null))
                .list();
        List<SearchHit> withSnippets = hits.stream()
                .map(hit -> withSnippet(hit, criteria.words()))
                .toList();
        return new SearchResult(withSnippets, total, criteria.limit(), criteria.offset());
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(SearchCriteria criteria, ZoneId zone) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        List<Object> params = new ArrayList<>();
        if (criteria.from() != null) {
            clauses.add("c.created_at >= ?");
            params.add(utc(criteria.from().atStartOfDay(zone).toInstant()));
        }
        if (criteria.to() != null) {
            clauses.add("c.created_at < ?");
            params.add(utc(criteria.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (criteria.route() != null) {
            clauses.add("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.route = ?)");
            params.add(criteria.route().wireName());
        }
        if (criteria.outcome() != null) {
            clauses.add("LOWER(c.outcome) LIKE ? ESCAPE '\\'");
            params.add(contains(criteria.outcome()));
        }
        if (criteria.staff() != null) {
            // claimed, handed back or closed it: every such change is recorded under the staff member's name
            clauses.add("EXISTS (SELECT 1 FROM state_transitions t WHERE t.conversation_id = c.id "
                    + "AND LOWER(t.actor) = ?)");
            params.add(criteria.staff().strip().toLowerCase(Locale.ROOT));
        }
        if (criteria.escalated()) {
            clauses.add("c.escalation_reason IS NOT NULL");
        }
        if (criteria.emergency()) {
            clauses.add("c.urgent");
        }
        if (criteria.ratedBadly()) {
            clauses.add("(c.rating <= 2 OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id "
                    + "AND m.feedback = 'down'))");
        }
        for (String word : criteria.words()) {
            clauses.add("EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.author <> 'system' "
                    + "AND LOWER(m.text) LIKE ? ESCAPE '\\')");
            params.add(contains(word));
        }
        return new Where(String.join(" AND ", clauses), params);
    }

    private SearchHit withSnippet(SearchHit hit, List<String> words) {
        Optional<SearchHit.Snippet> snippet = words.isEmpty() ? Optional.empty()
                : jdbc.sql("SELECT seq, author, text FROM messages WHERE conversation_id = ? AND author <> 'system' "
                        + "AND LOWER(text) LIKE ? ESCAPE '\\' ORDER BY seq LIMIT 1")
                .params(hit.id(), contains(words.getFirst())).query(TranscriptSearch::snippet).optional();
        if (snippet.isEmpty()) {
            snippet = jdbc.sql("SELECT seq, author, text FROM messages WHERE conversation_id = ? AND author = 'visitor' "
                            + "ORDER BY seq LIMIT 1")
                    .param(hit.id()).query(TranscriptSearch::snippet).optional();
        }
        return new SearchHit(hit.id(), hit.state(), hit.urgent(), hit.reason(), hit.staffName(), hit.outcome(),
                hit.createdAt(), hit.closedAt(), hit.rating(), hit.ratingComment(), hit.messages(), hit.thumbsDown(),
                hit.lastActivity(), snippet.orElse(null));
    }

    private static SearchHit.Snippet snippet(ResultSet rs, int row) throws SQLException {
        return new SearchHit.Snippet(rs.getLong("seq"), rs.getString("author"), rs.getString("text"));
    }

    private static SearchHit hit(ResultSet rs, SearchHit.Snippet snippet) throws SQLException {
        int rating = rs.getInt("rating");
        Integer score = rs.wasNull() ? null : rating;
        return new SearchHit(rs.getString("id"), rs.getString("state"), rs.getBoolean("urgent"),
                rs.getString("escalation_reason"), rs.getString("staff_name"), rs.getString("outcome"),
                instant(rs, "created_at"), instant(rs, "closed_at"), score, rs.getString("rating_comment"),
                rs.getInt("message_count"), rs.getInt("thumbs_down"), instant(rs, "last_at"), snippet);
    }

    /** A LIKE pattern for text containing {@code text}, its own % and _ taken literally. */
    private static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
