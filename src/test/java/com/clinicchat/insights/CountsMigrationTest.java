package com.clinicchat.insights;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V31 fills the per-conversation counts in for conversations stored before it, from their messages and transitions. */
class CountsMigrationTest {

    @Test
    void conversationsStoredBeforeTheCountsGetThemFromTheirRows() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:v31-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).target("30").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        OffsetDateTime at = OffsetDateTime.parse("2026-03-02T10:00:00Z");
        for (String id : new String[]{"taken", "bot-only", "empty"}) {
            jdbc.sql("INSERT INTO conversations (id, token_hash, state, created_at, updated_at) VALUES (?, ?, 'bot', ?, ?)")
                    .params(id, "0".repeat(64), at, at).update();
        }
        int seq = 0;
        for (String author : new String[]{"visitor", "bot", "visitor", "staff", "visitor"}) {
            jdbc.sql("INSERT INTO messages (conversation_id, seq, author, text, created_at) VALUES ('taken', ?, ?, 'x', ?)")
                    .params(++seq, author, at).update();
        }
        jdbc.sql("INSERT INTO messages (conversation_id, seq, author, text, created_at) VALUES ('bot-only', 1, 'visitor', 'x', ?)")
                .param(at).update();
        jdbc.sql("INSERT INTO state_transitions (conversation_id, from_state, to_state, actor, at) "
                + "VALUES ('taken', 'bot', 'waiting', 'bot', ?), ('taken', 'waiting', 'staff', 'Dana', ?), "
                + "('bot-only', NULL, 'bot', 'visitor', ?)").params(at, at, at).update();

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.sql("SELECT id, visitor_messages, claimed FROM conversations ORDER BY id")
                .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getBoolean(3)).list())
                .containsExactly("bot-only 1 false", "empty 0 false", "taken 3 true");
    }
}
