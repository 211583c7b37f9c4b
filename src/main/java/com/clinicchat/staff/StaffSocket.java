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

    /**
     * Sends a frame; a send that fails leaves the socket unusable, so it is closed and the console reconnects (and
     * is sent the lists whole). One broken console never stops the others: each is sent to on its own.
     */
    void send(String json) {
        if (!socket.isOpen()) {
            return;
        }
        try {
            socket.sendMessage(new TextMessage(json));
        } catch (IOException | RuntimeException e) {
            if (socket.isOpen()) {
                log.warn("Closing staff socket {} of {}: a send failed ({})", id(), account.username(),
                        e.getClass().getName());
                close(CloseStatus.SERVER_ERROR.withReason("send failed"));
            } else {
                log.debug("Could not send to closed staff socket {}: {}", id(), e.toString());
            }
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
