package com.clinicchat.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * {@code /ws/chat}: the visitor's socket. Bad frames get an {@code error} frame and the socket stays open; a frame
 * over the size cap gets a {@code too_big} error and the socket is closed with 1009.
 */
@Component
class ChatHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatHandler.class);

    private final ChatSessions sessions;
    private final VisitorActions actions;
    private final FrameCodec codec;
    private final RateLimits limits;
    private final SocketQuota quota;
    private final ChatProperties properties;
    private final ChatMeters meters;

    ChatHandler(ChatSessions sessions, VisitorActions actions, FrameCodec codec, RateLimits limits,
                SocketQuota quota, ChatProperties properties, ChatMeters meters) {
        this.sessions = sessions;
        this.actions = actions;
        this.codec = codec;
        this.limits = limits;
        this.quota = quota;
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) throws Exception {
        String address = address(socket);
        Optional<CloseStatus> refused = quota.admit(address);
        if (refused.isPresent()) {
            log.debug("Refused socket {} from {}: {}", socket.getId(), address, refused.get().getReason());
            socket.close(refused.get());
            return;
        }
        WebSocketSession serialised = new ConcurrentWebSocketSessionDecorator(socket,
                (int) properties.sendTimeLimit().toMillis(), (int) properties.sendBufferSize().toBytes());
        sessions.opened(new ChatSession(serialised, address, limits.newConnection()));
    }

    /**
     * Frames come in pieces of the container's small text buffer ({@link ChatConfig#TEXT_PIECE_CHARS}), so that an
     * idle socket does not hold a buffer as large as the biggest frame allowed; the session joins the few longer
     * ones, up to the cap.
     */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage piece) {
        ChatSession session = sessions.get(socket.getId());
        if (session == null) {
            return;
        }
        session.heard();
        String text;
        try {
            text = session.frame(piece.getPayload(), piece.isLast(), (int) properties.maxFrameSize().toBytes());
        } catch (ChatSession.FrameTooBig tooBig) {
            session.sendThenClose(codec.encode(new ServerFrame.Error("too_big", tooBig.getMessage(), null)),
                    CloseStatus.TOO_BIG_TO_PROCESS.withReason("frame over " + tooBig.maxChars + " characters"),
                    properties.sendTimeLimit());
            return;
        }
        if (text == null) {
            return; // more of the frame to come
        }
        ClientFrame frame;
        try {
            frame = codec.decode(text);
        } catch (FrameException fault) {
            // a bad frame takes a token too; when none is left the answer is rate_limited rather than the fault
            sessions.send(session, admitted(session) ? fault.toFrame() : rateLimited(fault.clientMessageId()));
            return;
        }
        // typing signals have their own small bucket: a visitor typing a long message must not use up the message
        // limit, and a flood of them (before start too) is dropped without an answer
        if (frame instanceof ClientFrame.Typing && !limits.allowTyping(session.buckets())) {
            return;
        }
        if (!(frame instanceof ClientFrame.Typing) && !admitted(session)) {
            sessions.send(session, rateLimited(clientMessageId(frame)));
            return;
        }
        try {
            actions.handle(session, frame);
        } catch (FrameException e) {
            sessions.send(session, e.toFrame());
        } catch (RuntimeException e) {
            // the exception's class only: database messages can quote the values, and those may be visitor text
            log.warn("A {} frame from socket {} failed: {}", frame.getClass().getSimpleName(), socket.getId(),
                    e.getClass().getName());
            log.debug("Frame failure", e);
            sessions.send(session, new ServerFrame.Error("internal", "Something went wrong; please try again.",
                    clientMessageId(frame)));
        }
    }

    private boolean admitted(ChatSession session) {
        boolean admitted = limits.allow(session.buckets(), session.address());
        if (!admitted) {
            meters.rateLimited();
        }
        return admitted;
    }

    private static ServerFrame.Error rateLimited(String clientMessageId) {
        return new ServerFrame.Error("rate_limited", "Too many frames; wait a few seconds.", clientMessageId);
    }

    private static String clientMessageId(ClientFrame frame) {
        return frame instanceof ClientFrame.Message message ? message.clientMessageId() : null;
    }

    @Override
    protected void handlePongMessage(WebSocketSession socket, PongMessage message) {
        ChatSession session = sessions.get(socket.getId());
        if (session != null) {
            session.heard();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable exception) {
        log.debug("Socket {} failed: {}", socket.getId(), exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        ChatSession session = sessions.closed(socket.getId());
        if (session != null) {
            quota.release(session.address());
        }
    }

    private static String address(WebSocketSession socket) {
        InetSocketAddress remote = socket.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
