package com.clinicchat.cluster;

import com.clinicchat.chat.ChatClient;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.NewMessage;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.staff.NewStaffAccount;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffHttp;
import com.clinicchat.staff.StaffPresence;
import com.clinicchat.staff.StaffRole;
import com.clinicchat.staff.StaffSocketClient;
import com.clinicchat.web.SocketDrain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two nodes with the {@code cluster} profile on the real PostgreSQL and Redis, a visitor on one and staff on the
 * other: they behave as one service. The last test stops node A and the visitor goes on on node B.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    static final String PERSONAL = "I'm pregnant and on thyroid medication, is a magnesium drip okay for me?";
    static final String ANSWERABLE = "How does magnesium help blood pressure?";
    static final String PASSWORD = "correct horse battery";
    static final int ASK_LIMIT = 6;
    static final int SOCKET_CAP = 6;

    static ClusterNodes nodes;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static int portA;
    static int portB;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        nodes = new ClusterNodes(Map.of("clinicchat.chat.ip-rate-limit", "100000",
                "clinicchat.ask.rate-limit", String.valueOf(ASK_LIMIT), "clinicchat.ask.rate-period", "1h",
                "clinicchat.chat.max-sockets-per-address", String.valueOf(SOCKET_CAP),
                // the once-per-cluster jobs run at start on both nodes; the lock lets one through
                "clinicchat.chat.retention-check-delay", "PT0S", "clinicchat.chat.inactivity-check-delay", "PT0S"));
        a = nodes.start("node-a");
        b = nodes.start("node-b");
        portA = ClusterNodes.port(a);
        portB = ClusterNodes.port(b);
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @AfterEach
    void closeClients() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
        open.clear();
        await(() -> !presence(b).anyoneOnDuty() && (!a.isActive() || !presence(a).anyoneOnDuty()),
                "every console gone from the roster");
    }

    @Test
    @Order(1)
    void aVisitorOnAAndANurseOnBChatLiveBothWaysWithTypingAndHandBack() throws Exception {
        StaffHttp nurse = staff("Dana", portB);
        String name = displayName(nurse);
        StaffSocketClient console = track(StaffSocketClient.connect(portB, nurse));
        console.next("hello");
        await(() -> presence(a).anyoneOnDuty(), "node A sees the nurse on node B on duty");

        ChatClient visitor = track(ChatClient.connect(portA));
        String id = visitor.start().path("conversationId").asString();
        visitor.say("m-1", PERSONAL);
        assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("escalate");
        JsonNode waiting = visitor.next("state");
        assertThat(waiting.path("state").asString()).isEqualTo("waiting");
        assertThat(waiting.path("staffOnDuty").asBoolean()).as("the nurse on node B counts").isTrue();

        JsonNode escalation = console.next("escalation");
        assertThat(escalation.path("conversation").path("id").asString()).isEqualTo(id);
        console.next(frame -> frame.path("type").asString().equals("queue")
                && frame.path("waiting").toString().contains(id));

        assertThat(nurse.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);
        JsonNode staffState = visitor.next(frameOf("state"));
        assertThat(staffState.path("state").asString()).isEqualTo("staff");
        assertThat(staffState.path("staffName").asString()).isEqualTo(name);
        assertThat(visitor.next(frameOf("message")).path("text").asString())
                .isEqualTo(name + " from the clinic has joined the chat.");

        console.watch(id);
        visitor.send("type", "typing");
        assertThat(console.next("typing").path("conversationId").asString()).isEqualTo(id);
        visitor.say("m-2", "Are you a real person?");
        JsonNode seen = console.next(frame -> frame.path("type").asString().equals("message")
                && frame.path("message").path("author").asString().equals("visitor"));
        assertThat(seen.path("message").path("text").asString()).isEqualTo("Are you a real person?");

        assertThat(nurse.post("/api/staff/conversations/" + id + "/typing", null).statusCode()).isEqualTo(204);
        JsonNode typing = visitor.next();
        assertThat(typing.path("type").asString()).isEqualTo("typing");
        assertThat(typing.path("name").asString()).isEqualTo(name);
        assertThat(nurse.post("/api/staff/conversations/" + id + "/messages",
                Map.of("text", "Yes, I'm a nurse at the clinic.")).statusCode()).isEqualTo(201);
        JsonNode reply = visitor.next("message");
        assertThat(reply.path("author").asString()).isEqualTo("staff");
        assertThat(reply.path("text").asString()).isEqualTo("Yes, I'm a nurse at the clinic.");

        assertThat(nurse.post("/api/staff/conversations/" + id + "/hand-back", null).statusCode()).isEqualTo(200);
        assertThat(visitor.next(frameOf("state")).path("state").asString()).isEqualTo("bot");
        assertThat(visitor.next(frameOf("message")).path("text").asString()).startsWith(name + " has left the chat.");
        assertThat(console.next("conversation").path("conversation").path("state").asString()).isEqualTo("bot");

        visitor.say("m-3", ANSWERABLE);
        JsonNode answer = visitor.untilBotMessage().getLast();
        assertThat(answer.path("route").asString()).isEqualTo("answer");
        assertThat(console.next(frame -> frame.path("type").asString().equals("message")
                && frame.path("message").path("author").asString().equals("bot")).path("message").path("seq")
                .asLong()).as("the bot's answer on A reaches the console on B").isEqualTo(answer.path("seq").asLong());
    }

    @Test
    @Order(2)
    void ofTwoNursesOnTwoNodesClaimingAtOnceExactlyOneWins() throws Exception {
        StaffHttp dana = staff("Dana", portA);
        StaffHttp lee = staff("Lee", portB);
        List<String> names = List.of(displayName(dana), displayName(lee));
        for (int round = 0; round < 4; round++) {
            ChatClient visitor = track(ChatClient.connect(round % 2 == 0 ? portA : portB));
            String id = visitor.start().path("conversationId").asString();
            visitor.send("type", "request_staff");
            visitor.next("state");
            visitor.next("message");

            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<HttpResponse<String>>> claims = List.of(dana, lee).stream()
                    .<Callable<HttpResponse<String>>>map(staff -> () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return staff.post("/api/staff/conversations/" + id + "/claim", null);
                    }).toList();
            List<HttpResponse<String>> results = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (Future<HttpResponse<String>> result : pool.invokeAll(claims, 30, TimeUnit.SECONDS)) {
                    results.add(result.get());
                }
            }
            assertThat(results).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            String winner = StaffHttp.JSON.readTree(results.stream().filter(r -> r.statusCode() == 200)
                    .findFirst().orElseThrow().body()).path("staffName").asString();
            assertThat(names).contains(winner);
            assertThat(visitor.next("state").path("staffName").asString()).isEqualTo(winner);
        }
    }

    @Test
    @Order(3)
    void aBotReplyStreamsToTheVisitorsOtherTabOnTheOtherNode() throws Exception {
        ChatClient tabOnA = track(ChatClient.connect(portA));
        JsonNode session = tabOnA.start();
        ChatClient tabOnB = track(ChatClient.connect(portB));
        tabOnB.send("type", "resume", "conversationId", session.path("conversationId").asString(), "token",
                session.path("token").asString(), "afterSeq", 0);
        tabOnB.next("session");
        tabOnB.until(frameOf("state"));

        tabOnA.say("m-1", ANSWERABLE);
        JsonNode answer = tabOnA.untilBotMessage().getLast();
        List<JsonNode> onB = tabOnB.until(frame -> frame.path("type").asString().equals("message")
                && frame.path("author").asString().equals("bot"));
        List<JsonNode> deltas = onB.stream().filter(frameOf("delta")).toList();
        assertThat(deltas).as("the reply streamed on A reaches the tab on B as it is written").isNotEmpty()
                .allMatch(d -> d.path("streamId").asString().equals(answer.path("streamId").asString()));
        assertThat(deltas.stream().map(d -> d.path("text").asString()).reduce("", String::concat))
                .isEqualTo(answer.path("text").asString());
        assertThat(onB.getLast().path("streamId").asString()).as("the finished message replaces the streamed one")
                .isEqualTo(answer.path("streamId").asString());
        assertThat(onB.getLast().path("seq").asLong()).isEqualTo(answer.path("seq").asLong());
    }

    @Test
    @Order(3)
    void aSignInOnOneNodeHoldsOnTheOther() throws Exception {
        StaffHttp nurse = staff("Sam", portA);
        StaffSocketClient console = track(StaffSocketClient.connect(portB, nurse));
        assertThat(console.next("hello").path("me").path("displayName").asString()).isEqualTo(displayName(nurse));
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + portB + "/api/staff/me"))
                .header("Cookie", nurse.cookieHeader()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as("node B knows node A's session (Spring Session in Redis)").isEqualTo(200);
    }

    @Test
    @Order(3)
    void disablingAnAccountOnOneNodeClosesItsConsoleOnTheOther() throws Exception {
        StaffHttp nurse = staff("Kim", portB);
        StaffSocketClient console = track(StaffSocketClient.connect(portB, nurse));
        console.next("hello");
        String username = nurse.json(nurse.get("/api/staff/me")).path("username").asString();
        a.getBean(StaffAccounts.class).disable(username, "admin");
        assertThat(console.awaitClose().getCode()).as("policy violation: account disabled").isEqualTo(1008);
    }

    @Test
    @Order(3)
    void theOncePerClusterJobsRanUnderALockInTheDatabase() {
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(com.clinicchat.conversation.StoreFixture
                .POSTGRES_URL + "?currentSchema=" + nodes.schema, com.clinicchat.conversation.StoreFixture
                .POSTGRES_USER, ""));
        List<Map<String, Object>> locks = db.sql("SELECT name, locked_by FROM shedlock ORDER BY name")
                .query().listOfRows();
        assertThat(locks).extracting(row -> row.get("name"))
                .containsExactly("InactivityJob.closeInactive", "RetentionJob.deleteExpired");
        assertThat(locks).extracting(row -> row.get("locked_by")).allMatch(List.of("node-a", "node-b")::contains);
    }


    @Test
    @Order(4)
    void aNodeThatMissesNoticesCatchesUpFromTheDatabaseInSeqOrder() throws Exception {
        StaffHttp nurse = staff("Ren", portA);
        StaffSocketClient console = track(StaffSocketClient.connect(portB, nurse));
        console.next("hello");
        ChatClient visitor = track(ChatClient.connect(portB));
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        visitor.next(frameOf("state"));
        assertThat(nurse.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);
        long joined = visitor.next(frame -> frame.path("type").asString().equals("message")
                && frame.path("text").asString().endsWith("has joined the chat.")).path("seq").asLong();
        console.watch(id);

        // a notice that never reached node B: stored on A with no event at all
        long withheld = a.getBean(ConversationStore.class).append(id,
                NewMessage.fromStaff(displayName(nurse), "withheld"), java.time.Instant.now()).message().seq();
        assertThat(nurse.post("/api/staff/conversations/" + id + "/messages", Map.of("text", "next")).statusCode())
                .isEqualTo(201);
        assertThat(List.of(visitor.next(frameOf("message")), visitor.next(frameOf("message"))))
                .as("the next notice brings the missed message first, in seq order")
                .extracting(f -> f.path("seq").asLong(), f -> f.path("text").asString())
                .containsExactly(tuple(withheld, "withheld"), tuple(withheld + 1, "next"));
        assertThat(withheld).isEqualTo(joined + 1);

        // node B's subscription paused (as when its Redis connection drops): every notice meanwhile is missed
        RedisMessageListenerContainer listener = b.getBean("clusterListener", RedisMessageListenerContainer.class);
        CountDownLatch published = new CountDownLatch(1);
        MessageListener watcher = (message, pattern) -> {
            String body = new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8);
            if (body.contains("\"MESSAGE\"") && body.contains("\"seq\":" + (withheld + 2) + ",")) {
                published.countDown();
            }
        };
        ChannelTopic channel = new ChannelTopic(nodes.prefix + "events");
        a.getBean("clusterListener", RedisMessageListenerContainer.class).addMessageListener(watcher, channel);
        listener.stop();
        try {
            assertThat(nurse.post("/api/staff/conversations/" + id + "/messages", Map.of("text", "while away"))
                    .statusCode()).isEqualTo(201);
            assertThat(published.await(30, TimeUnit.SECONDS)).as("the notice went out while B was away").isTrue();
        } finally {
            listener.start();
            a.getBean("clusterListener", RedisMessageListenerContainer.class).removeMessageListener(watcher, channel);
        }
        console.next("resync");
        JsonNode caughtUp = visitor.next(frameOf("message"));
        assertThat(caughtUp.path("seq").asLong()).isEqualTo(withheld + 2);
        assertThat(caughtUp.path("text").asString()).as("resubscribing re-reads the database").isEqualTo("while away");
        JsonNode transcript = nurse.json(nurse.get("/api/staff/conversations/" + id));
        assertThat(transcript.toString()).contains("withheld", "next", "while away");
    }

    @Test
    @Order(4)
    void aRelayedMessageBringsWhatCameBeforeItButNotALaterReplyWhoseDeltasAreStillOnTheirWay() throws Exception {
        ChatClient visitor = track(ChatClient.connect(portB));
        String id = visitor.start().path("conversationId").asString();
        ConversationStore store = a.getBean(ConversationStore.class);
        // both stored on A before node B handles the first one's event (as when a fast reply overtakes the relay)
        StoredMessage first = store.append(id, NewMessage.fromStaff("Ren", "first"), java.time.Instant.now()).message();
        StoredMessage second = store.append(id, NewMessage.fromStaff("Ren", "second"), java.time.Instant.now())
                .message();
        Predicate<JsonNode> ours = frame -> frame.path("type").asString().equals("message")
                && List.of("first", "second").contains(frame.path("text").asString());

        b.publishEvent(new RemoteEvent(new ConversationEvent.MessageAdded(first, null)));
        assertThat(visitor.next(ours).path("seq").asLong()).isEqualTo(first.seq());
        b.publishEvent(new RemoteEvent(new ConversationEvent.MessageAdded(second, "stream-2")));
        JsonNode later = visitor.next(ours);
        assertThat(later.path("seq").asLong()).isEqualTo(second.seq());
        assertThat(later.path("streamId").asString()).as("sent with its own event, so its stream is recognised")
                .isEqualTo("stream-2");
    }

    @Test
    @Order(4)
    void anAddressHasOneSocketCapAcrossTheNodesAndACrashedNodesSocketsStopCounting() throws Exception {
        StringRedisTemplate redis = a.getBean(StringRedisTemplate.class);
        await(() -> socketsCounted(redis) == 0, "the earlier tests' sockets uncounted");
        List<ChatClient> held = new ArrayList<>();
        for (int i = 0; i < SOCKET_CAP; i++) {
            ChatClient visitor = track(ChatClient.connect(i % 2 == 0 ? portA : portB));
            visitor.start();
            held.add(visitor);
        }
        String addressKey = redis.keys(nodes.prefix + "sockets:*").iterator().next();
        for (int port : List.of(portA, portB)) {
            assertThat(track(ChatClient.connect(port)).awaitClose().getCode())
                    .as("one over the cap, though each node holds only half").isEqualTo(1008);
        }
        held.removeFirst().close(); // one on A
        await(() -> socketsCounted(redis) == SOCKET_CAP - 1, "the closed socket uncounted");
        ChatClient onB = track(ChatClient.connect(portB));
        assertThat(onB.start().path("conversationId").asString()).as("room again, on the other node").isNotBlank();
        held.add(onB);
        for (ChatClient visitor : held) {
            visitor.close();
        }
        await(() -> socketsCounted(redis) == 0, "all closed");

        // a node that died holding the address's whole cap: it counts until its entry expires, then not
        long expires = System.currentTimeMillis() + 6000;
        redis.opsForZSet().add(nodes.prefix + "nodes", "crashed-node", expires);
        redis.opsForHash().put(addressKey, "crashed-node", String.valueOf(SOCKET_CAP));
        assertThat(track(ChatClient.connect(portA)).awaitClose().getCode()).as("the crashed node's sockets count")
                .isEqualTo(1008);
        await(() -> System.currentTimeMillis() > expires, "the crashed node's entry expired");
        assertThat(track(ChatClient.connect(portA)).start().path("conversationId").asString()).isNotBlank();
    }

    @Test
    @Order(4)
    void anAddressHasOneAskBudgetAcrossTheNodes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= ASK_LIMIT; i++) {
            int port = i % 2 == 0 ? portA : portB;
            statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + ANSWERABLE + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertThat(statuses.subList(0, ASK_LIMIT)).as("half on each node, within one budget").containsOnly(200);
        assertThat(statuses.getLast()).as("one over the shared budget, though each node saw only half").isEqualTo(429);
    }

    @Test
    @Order(5)
    void aNodeThatStopsHeartbeatingDropsOffTheRosterAfterItsEntriesExpire() throws Exception {
        StringRedisTemplate redis = a.getBean(StringRedisTemplate.class);
        ChatClient visitor = track(ChatClient.connect(portA));
        visitor.start();
        // a node that died with a console open: its entry is not renewed
        long expires = System.currentTimeMillis() + 1500;
        redis.opsForZSet().add(nodes.prefix + "presence", "crashed-node\tGhost", expires);
        await(() -> presence(a).anyoneOnDuty() && presence(b).anyoneOnDuty(), "the crashed node's nurse counts");
        JsonNode onDuty = visitor.next(frame -> frame.path("type").asString().equals("state")
                && frame.path("staffOnDuty").asBoolean());
        assertThat(onDuty.path("state").asString()).isEqualTo("bot");
        JsonNode offDuty = visitor.next(frame -> frame.path("type").asString().equals("state")
                && !frame.path("staffOnDuty").asBoolean());
        assertThat(System.currentTimeMillis()).as("not before the entry expired").isGreaterThanOrEqualTo(expires);
        assertThat(offDuty.path("state").asString()).isEqualTo("bot");
        await(() -> !presence(b).anyoneOnDuty(), "node B drops the crashed node's nurse too");
    }

    @Test
    @Order(6)
    void whenNodeAStopsItsVisitorIsToldToReconnectAndResumesOnNodeBWithNothingLost() throws Exception {
        ChatClient onA = track(ChatClient.connect(portA));
        JsonNode session = onA.start();
        String id = session.path("conversationId").asString();
        String token = session.path("token").asString();
        JsonNode echo = onA.say("m-1", ANSWERABLE);
        // node A stops while its reply may still be in flight: the drain waits for it to be stored
        Thread stopping = Thread.ofPlatform().start(a::close);
        assertThat(onA.awaitClose().getCode()).as("reconnect now").isEqualTo(SocketDrain.RECONNECT_NOW.getCode());
        stopping.join(Duration.ofSeconds(60));
        assertThat(a.isActive()).isFalse();

        ChatClient onB = track(ChatClient.connect(portB));
        onB.send("type", "resume", "conversationId", id, "token", token, "afterSeq", echo.path("seq").asLong());
        onB.next("session");
        List<JsonNode> replay = onB.until(frame -> frame.path("type").asString().equals("state"));
        assertThat(replay.stream().filter(f -> f.path("type").asString().equals("message")))
                .as("the reply node A finished while draining, from the database")
                .extracting(f -> f.path("author").asString(), f -> f.path("seq").asLong())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bot", echo.path("seq").asLong() + 1));
        onB.say("m-2", "And how long does a drip take?");
        assertThat(onB.untilBotMessage().getLast().path("seq").asLong()).isEqualTo(echo.path("seq").asLong() + 3);
    }

    // ---------- helpers ----------

    private static java.util.function.Predicate<JsonNode> frameOf(String type) {
        return frame -> frame.path("type").asString().equals(type);
    }

    /** The sockets node A and node B have counted in Redis, over every address. */
    static long socketsCounted(StringRedisTemplate redis) {
        return redis.keys(nodes.prefix + "sockets:*").stream()
                .flatMap(key -> redis.<String, String>opsForHash().entries(key).entrySet().stream())
                .filter(e -> e.getKey().startsWith("node-")).mapToLong(e -> Long.parseLong(e.getValue())).sum();
    }

    static StaffPresence presence(ConfigurableApplicationContext node) {
        return node.getBean(StaffPresence.class);
    }

    StaffHttp staff(String firstName, int port) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = firstName.toLowerCase() + suffix;
        b.getBean(StaffAccounts.class).create(new NewStaffAccount(username, firstName + "-" + suffix, PASSWORD,
                StaffRole.STAFF));
        StaffHttp http = track(new StaffHttp(port));
        if (!http.signIn(username, PASSWORD)) {
            fail("could not sign in " + username);
        }
        return http;
    }

    static String displayName(StaffHttp http) throws Exception {
        return http.json(http.get("/api/staff/me")).path("displayName").asString();
    }

    <T extends AutoCloseable> T track(T closeable) {
        open.add(closeable);
        return closeable;
    }

    /** Waits for what the nodes reach on their own threads (fails only at 30 s: not a timing assertion). */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not reached within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
