package com.clinicchat.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * One visitor socket: the conversation it shows, the last message {@code seq} it was sent (so that a message
 * arriving both live and in a replay is sent once), its rate-limit bucket and when it was last heard from.
 * Sends are serialised by the {@code ConcurrentWebSocketSessionDecorator} the socket is wrapped in (the heartbeat's
 * pings as well, on its own thread).
 */
final class ChatSession {

    private static final Logger log = LoggerFactory.getLogger(ChatSession.class);

    private final WebSocketSession socket;
    private final String address;
    private final RateLimits.Buckets buckets;
    private volatile String conversationId;
    private volatile long lastHeardNanos;
    private volatile long lastTypingNanos;
    /** Every message up to this seq has been sent (or was already shown by the client before a resume). */
    private long sentThrough;
    /** Messages above {@link #sentThrough} sent out of order: a bot reply can overtake the echo it answers. */
    private final java.util.TreeSet<Long> sentAbove = new java.util.TreeSet<>();
    /**
     * The pieces so far of a frame that arrives in several (see {@link ChatHandler#supportsPartialMessages()});
     * null between frames, so an idle socket holds no buffer. Only the container's reading thread, which hands
     * over one piece at a time, touches it.
     */
    private StringBuilder pieces;

    ChatSession(WebSocketSession socket, String address, RateLimits.Buckets buckets) {
        this.socket = socket;
        this.address = address;
        this.buckets = buckets;
        this.lastHeardNanos = System.nanoTime();
        this.lastTypingNanos = System.nanoTime() - Duration.ofDays(1).toNanos();
    }

    String id() {
        return socket.getId();
    }

    String address() {
        return address;
    }

    RateLimits.Buckets buckets() {
        return buckets;
    }

    String conversationId() {
        return conversationId;
    }

    /** Shows {@code id} from now on; messages up to {@code afterSeq} count as already sent. */
    synchronized void showConversation(String id, long afterSeq) {
        conversationId = id;
        sentThrough = afterSeq;
        sentAbove.clear();
    }

    /** Every message up to this seq has been sent. */
    synchronized long sentThrough() {
        return sentThrough;
    }

    synchronized void forgetConversation() {
        conversationId = null;
        sentThrough = 0;
        sentAbove.clear();
    }

    /**
     * Sends a message frame of conversation {@code id} if the socket still shows it and was not sent that message
     * already (live events and a resume's replay can both carry it). Messages may go out of order; each goes once.
     */
    synchronized void sendMessage(String id, long seq, String json) {
        if (!id.equals(conversationId) || seq <= sentThrough || !sentAbove.add(seq)) {
            return;
        }
        while (sentAbove.remove(sentThrough + 1)) {
            sentThrough++;
        }
        send(json);
    }

    /** Sends a frame about conversation {@code id} if the socket still shows it. */
    synchronized void sendFor(String id, String json) {
        if (id.equals(conversationId)) {
            send(json);
        }
    }

    /**
     * Sends a frame; a send that fails leaves the socket unusable (the container's writer may be stuck mid-frame),
     * so the socket is closed, and the widget reconnects and resumes. A socket already closed is only noted.
     */
    synchronized void send(String json) {
        if (!socket.isOpen()) {
            return;
        }
        try {
            socket.sendMessage(new TextMessage(json));
        } catch (IOException | RuntimeException e) {
            if (socket.isOpen()) {
                // the class and message only: a message could quote the frame, and so visitor text
                log.warn("Closing socket {}: a send failed ({})", id(), e.getClass().getName());
                close(CloseStatus.SERVER_ERROR.withReason("send failed"));
            } else {
                log.debug("Could not send to closed socket {}: {}", id(), e.toString());
            }
        }
    }

    /**
     * Adds a piece of a text frame: the whole frame when {@code last}, otherwise null (more is coming).
     *
     * @throws FrameTooBig when the frame so far has more than {@code maxChars} characters; the pieces are dropped
     */
    String frame(String piece, boolean last, int maxChars) {
        int length = (pieces == null ? 0 : pieces.length()) + piece.length();
        if (length > maxChars) {
            pieces = null;
            throw new FrameTooBig(maxChars);
        }
        if (pieces == null) {
            if (last) {
                return piece;
            }
            pieces = new StringBuilder(2 * piece.length());
        }
        pieces.append(piece);
        if (!last) {
            return null;
        }
        String whole = pieces.toString();
        pieces = null;
        return whole;
    }

    /** A text frame longer than {@code clinicchat.chat.max-frame-size}. */
    static final class FrameTooBig extends RuntimeException {

        final int maxChars;

        FrameTooBig(int maxChars) {
            super("Frames are limited to " + maxChars + " characters; this one is longer.", null, false, false);
            this.maxChars = maxChars;
        }
    }

    void ping() {
        try {
            socket.sendMessage(new PingMessage(ByteBuffer.allocate(0)));
        } catch (IOException | RuntimeException e) {
            log.debug("Could not ping socket {}: {}", id(), e.toString());
        }
    }

    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    boolean silentLongerThan(Duration timeout) {
        return System.nanoTime() - lastHeardNanos > timeout.toNanos();
    }

    /** Whether a typing signal now is far enough from the last one to be passed on (and notes it if so). */
    boolean typingDue(Duration interval) {
        long now = System.nanoTime();
        if (now - lastTypingNanos < interval.toNanos()) {
            return false;
        }
        lastTypingNanos = now;
        return true;
    }

    /**
     * Sends a last frame and closes. A ping in flight on the heartbeat's thread makes the decorator queue the frame
     * for that thread to send, and a close meanwhile would drop it; so the close waits until the queue is empty (a
     * frame taken from it is already being written, and the container writes the close after it), at most
     * {@code patience}.
     */
    synchronized void sendThenClose(String json, CloseStatus status, Duration patience) {
        send(json);
        if (socket instanceof ConcurrentWebSocketSessionDecorator queued) {
            long deadline = System.nanoTime() + patience.toNanos();
            while (queued.getBufferSize() > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(100_000);
            }
        }
        close(status);
    }

    void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("Could not close socket {}: {}", id(), e.toString());
        }
    }
}
