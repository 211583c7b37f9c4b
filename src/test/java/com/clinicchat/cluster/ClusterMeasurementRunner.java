package com.clinicchat.cluster;

import com.clinicchat.chat.ChatClient;
import com.clinicchat.staff.NewStaffAccount;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffHttp;
import com.clinicchat.staff.StaffRole;
import com.clinicchat.staff.StaffSocketClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements for docs/cluster.md, not tests of correctness alone (tagged "benchmark": never run by CI). Run with
 * {@code ./mvnw test -Dtests.excluded=none -Dtest=ClusterMeasurementRunner}.
 * <ul>
 *   <li>cross-node delivery: {@value #VISITORS} visitors on node A each send {@value #MESSAGES_EACH} messages (each
 *   after the last one's echo) to a conversation a nurse on node B holds; the time from sending to the frame on
 *   B's console, and from a nurse's reply posted on B to the frame on the visitor's socket on A;</li>
 *   <li>Redis down: a Redis of its own on a free port is stopped and started again under two nodes, and what
 *   visitors and staff get meanwhile is written down.</li>
 * </ul>
 */
@Tag("benchmark")
class ClusterMeasurementRunner {

    static final int VISITORS = 20;
    static final int MESSAGES_EACH = 25;
    static final String PASSWORD = "correct horse battery";
    static final Map<String, String> LOAD = Map.of("clinicchat.chat.ip-rate-limit", "1000000",
            "clinicchat.chat.connection-rate-limit", "1000");

    @Test
    void crossNodeDeliveryLatency() throws Exception {
        try (ClusterNodes nodes = new ClusterNodes(LOAD)) {
            ConfigurableApplicationContext a = nodes.start("bench-a");
            ConfigurableApplicationContext b = nodes.start("bench-b");
            int portA = ClusterNodes.port(a);
            int portB = ClusterNodes.port(b);
            StaffHttp nurse = nurse(b, portB);
            StaffSocketClient console = StaffSocketClient.connect(portB, nurse);
            console.next("hello");

            List<ChatClient> visitors = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int v = 0; v < VISITORS; v++) {
                ChatClient visitor = ChatClient.connect(portA);
                String id = visitor.start().path("conversationId").asString();
                visitor.send("type", "request_staff");
                visitor.next("state");
                visitor.next("message");
                assertThat(nurse.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);
                visitor.next(f -> f.path("type").asString().equals("message")
                        && f.path("author").asString().equals("system"));
                visitors.add(visitor);
                ids.add(id);
            }

            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            List<Double> toConsole = Collections.synchronizedList(new ArrayList<>());
            int total = VISITORS * MESSAGES_EACH;
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    while (toConsole.size() < total) {
                        JsonNode frame = console.next(f -> f.path("type").asString().equals("message")
                                && f.path("message").path("author").asString().equals("visitor"));
                        Long sent = sentAt.get(frame.path("message").path("text").asString());
                        if (sent != null) {
                            toConsole.add((System.nanoTime() - sent) / 1e6);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> done = new ArrayList<>();
                for (int v = 0; v < VISITORS; v++) {
                    ChatClient visitor = visitors.get(v);
                    int number = v;
                    done.add(pool.submit(() -> {
                        for (int m = 0; m < MESSAGES_EACH; m++) {
                            String text = "visitor " + number + " message " + m;
                            sentAt.put(text, System.nanoTime());
                            visitor.say("v" + number + "-" + m, text);
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            }
            reader.join(Duration.ofSeconds(60));
            double seconds = (System.nanoTime() - start) / 1e9;

            List<Double> toVisitor = new ArrayList<>();
            for (int r = 0; r < 100; r++) {
                int v = r % VISITORS;
                String text = "nurse reply " + r;
                long sent = System.nanoTime();
                assertThat(nurse.post("/api/staff/conversations/" + ids.get(v) + "/messages",
                        Map.of("text", text)).statusCode()).isEqualTo(201);
                visitors.get(v).next(f -> f.path("text").asString().equals(text));
                toVisitor.add((System.nanoTime() - sent) / 1e6);
            }
            report("visitor on A -> console on B (" + toConsole.size() + " of " + total + " messages, "
                    + String.format("%.0f", total / seconds) + " msg/s)", toConsole);
            report("nurse POST on B -> visitor socket on A (100 replies, one at a time)", toVisitor);
            System.out.println("MEASURE load average " + ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage() + ", cores " + Runtime.getRuntime().availableProcessors());
            console.close();
            for (ChatClient visitor : visitors) {
                visitor.close();
            }
        }
    }

    @Test
    void whileRedisIsDown() throws Exception {
        int redisPort;
        try (ServerSocket free = new ServerSocket(0)) {
            redisPort = free.getLocalPort();
        }
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "redis-").toAbsolutePath();
        Process redis = startRedis(redisPort, dir);
        try (ClusterNodes nodes = new ClusterNodes(Map.of("spring.data.redis.port", String.valueOf(redisPort),
                "clinicchat.chat.ip-rate-limit", "1000000"))) {
            ConfigurableApplicationContext a = nodes.start("down-a", Map.of("spring.data.redis.port",
                    String.valueOf(redisPort)));
            ConfigurableApplicationContext b = nodes.start("down-b", Map.of("spring.data.redis.port",
                    String.valueOf(redisPort)));
            int portA = ClusterNodes.port(a);
            int portB = ClusterNodes.port(b);
            StaffHttp nurse = nurse(b, portB);
            StaffSocketClient console = StaffSocketClient.connect(portB, nurse);
            console.next("hello");
            ChatClient visitor = ChatClient.connect(portA);
            String id = visitor.start().path("conversationId").asString();
            visitor.send("type", "request_staff");
            visitor.next("state");
            visitor.next("message"); // you asked for a person
            assertThat(nurse.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);
            visitor.next(f -> f.path("type").asString().equals("message")
                    && f.path("author").asString().equals("system"));
            console.watch(id);
            visitor.say("before", "before the outage");
            console.next(f -> f.path("message").path("text").asString().equals("before the outage"));
            System.out.println("MEASURE baseline: a visitor message on A reached the console on B");

            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
            System.out.println("MEASURE Redis stopped");
            long t = System.nanoTime();
            visitor.say("during", "during the outage");
            System.out.printf("MEASURE visitor on A: echo of a message after %.0f ms (stored in PostgreSQL)%n",
                    (System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            try (ChatClient newcomer = ChatClient.connect(portA)) {
                newcomer.start();
                newcomer.say("n-1", "How does magnesium help blood pressure?");
                newcomer.untilBotMessage();
                System.out.printf("MEASURE new visitor on A: start, message and bot answer in %.0f ms "
                        + "(rate limits fall back to per node)%n", (System.nanoTime() - t) / 1e6);
            }
            t = System.nanoTime();
            HttpResponse<String> reply = nurse.post("/api/staff/conversations/" + id + "/messages",
                    Map.of("text", "nurse during the outage"));
            System.out.printf("MEASURE nurse on B posts a reply: HTTP %d after %.0f ms (sign-in sessions are in "
                    + "Redis)%n", reply.statusCode(), (System.nanoTime() - t) / 1e6);
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + portA + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + portA + "/actuator/health/liveness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf("MEASURE node A readiness HTTP %d, liveness HTTP %d%n", ready.statusCode(),
                    live.statusCode());
            Thread.sleep(3000);
            System.out.println("MEASURE console on B got the outage message live: " + console.drainMatching(
                    f -> f.path("message").path("text").asString().equals("during the outage")));

            redis = startRedis(redisPort, dir);
            long back = System.nanoTime();
            System.out.println("MEASURE Redis started again");
            console.next("resync");
            System.out.printf("MEASURE console on B told to re-read (resync) %.0f ms after Redis was back%n",
                    (System.nanoTime() - back) / 1e6);
            HttpResponse<String> transcript = nurse.get("/api/staff/conversations/" + id);
            System.out.printf("MEASURE nurse's session after the restart: HTTP %d (Redis without persistence "
                    + "forgot it)%n", transcript.statusCode());
            StaffHttp again = new StaffHttp(portB);
            boolean signedIn = again.signIn(nurseName, PASSWORD);
            JsonNode messages = again.json(again.get("/api/staff/conversations/" + id)).path("messages");
            System.out.println("MEASURE signed in again: " + signedIn + "; transcript has the outage message: "
                    + messages.toString().contains("during the outage"));
            visitor.drain(); // the catch-up's state frame
            t = System.nanoTime();
            visitor.say("after", "after the outage");
            console.next(f -> f.path("message").path("text").asString().equals("after the outage"));
            System.out.printf("MEASURE after recovery: visitor on A -> console on B live again, %.0f ms%n",
                    (System.nanoTime() - t) / 1e6);
            again.close();
            console.close();
            visitor.close();
        } finally {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String nurseName;

    private static StaffHttp nurse(ConfigurableApplicationContext node, int port) throws Exception {
        nurseName = "nurse" + UUID.randomUUID().toString().substring(0, 6);
        node.getBean(StaffAccounts.class).create(new NewStaffAccount(nurseName, "Nurse " + nurseName, PASSWORD,
                StaffRole.STAFF));
        StaffHttp http = new StaffHttp(port);
        assertThat(http.signIn(nurseName, PASSWORD)).isTrue();
        return http;
    }

    private static Process startRedis(int port, Path dir) throws Exception {
        Process process = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(port),
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return process;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start on " + port);
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("MEASURE %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                sorted.getLast());
    }
}
