package com.clinicchat.staff;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.fail;

/** A real client of {@code /ws/staff}, signed in with a staff member's session cookie; frames queue up for tests. */
public final class StaffSocketClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final WebSocketSession session;

    private StaffSocketClient(int port, WebSocketHttpHeaders headers) throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(1024 * 1024);
        session = new StandardWebSocketClient(container).execute(new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession session, TextMessage message) {
                frames.add(StaffHttp.JSON.readTree(message.getPayload()));
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                closed.complete(status);
            }
        }, headers, URI.create("ws://localhost:" + port + "/ws/staff")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens the socket with the cookies of a signed-in {@link StaffHttp}. */
    public static StaffSocketClient connect(int port, StaffHttp signedIn) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", signedIn.cookieHeader());
        return connect(port, headers);
    }

    public static StaffSocketClient connect(int port, WebSocketHttpHeaders headers) throws Exception {
        return new StaffSocketClient(port, headers);
    }

    void send(Object... fieldsAndValues) throws IOException {
        session.sendMessage(new TextMessage(com.clinicchat.chat.ChatClient.frame(fieldsAndValues)));
    }

    /** Tells the server which conversation this console has open; answered by nothing. */
    public void watch(String conversationId) throws Exception {
        send("type", "watch", "conversationId", conversationId);
        send("type", "ping"); // the pong tells that the watch was handled (frames are handled in order)
        next(frame -> frame.path("type").asString().equals("pong"));
    }

    /** The next frame that matches, skipping others. */
    public JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode frame = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null) {
                fail("No matching frame within " + WAIT);
            }
            if (wanted.test(frame)) {
                return frame;
            }
        }
    }

    /** Whether a frame received so far (and not yet taken) matches; takes them all, without waiting. */
    public boolean drainMatching(Predicate<JsonNode> wanted) {
        java.util.List<JsonNode> received = new java.util.ArrayList<>();
        frames.drainTo(received);
        return received.stream().anyMatch(wanted);
    }

    /** The frames up to and including the first that matches. */
    java.util.List<JsonNode> until(Predicate<JsonNode> wanted) throws InterruptedException {
        java.util.List<JsonNode> seen = new java.util.ArrayList<>();
        next(frame -> {
            seen.add(frame);
            return wanted.test(frame);
        });
        return seen;
    }

    public JsonNode next(String type) throws InterruptedException {
        return next(frame -> frame.path("type").asString().equals(type));
    }

    public CloseStatus awaitClose() throws Exception {
        return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        if (session.isOpen()) {
            session.close();
        }
    }
}
