package com.clinicchat.chat;

import com.clinicchat.conversation.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application with the {@code postgres} profile: Flyway creates the schema (a new one for this run, dropped
 * afterwards), and a conversation is held and resumed. Runs with {@code -Pfull} or {@code -Dtests.excluded=none}.
 */
@Tag("postgres")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatOnPostgresTest {

    private static final String SCHEMA = StoreFixture.randomSchema();

    @LocalServerPort
    int port;

    /** Only the schema is set here: the user comes from application-postgres.yml. */
    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> StoreFixture.POSTGRES_URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        JdbcClient.create(new DriverManagerDataSource(StoreFixture.POSTGRES_URL, StoreFixture.POSTGRES_USER, ""))
                .sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
    }

    @Test
    void aConversationIsStoredInPostgresAndResumed() throws Exception {
        String id;
        String token;
        try (ChatClient visitor = ChatClient.connect(port)) {
            JsonNode session = visitor.start();
            id = session.path("conversationId").asString();
            token = session.path("token").asString();
            visitor.say("m-1", SocketTestSupport.ANSWERABLE);
            assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("answer");
        }
        try (ChatClient visitor = ChatClient.connect(port)) {
            visitor.send("type", "resume", "conversationId", id, "token", token);
            visitor.next("session");
            List<JsonNode> replay = visitor.until(frame -> frame.path("type").asString().equals("state"));
            assertThat(replay).extracting(frame -> frame.path("seq").asLong()).containsExactly(1L, 2L, 0L);
            visitor.send("type", "message", "clientMessageId", "m-1", "text", SocketTestSupport.ANSWERABLE);
            assertThat(visitor.next("message")).isEqualTo(replay.getFirst());
        }
        long stored = JdbcClient.create(new DriverManagerDataSource(StoreFixture.POSTGRES_URL + "?currentSchema="
                        + SCHEMA, StoreFixture.POSTGRES_USER, ""))
                .sql("SELECT COUNT(*) FROM messages WHERE conversation_id = ?").param(id).query(Long.class).single();
        assertThat(stored).isEqualTo(2);
    }
}
