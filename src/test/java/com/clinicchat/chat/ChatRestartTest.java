package com.clinicchat.chat;

import com.clinicchat.ClinicChatApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversations survive a restart: the application runs on its real configuration (the H2 file database under
 * {@code clinicchat.data-dir}), is stopped, and started again on the same folder.
 */
class ChatRestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext startApplication() {
        // only application.yml: not the tests' in-memory database
        return new SpringApplicationBuilder(ClinicChatApplication.class).run(
                "--spring.config.location=classpath:/application.yml",
                "--clinicchat.data-dir=" + dataDir,
                "--server.port=0");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aConversationResumesWholeAfterTheApplicationRestarts() throws Exception {
        String id;
        String token;
        try (ConfigurableApplicationContext first = startApplication();
             ChatClient visitor = ChatClient.connect(port(first))) {
            JsonNode session = visitor.start();
            id = session.path("conversationId").asString();
            token = session.path("token").asString();
            visitor.say("m-1", SocketTestSupport.ANSWERABLE);
            assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("answer");
            visitor.send("type", "request_staff");
            assertThat(visitor.next("state").path("state").asString()).isEqualTo("waiting");
            assertThat(visitor.next("message").path("author").asString()).isEqualTo("system");
        }
        assertThat(Files.exists(dataDir.resolve("clinicchat.mv.db"))).as("the file database").isTrue();

        try (ConfigurableApplicationContext second = startApplication();
             ChatClient visitor = ChatClient.connect(port(second))) {
            visitor.send("type", "resume", "conversationId", id, "token", token, "afterSeq", 0);
            assertThat(visitor.next("session").path("state").asString()).isEqualTo("waiting");
            List<JsonNode> replay = visitor.until(frame -> frame.path("type").asString().equals("state"));

            assertThat(replay).extracting(frame -> frame.path("type").asString())
                    .containsExactly("message", "message", "message", "state");
            assertThat(replay.get(0).path("text").asString()).isEqualTo(SocketTestSupport.ANSWERABLE);
            assertThat(replay.get(1).path("author").asString()).isEqualTo("bot");
            assertThat(replay.get(1).path("citations").get(0).path("section").asString())
                    .isEqualTo("Managing Blood Pressure");
            assertThat(replay.get(2).path("text").asString()).startsWith("You asked to talk to a person.");
            assertThat(replay.get(3).path("state").asString()).isEqualTo("waiting");
            assertThat(visitor.say("m-2", "Are you still there?").path("seq").asLong()).isEqualTo(4);
        }
    }
}
