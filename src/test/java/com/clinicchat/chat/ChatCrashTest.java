package com.clinicchat.chat;

import com.clinicchat.ClinicChatApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Nothing echoed is lost when the server dies: the application runs as a separate process on its real
 * configuration (H2 file database), a visitor sends a burst of messages, the process is killed with SIGKILL as
 * soon as some of them are echoed, and after a restart on the same folder the visitor resumes over a real socket.
 * Every echoed message must be there with its seq; the rest are resent, as the widget's outbox does, and each is
 * stored once.
 */
class ChatCrashTest {

    private static final int BURST = 40;
    private static final int KILL_AFTER_ECHOES = 12;
    private static final Duration STARTUP = Duration.ofMinutes(3);

    @TempDir
    Path temp;
    private Path dataDir;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void messagesEchoedBeforeASigkillAreAllThereAfterTheRestart() throws Exception {
        dataDir = temp.resolve("data"); // made by the application
        int port = freePort();
        server = start(port, "first");
        // the database holds health information: the service account's alone, whatever the umask
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve("clinicchat.mv.db")))).isEqualTo("rw-------");

        Map<String, Long> echoed = new LinkedHashMap<>();
        String id;
        String token;
        try (ChatClient visitor = ChatClient.connect(port)) {
            JsonNode session = visitor.start();
            id = session.path("conversationId").asString();
            token = session.path("token").asString();
            for (int i = 1; i <= BURST; i++) {
                visitor.send("type", "message", "clientMessageId", "m-" + i, "text",
                        "Question " + i + ": how does magnesium help blood pressure?");
            }
            while (echoed.size() < KILL_AFTER_ECHOES) {
                note(visitor.next(), echoed);
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no final flush
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            visitor.awaitClose();
            visitor.drain().forEach(frame -> note(frame, echoed));
        }
        assertThat(echoed.size()).as("killed mid-burst").isLessThan(BURST);

        server = start(port, "second");
        try (ChatClient visitor = ChatClient.connect(port)) {
            visitor.send("type", "resume", "conversationId", id, "token", token, "afterSeq", 0);
            visitor.next("session");
            Map<String, Long> stored = new LinkedHashMap<>();
            visitor.until(frame -> frame.path("type").asString().equals("state"))
                    .forEach(frame -> note(frame, stored));

            List<String> lost = echoed.keySet().stream().filter(m -> !echoed.get(m).equals(stored.get(m))).toList();
            System.out.printf("SIGKILL mid-burst: %d of %d messages echoed before the kill, %d stored, %d lost%n",
                    echoed.size(), BURST, stored.size(), lost.size());
            assertThat(lost).as("echoed, then lost or renumbered").isEmpty();

            // the widget resends what was never echoed, with the same ids; nothing is stored twice
            List<String> resent = new ArrayList<>();
            for (int i = 1; i <= BURST; i++) {
                if (!echoed.containsKey("m-" + i)) {
                    resent.add("m-" + i);
                    visitor.send("type", "message", "clientMessageId", "m-" + i, "text",
                            "Question " + i + ": how does magnesium help blood pressure?");
                }
            }
            Map<String, Long> afterResend = new LinkedHashMap<>(stored);
            while (afterResend.size() < BURST) {
                note(visitor.next(), afterResend);
            }
        }
        try (ChatClient reader = ChatClient.connect(port)) {
            reader.send("type", "resume", "conversationId", id, "token", token, "afterSeq", 0);
            reader.next("session");
            List<String> visitorIds = reader.until(frame -> frame.path("type").asString().equals("state")).stream()
                    .filter(ChatCrashTest::isVisitorMessage).map(f -> f.path("clientMessageId").asString()).toList();
            assertThat(visitorIds).hasSize(BURST).doesNotHaveDuplicates();
        }
    }

    private static boolean isVisitorMessage(JsonNode frame) {
        return frame.path("type").asString().equals("message") && frame.path("author").asString().equals("visitor");
    }

    private static void note(JsonNode frame, Map<String, Long> echoes) {
        if (isVisitorMessage(frame)) {
            echoes.putIfAbsent(frame.path("clientMessageId").asString(), frame.path("seq").asLong());
        }
    }

    /** The application's main class in a JVM of its own, on the test classpath and only application.yml. */
    private Process start(int port, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = temp.resolve(name + ".log");
        Process process = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                ClinicChatApplication.class.getName(),
                "--spring.config.location=classpath:/application.yml",
                "--clinicchat.data-dir=" + dataDir,
                "--server.port=" + port,
                "--clinicchat.knowledge.watch=false",
                "--clinicchat.chat.connection-rate-limit=1000",
                "--clinicchat.chat.ip-rate-limit=100000")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The server exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        fail("The server did not start within " + STARTUP + ": " + Files.readString(log));
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
