package com.clinicchat.chat;

import com.clinicchat.HardeningTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHttpHeaders;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Visitor sockets are capped per address and in all, below the container's connection limit: more are closed
 * with a clear code, and HTTP (health, the staff console) keeps answering while the cap is reached. Typing frames
 * are limited too, before {@code start} as after.
 */
class SocketCapsTest extends HardeningTestSupport {

    @Autowired
    SocketQuota quota;

    private final List<ChatClient> clients = new ArrayList<>();

    private ChatClient connectAs(String address) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("X-Forwarded-For", address);
        ChatClient client = ChatClient.connect(port, headers);
        clients.add(client);
        return client;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (ChatClient client : clients) {
            client.close();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (quota.open() > 0) {
            if (System.nanoTime() > deadline) {
                fail("sockets still counted open: " + quota.open());
            }
            Thread.sleep(20);
        }
    }

    @Test
    void oneAddressHoldsItsCapAndOthersAreNotAffected() throws Exception {
        for (int i = 0; i < 3; i++) {
            connectAs("198.51.100.1").start();
        }
        ChatClient fourth = connectAs("198.51.100.1");
        CloseStatus refused = fourth.awaitClose();
        assertThat(refused.getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
        assertThat(refused.getReason()).isEqualTo("too many sockets from your address");

        connectAs("198.51.100.2").start(); // another visitor behind the same proxy

        // four open (three from the first address, one from the second) until the server has seen this close
        clients.getFirst().close();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (quota.open() > 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(quota.open()).as("the closed socket's place released").isEqualTo(3);
        connectAs("198.51.100.1").start(); // a place came free
    }

    /**
     * Raw sockets, because Tomcat's client takes close code 1013 (try again later, which browsers understand) for
     * a protocol error.
     */
    @Test
    void whenTheNodeIsFullSocketsAreRefusedAndHttpKeepsAnswering() throws Exception {
        List<RawWebSocket> raw = new ArrayList<>();
        Map<Integer, Integer> refusals = new TreeMap<>();
        int admitted = 0;
        try {
            // 60 attempts from 20 addresses: more than the container's 40 connections if all stayed open
            for (int i = 0; i < 60; i++) {
                RawWebSocket socket = new RawWebSocket(port, 20_000,
                        "X-Forwarded-For: 198.51.100." + (10 + i % 20) + "\r\n");
                raw.add(socket);
                socket.write(0x1, "{\"type\":\"start\"}".getBytes(StandardCharsets.UTF_8));
                RawWebSocket.Frame first = socket.read();
                if (first.opcode() == RawWebSocket.CLOSE) {
                    refusals.merge(first.closeCode(), 1, Integer::sum);
                    socket.close();
                } else {
                    admitted++;
                }
            }
            assertThat(admitted).isEqualTo(8);
            assertThat(quota.open()).isEqualTo(8);
            assertThat(refusals).containsEntry(CloseStatus.SERVICE_OVERLOAD.getCode(), 52);

            HttpResponse<String> health = get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(get("/staff/login").statusCode()).isEqualTo(200);
        } finally {
            for (RawWebSocket socket : raw) {
                socket.close();
            }
        }
    }

    @Test
    void typingFramesAreLimitedBeforeStartToo() throws Exception {
        ChatClient visitor = connectAs("198.51.100.200");
        for (int i = 0; i < 50; i++) {
            visitor.send("type", "typing");
        }
        visitor.send("type", "start");
        List<JsonNode> frames = visitor.until(frame -> frame.path("type").asString().equals("session"));
        long notStarted = frames.stream().filter(f -> f.path("code").asString().equals("not_started")).count();
        assertThat(notStarted).as("answered typing frames before start").isBetween(1L, (long) RateLimits.TYPING_BURST);
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("bot");
    }
}
