package com.clinicchat.notify;

import com.clinicchat.conversation.CallbackRequest;
import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.triage.EscalationReason;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook against a real local HTTP server that fails on cue. */
class WebhookNotifierTest {

    record Received(String body, Map<String, List<String>> headers) {
    }

    final JsonMapper json = JsonMapper.builder().build();
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    final HttpServer server;
    WebhookNotifier notifier;

    WebhookNotifierTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders()));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    WebhookNotifier notifier(int maxAttempts, String secret) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        notifier = new WebhookNotifier(new NotifyProperties(url, secret, maxAttempts, Duration.ofMillis(20),
                Duration.ofMillis(100), Duration.ofSeconds(5)), () -> false, json);
        return notifier;
    }

    @AfterEach
    void stop() {
        if (notifier != null) {
            notifier.stop();
        }
        server.stop(0);
    }

    Received next() throws InterruptedException {
        Received request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request).as("a webhook request").isNotNull();
        return request;
    }

    static Conversation conversation(ConversationState state) {
        Instant now = Instant.parse("2026-05-04T09:15:00Z");
        return new Conversation("c-1", state, true, EscalationReason.EMERGENCY, null, null, now, now, null);
    }

    @Test
    void aFailedAttemptIsRetriedAndTheNotificationDeliveredOnce() throws Exception {
        failuresLeft.set(1);
        WebhookEvent event = new WebhookEvent("escalation", "c-1", "emergency", true, null, false,
                Instant.parse("2026-05-04T09:15:00Z"));

        WebhookNotifier.Delivery delivery = notifier(5, null).send(event).get(10, TimeUnit.SECONDS);

        assertThat(delivery).isEqualTo(new WebhookNotifier.Delivery(true, 2));
        Received first = next();
        Received second = next();
        assertThat(second.body()).isEqualTo(first.body());
        JsonNode body = json.readTree(second.body());
        assertThat(body.path("event").asString()).isEqualTo("escalation");
        assertThat(body.path("conversationId").asString()).isEqualTo("c-1");
        assertThat(body.path("urgent").asBoolean()).isTrue();
        assertThat(second.headers().get("Content-type")).containsExactly("application/json");
        assertThat(received).as("nothing after the delivery").isEmpty();
        assertThat(failuresLeft.get()).as("the server was asked exactly twice").isEqualTo(-1);
    }

    @Test
    void aWebhookThatKeepsFailingIsGivenUpAfterMaxAttempts() throws Exception {
        failuresLeft.set(100);

        WebhookNotifier.Delivery delivery = notifier(3, null).send(new WebhookEvent("escalation", "c-1", null, false,
                null, false, Instant.now())).get(10, TimeUnit.SECONDS);

        assertThat(delivery).isEqualTo(new WebhookNotifier.Delivery(false, 3));
        assertThat(failuresLeft.get()).isEqualTo(97);
    }

    @Test
    void escalationsAndCallBackRequestsAreSentSignedAndOtherChangesAreNot() throws Exception {
        WebhookNotifier notifier = notifier(3, "s3cret");
        Instant at = Instant.parse("2026-05-04T09:16:00Z");

        notifier.on(new ConversationEvent.StateChanged(conversation(ConversationState.STAFF),
                ConversationState.WAITING, "Dana", at));
        notifier.on(new ConversationEvent.StateChanged(conversation(ConversationState.WAITING),
                ConversationState.BOT, "bot", at));
        notifier.on(new ConversationEvent.CallbackRequested(new CallbackRequest(17, "c-1", "Ann",
                "+1 555 010 0100", "about my dose", at)));

        Received escalation = next();
        Received callback = next();
        if (!json.readTree(escalation.body()).path("event").asString().equals("escalation")) {
            Received swap = escalation; // two deliveries run side by side
            escalation = callback;
            callback = swap;
        }
        assertThat(json.readTree(escalation.body()).path("reason").asString()).isEqualTo("emergency");
        JsonNode request = json.readTree(callback.body());
        assertThat(request.path("event").asString()).isEqualTo("callback_request");
        assertThat(request.path("callbackId").asLong()).isEqualTo(17);
        assertThat(callback.body()).as("no contact details or visitor text leave the clinic")
                .doesNotContain("Ann", "555", "dose");
        assertThat(callback.headers().get("X-clinicchat-signature"))
                .containsExactly("sha256=" + WebhookNotifier.hmac("s3cret", callback.body()));
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("the claim was not sent").isNull();
    }

    @Test
    void noUrlNoRequests() {
        WebhookNotifier off = new WebhookNotifier(new NotifyProperties(null, null, 3, Duration.ofMillis(20),
                Duration.ofMillis(100), Duration.ofSeconds(5)), () -> false, json);
        try {
            off.on(new ConversationEvent.StateChanged(conversation(ConversationState.WAITING),
                    ConversationState.BOT, "bot", Instant.now()));
            assertThat(received).isEmpty();
        } finally {
            off.stop();
        }
    }

    @Test
    void backoffDoublesUpToTheCap() {
        WebhookNotifier notifier = notifier(10, null);
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(notifier::backoff).toList()).containsExactly(
                Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80), Duration.ofMillis(100),
                Duration.ofMillis(100));
    }

}
