package com.clinicchat.cluster;

import com.clinicchat.chat.BotDelta;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.staff.StaffAccounts;
import com.clinicchat.staff.StaffDesk;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes what happens on this node to the other nodes over Redis pub/sub. Publishing runs on a thread of its own,
 * in order: a slow or absent Redis never holds up a visitor's reply. A publish that fails is not retried; the next
 * one that succeeds is followed by a {@code CATCH_UP}, so that the other nodes re-read from the database what they
 * missed meanwhile.
 */
@Component
@Profile("cluster")
class FanOut {

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final ClusterProperties properties;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cluster-fan-out").daemon().factory());
    private final AtomicBoolean missed = new AtomicBoolean();

    FanOut(StringRedisTemplate redis, JsonMapper json, ClusterProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    @EventListener
    void on(ConversationEvent event) {
        publish(Envelope.of(properties.nodeId(), event));
    }

    /** Only this node's own deltas: relayed ones came from another node. */
    @EventListener(condition = "!#delta.relayed()")
    void on(BotDelta delta) {
        publish(Envelope.delta(properties.nodeId(), delta));
    }

    @EventListener
    void on(StaffDesk.CallbackDone done) {
        publish(Envelope.signal(properties.nodeId(), Envelope.Kind.QUEUE));
    }

    @EventListener
    void on(StaffAccounts.AccountDisabled disabled) {
        publish(Envelope.accountDisabled(properties.nodeId(), disabled.username()));
    }

    /** Tells the other nodes that this node's consoles changed (someone came on duty or left). */
    void rosterChanged() {
        publish(Envelope.signal(properties.nodeId(), Envelope.Kind.ROSTER));
    }

    void publish(Envelope envelope) {
        String body = json.writeValueAsString(envelope);
        try {
            sender.execute(() -> send(body));
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Not published while shutting down: {}", envelope.kind());
        }
    }

    private void send(String body) {
        try {
            redis.convertAndSend(properties.channel(), body);
            if (missed.compareAndSet(true, false)) {
                log.info("Redis is back: asking the other nodes to catch up from the database");
                redis.convertAndSend(properties.channel(),
                        json.writeValueAsString(Envelope.signal(properties.nodeId(), Envelope.Kind.CATCH_UP)));
            }
        } catch (RuntimeException e) {
            if (missed.compareAndSet(false, true)) {
                log.warn("Could not publish to Redis ({}); other nodes will catch up from the database when it is "
                        + "back", e.getClass().getName());
            }
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
