package com.clinicchat.chat;

import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assistant's replies in chats, counted by route, and how long each took: from the visitor's message being
 * stored to the reply being stored (what the visitor waits, queueing included). Measured from the stored-message
 * events alone, so that the answering code carries no metrics.
 * <p>
 * While a conversation is with the bot each visitor message gets one reply, in order, so a reply answers the
 * oldest unanswered message. Messages written while staff have the chat are not waited on (the bot stays silent;
 * an emergency reply there is counted but not timed).
 */
@Component
class ReplyMeters {

    private final Map<Route, Counter> replies = new EnumMap<>(Route.class);
    private final Map<Route, Timer> latency = new EnumMap<>(Route.class);
    private final Map<EscalationReason, Counter> escalations = new EnumMap<>(EscalationReason.class);
    private final Map<String, Deque<StoredMessage>> unanswered = new ConcurrentHashMap<>();
    private final Set<String> withStaff = ConcurrentHashMap.newKeySet();

    ReplyMeters(MeterRegistry registry) {
        for (Route route : Route.values()) {
            replies.put(route, Counter.builder("clinicchat.replies")
                    .description("Assistant replies in chats, by triage route")
                    .tag("route", route.wireName())
                    .register(registry));
            latency.put(route, Timer.builder("clinicchat.reply.latency")
                    .description("From a visitor message being stored to the assistant's reply being stored")
                    .tag("route", route.wireName())
                    .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
                            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                            Duration.ofSeconds(10), Duration.ofSeconds(30))
                    .register(registry));
        }
        for (EscalationReason reason : EscalationReason.values()) {
            escalations.put(reason, Counter.builder("clinicchat.escalations")
                    .description("Chats handed to staff, by reason")
                    .tag("reason", reason.wireName())
                    .register(registry));
        }
    }

    @EventListener
    void on(ConversationEvent event) {
        switch (event) {
            case ConversationEvent.MessageAdded added -> added(added.message());
            case ConversationEvent.StateChanged changed -> {
                String id = changed.conversationId();
                ConversationState now = changed.conversation().state();
                if (now == ConversationState.BOT) {
                    withStaff.remove(id);
                } else if (now == ConversationState.CLOSED) {
                    withStaff.remove(id);
                    unanswered.remove(id);
                } else {
                    withStaff.add(id);
                    unanswered.remove(id);
                }
                if (changed.from() == ConversationState.BOT && now == ConversationState.WAITING
                        && changed.conversation().escalationReason() != null) {
                    escalations.get(changed.conversation().escalationReason()).increment();
                }
            }
            default -> { }
        }
    }

    private void added(StoredMessage message) {
        String id = message.conversationId();
        if (message.author() == Author.VISITOR && !withStaff.contains(id)) {
            unanswered.compute(id, (key, queue) -> {
                Deque<StoredMessage> waiting = queue == null ? new ArrayDeque<>() : queue;
                waiting.addLast(message);
                return waiting;
            });
        } else if (message.author() == Author.BOT && message.route() != null) {
            replies.get(message.route()).increment();
            StoredMessage[] question = new StoredMessage[1];
            unanswered.computeIfPresent(id, (key, queue) -> {
                question[0] = queue.pollFirst();
                return queue.isEmpty() ? null : queue;
            });
            if (question[0] != null) {
                latency.get(message.route()).record(Duration.between(question[0].createdAt(), message.createdAt()));
            }
        }
    }
}
