package com.clinicchat.insights;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V31 and V32 fill the facts the store keeps for the insights in for conversations stored before them, from their
 * messages and transitions.
 */
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

    @Test
    void v32CountsThumbsAndTimesEachTakeOverFromTheRowsBeforeIt() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:v32-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).target("31").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        OffsetDateTime at = OffsetDateTime.parse("2026-03-02T10:00:00Z");
        jdbc.sql("INSERT INTO conversations (id, token_hash, state, created_at, updated_at) VALUES ('c', ?, 'staff', ?, ?)")
                .params("0".repeat(64), at, at).update();
        // visitor, answer (up), answer (down), answer (down), staff reply at +200 s, staff reply at +400 s
        String[][] messages = {{"visitor", null, "0"}, {"bot", "up", "10"}, {"bot", "down", "20"},
                {"bot", "down", "30"}, {"staff", null, "200"}, {"staff", null, "400"}};
        for (int i = 0; i < messages.length; i++) {
            jdbc.sql("INSERT INTO messages (conversation_id, seq, author, text, created_at, feedback) "
                            + "VALUES ('c', ?, ?, 'x', ?, ?)")
                    .params(i + 1, messages[i][0], at.plusSeconds(Long.parseLong(messages[i][2])), messages[i][1])
                    .update();
        }
        // handed over at +40 s, taken at +100 s (first reply +200 s); handed back at +300 s, over again at +350 s,
        // taken at +380 s (first reply +400 s); the last take-over has no next transition
        String[][] transitions = {{null, "bot", "0"}, {"bot", "waiting", "40"}, {"waiting", "staff", "100"},
                {"staff", "bot", "300"}, {"bot", "waiting", "350"}, {"waiting", "staff", "380"}};
        for (String[] t : transitions) {
            jdbc.sql("INSERT INTO state_transitions (conversation_id, from_state, to_state, actor, at) "
                            + "VALUES ('c', ?, ?, 'Dana', ?)")
                    .params(t[0], t[1], at.plusSeconds(Long.parseLong(t[2]))).update();
        }

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.sql("SELECT thumbs_up, thumbs_down FROM conversations").query((rs, n) ->
                rs.getInt(1) + " up, " + rs.getInt(2) + " down").single()).isEqualTo("1 up, 2 down");
        assertThat(jdbc.sql("SELECT waited_since, first_reply_at FROM state_transitions WHERE to_state = 'staff' "
                        + "ORDER BY id")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant() + " "
                        + rs.getObject(2, OffsetDateTime.class).toInstant()).list())
                .containsExactly("2026-03-02T10:00:40Z 2026-03-02T10:03:20Z", "2026-03-02T10:05:50Z 2026-03-02T10:06:40Z");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM state_transitions WHERE to_state <> 'staff' "
                + "AND (waited_since IS NOT NULL OR first_reply_at IS NOT NULL)").query(Long.class).single()).isZero();
    }
}
