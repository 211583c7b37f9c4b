package com.clinicchat.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pings every visitor socket each {@code pingInterval} and closes the ones not heard from (no pong, no frame)
 * within {@code pongTimeout}: phones that lost the network leave sockets that would otherwise look open for hours.
 */
@Component
class Heartbeat {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    static final CloseStatus NO_PONG = new CloseStatus(CloseStatus.GOING_AWAY.getCode(), "no pong");

    private final ChatSessions sessions;
    private final ChatProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("chat-heartbeat").daemon().factory());

    Heartbeat(ChatSessions sessions, ChatProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    @PostConstruct
    void start() {
        long every = properties.pingInterval().toMillis();
        timer.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    void beat() {
        try {
            for (ChatSession session : sessions.all()) {
                if (session.silentLongerThan(properties.pongTimeout())) {
                    log.debug("Closing silent socket {}", session.id());
                    session.close(NO_PONG);
                } else {
                    session.ping();
                }
            }
        } catch (RuntimeException e) {
            log.warn("Heartbeat failed: {}", e.toString()); // and runs again next time
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
