package com.clinicchat.chat;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A real WebSocket client (Tomcat's, through Spring's {@link StandardWebSocketClient}) that queues every frame it
 * receives; tests wait on the queue with a timeout, never on the clock.
 */
public final class ChatClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final WebSocketSession session;

    private ChatClient(URI uri, WebSocketHttpHeaders headers) throws Exception {
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(256 * 1024);
        session = new StandardWebSocketClient(container).execute(new TextWebSocketHandler() {
            @Override
            protected void handleTextMessage(WebSocketSession session, TextMessage message) {
                frames.add(JSON.readTree(message.getPayload()));
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                closed.complete(status);
            }
        }, headers, uri).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    public static ChatClient connect(int port) throws Exception {
        return connect(port, new WebSocketHttpHeaders());
    }

    public static ChatClient connect(int port, WebSocketHttpHeaders headers) throws Exception {
        return new ChatClient(URI.create("ws://localhost:" + port + "/ws/chat"), headers);
    }

    /** A frame from alternating field names and values. */
    public static String frame(Object... fieldsAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            node.set((String) fieldsAndValues[i], JSON.valueToTree(fieldsAndValues[i + 1]));
        }
        return JSON.writeValueAsString(node);
    }

    public void send(String text) throws IOException {
        session.sendMessage(new TextMessage(text));
    }

    /** Sends one fragment of a text frame; the frame ends with the fragment sent with {@code last}. */
    public void sendFragment(String text, boolean last) throws IOException {
        session.sendMessage(new TextMessage(text, last));
    }

    /** The extensions the server agreed to in the handshake. */
    public List<WebSocketExtension> extensions() {
        return session.getExtensions();
    }

    public void send(Object... fieldsAndValues) throws IOException {
        send(frame(fieldsAndValues));
    }

    /** The next frame of any type. */
    public JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (frame == null) {
            fail("No frame within " + WAIT);
        }
        return frame;
    }

    /** The next frame that is not a typing signal, which must be of {@code type}. */
    public JsonNode next(String type) throws InterruptedException {
        JsonNode frame = next();
        while (frame.path("type").asString().equals("typing")) {
            frame = next();
        }
        assertThat(frame.path("type").asString()).as("frame %s", frame).isEqualTo(type);
        return frame;
    }

    /** The next frame that matches, skipping others. */
    public JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
        JsonNode frame = next();
        while (!wanted.test(frame)) {
            frame = next();
        }
        return frame;
    }

    /** Frames up to and including the first that matches. */
    public List<JsonNode> until(Predicate<JsonNode> last) throws InterruptedException {
        List<JsonNode> received = new ArrayList<>();
        JsonNode frame;
        do {
            frame = next();
            received.add(frame);
        } while (!last.test(frame));
        return received;
    }

    /** Frames up to and including the next message from the bot (its reply). */
    public List<JsonNode> untilBotMessage() throws InterruptedException {
        return until(frame -> frame.path("type").asString().equals("message")
                && frame.path("author").asString().equals("bot"));
    }

    /** Starts a conversation: the session frame (the state frame that follows is checked and dropped). */
    public JsonNode start() throws Exception {
        send("type", "start");
        JsonNode started = next("session");
        assertThat(next("state").path("state").asString()).isEqualTo("bot");
        return started;
    }

    /** Sends a visitor message and returns its echo. */
    public JsonNode say(String clientMessageId, String text) throws Exception {
        send("type", "message", "clientMessageId", clientMessageId, "text", text);
        JsonNode echo = next("message");
        assertThat(echo.path("clientMessageId").asString()).isEqualTo(clientMessageId);
        return echo;
    }

    /** Every frame received so far and not yet taken, without waiting. */
    public List<JsonNode> drain() {
        List<JsonNode> received = new ArrayList<>();
        frames.drainTo(received);
        return received;
    }

    public CloseStatus awaitClose() throws Exception {
        return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() throws IOException {
        if (session.isOpen()) {
            session.close();
        }
    }
}
