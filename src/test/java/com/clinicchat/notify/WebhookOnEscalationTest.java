package com.clinicchat.notify;

import com.clinicchat.chat.ChatClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application with a webhook: a visitor's escalation and call-back request each reach a local HTTP
 * server, the escalation after one failed attempt, while the visitor's chat goes on unhindered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.notify.initial-backoff=50ms", "clinicchat.notify.max-attempts=4"})
class WebhookOnEscalationTest {

    static final BlockingQueue<JsonNode> DELIVERED = new LinkedBlockingQueue<>();
    static final AtomicBoolean FAIL_NEXT = new AtomicBoolean(true);
    static final HttpServer SERVER = server();

    static HttpServer server() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean fail = FAIL_NEXT.getAndSet(false);
                if (!fail) {
                    DELIVERED.add(JsonMapper.builder().build().readTree(body));
                }
                exchange.sendResponseHeaders(fail ? 503 : 204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("clinicchat.notify.webhook-url",
                () -> "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/hook");
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void anEscalationAndACallBackRequestAreEachDeliveredOnce() throws Exception {
        try (ChatClient visitor = ChatClient.connect(port)) {
            String id = visitor.start().path("conversationId").asString();
            visitor.send("type", "request_staff");
            assertThat(visitor.next("state").path("state").asString()).isEqualTo("waiting");
            visitor.next("message"); // you asked to talk to a person
            visitor.send("type", "callback", "name", "Ann", "contact", "ann@example.org");
            long callbackId = visitor.next("callback_received").path("id").asLong();

            JsonNode first = DELIVERED.poll(30, TimeUnit.SECONDS);
            JsonNode second = DELIVERED.poll(30, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            JsonNode escalation = first.path("event").asString().equals("escalation") ? first : second;
            JsonNode callback = escalation == first ? second : first;
            assertThat(escalation.path("event").asString()).isEqualTo("escalation");
            assertThat(escalation.path("conversationId").asString()).isEqualTo(id);
            assertThat(escalation.path("reason").asString()).isEqualTo("asked_for_person");
            assertThat(callback.path("event").asString()).isEqualTo("callback_request");
            assertThat(callback.path("callbackId").asLong()).isEqualTo(callbackId);
            assertThat(callback.toString()).doesNotContain("ann@example.org");
        }
    }
}
