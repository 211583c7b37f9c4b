package com.clinicchat.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

import java.io.IOException;

/**
 * One open console: its signed-in account and the conversation it has open (whose events it is sent). Sends are
 * serialised by the {@code ConcurrentWebSocketSessionDecorator} the socket is wrapped in.
 */
final class StaffSocket {

    private static final Logger log = LoggerFactory.getLogger(StaffSocket.class);

    private final WebSocketSession socket;
    private final StaffAccount account;
    private volatile String watching;

    StaffSocket(WebSocketSession socket, StaffAccount account) {
        this.socket = socket;
        this.account = account;
    }

    String id() {
        return socket.getId();
    }

    StaffAccount account() {
        return account;
    }

    String watching() {
        return watching;
    }

    void watch(String conversationId) {
        watching = conversationId;
    }

    void send(String json) {
        try {
            socket.sendMessage(new TextMessage(json));
        } catch (IOException | RuntimeException e) {
            log.debug("Could not send to staff socket {}: {}", id(), e.toString());
        }
    }

    void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Could not close staff socket {}: {}", id(), e.toString());
        }
    }
}
