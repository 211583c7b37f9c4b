package com.clinicchat.cluster;

import com.clinicchat.chat.BotDelta;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.SubscriptionListener;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Receives the other nodes' envelopes (one at a time, in the order Redis delivers them) and turns them into local
 * {@link RemoteEvent}s, with the message or conversation read from the database. Each time the subscription is
 * made again (Redis restarted, the connection dropped) everything shown here catches up from the database.
 */
class FanIn implements MessageListener, SubscriptionListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FanIn.class);

    private final ClusterProperties properties;
    private final JsonMapper json;
    private final Conversations conversations;
    private final ConversationStore store;
    private final ApplicationEventPublisher events;
    private final SharedRoster roster;
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cluster-fan-in").daemon().factory());

    FanIn(ClusterProperties properties, JsonMapper json, Conversations conversations, ConversationStore store,
          ApplicationEventPublisher events, SharedRoster roster) {
        this.properties = properties;
        this.json = json;
        this.conversations = conversations;
        this.store = store;
        this.events = events;
        this.roster = roster;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        try {
            Envelope envelope = json.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Envelope.class);
            if (!properties.nodeId().equals(envelope.origin())) {
                receive(envelope);
            }
        } catch (RuntimeException e) {
            log.warn("Could not handle a relayed event: {}", e.getClass().getName());
            log.debug("Relay failure", e);
        }
    }

    private void receive(Envelope envelope) {
        String id = envelope.conversationId();
        switch (envelope.kind()) {
            case MESSAGE -> conversations.messagesAfter(id, envelope.seq() - 1).stream()
                    .filter(m -> m.seq() == envelope.seq()).findFirst()
                    .ifPresent(m -> local(new ConversationEvent.MessageAdded(m, envelope.streamId())));
            case STATE -> conversations.find(id).ifPresent(c -> local(
                    new ConversationEvent.StateChanged(c, envelope.from(), envelope.actor(), envelope.at())));
            case TYPING -> local(new ConversationEvent.Typing(id, envelope.author(), envelope.name()));
            case DELTA -> events.publishEvent(new BotDelta(id, envelope.streamId(), envelope.name(), true));
            case CALLBACK -> store.callbacks(id).stream().filter(c -> c.id() == envelope.seq()).findFirst()
                    .ifPresent(c -> local(new ConversationEvent.CallbackRequested(c)));
            case RATED -> conversations.find(id).ifPresent(c -> local(new ConversationEvent.Rated(c)));
            case FEEDBACK -> local(new ConversationEvent.FeedbackGiven(id, envelope.seq(),
                    Feedback.valueOf(envelope.name())));
            case QUEUE -> events.publishEvent(new RemoteQueueChange());
            case ROSTER -> roster.refresh();
            case CATCH_UP -> events.publishEvent(new CatchUp());
            case ACCOUNT_DISABLED -> events.publishEvent(new RemoteAccountDisabled(envelope.name()));
        }
    }

    /** The one thread envelopes are handled on, in order. */
    Executor thread() {
        return thread;
    }

    /** Called by the context when it closes. */
    @Override
    public void close() {
        thread.shutdownNow();
    }

    private void local(ConversationEvent event) {
        events.publishEvent(new RemoteEvent(event));
    }

    /** The first subscription is the start; any later one follows a lost connection. */
    @Override
    public void onChannelSubscribed(byte[] channel, long count) {
        if (subscriptions.incrementAndGet() > 1) {
            log.info("Subscribed to Redis again: catching up from the database");
            roster.refresh();
            events.publishEvent(new CatchUp());
        }
    }
}
