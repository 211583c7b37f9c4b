package com.clinicchat.chat;

import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ChatSessionTest {

    private final List<String> written = new CopyOnWriteArrayList<>();
    private final CountDownLatch pingStarted = new CountDownLatch(1);
    private final CountDownLatch pingMayFinish = new CountDownLatch(1);

    /** A container socket that records what is written, and whose ping write takes until the test lets it go. */
    private WebSocketSession slowPingSocket() throws Exception {
        WebSocketSession socket = mock(WebSocketSession.class);
        when(socket.getId()).thenReturn("s-1");
        when(socket.isOpen()).thenReturn(true);
        doAnswer(call -> {
            WebSocketMessage<?> message = call.getArgument(0);
            if (message instanceof PingMessage) {
                pingStarted.countDown();
                pingMayFinish.await(5, TimeUnit.SECONDS);
                written.add("ping");
            } else if (message instanceof TextMessage text) {
                written.add(text.getPayload());
            }
            return null;
        }).when(socket).sendMessage(any());
        doAnswer(call -> written.add("close " + call.<CloseStatus>getArgument(0).getCode()))
                .when(socket).close(any(CloseStatus.class));
        return socket;
    }

    @Test
    void aLastFrameQueuedBehindAPingInFlightIsWrittenBeforeTheClose() throws Exception {
        ChatSession session = new ChatSession(new ConcurrentWebSocketSessionDecorator(slowPingSocket(), 10_000, 65_536),
                "203.0.113.9", null);
        CompletableFuture<Void> heartbeat = CompletableFuture.runAsync(session::ping);
        assertThat(pingStarted.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> refusal = CompletableFuture.runAsync(() -> session.sendThenClose("{\"type\":\"error\"}",
                CloseStatus.TOO_BIG_TO_PROCESS, Duration.ofSeconds(5)));
        Thread.sleep(100); // the refusal's frame is queued behind the ping by now
        assertThat(refusal).isNotDone();
        pingMayFinish.countDown();
        heartbeat.get(5, TimeUnit.SECONDS);
        refusal.get(5, TimeUnit.SECONDS);

        assertThat(written).containsExactly("ping", "{\"type\":\"error\"}", "close 1009");
    }

    @Test
    void aSocketThatCannotTakeTheLastFrameIsClosedAfterThePatienceRunsOut() throws Exception {
        ChatSession session = new ChatSession(new ConcurrentWebSocketSessionDecorator(slowPingSocket(), 10_000, 65_536),
                "203.0.113.9", null);
        CompletableFuture<Void> heartbeat = CompletableFuture.runAsync(session::ping);
        assertThat(pingStarted.await(5, TimeUnit.SECONDS)).isTrue();

        session.sendThenClose("{\"type\":\"error\"}", CloseStatus.TOO_BIG_TO_PROCESS, Duration.ofMillis(200));

        assertThat(written).containsExactly("close 1009");
        pingMayFinish.countDown();
        heartbeat.get(5, TimeUnit.SECONDS);
    }
}
