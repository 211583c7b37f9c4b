package com.clinicchat.staff;

import com.clinicchat.cluster.CatchUp;
import com.clinicchat.cluster.RemoteAccountDisabled;
import com.clinicchat.cluster.RemoteEvent;
import com.clinicchat.cluster.RemoteQueueChange;
import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.staff.ConsoleViews.CallbackView;
import com.clinicchat.staff.ConsoleViews.ConversationView;
import com.clinicchat.staff.ConsoleViews.MessageView;
import com.clinicchat.text.UnicodeText;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * What the open consoles are sent, from the staff side's own threads: events arrive on the visitor's and the
 * assistant's threads, and a slow console must never hold up a visitor's reply (least of all emergency
 * instructions). One thread sends the events, in the order they came. The lists ({@code queue}) are sent whole, at most every
 * {@link #QUEUE_COALESCE} however many changes come in, from one background thread; a conversation's own events
 * ({@code message}, {@code typing}, {@code conversation}, {@code feedback}) go at once to the consoles that have it open, and
 * messages also to the staff member holding it.
 */
@Component
class StaffPushes {

    private static final Logger log = LoggerFactory.getLogger(StaffPushes.class);
    static final Duration QUEUE_COALESCE = Duration.ofMillis(150);

    private final StaffConnections connections;
    private final StaffQueue queue;
    private final OnDutyPresence presence;
    private final JsonMapper json;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("staff-queue").daemon().factory());
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final ExecutorService events = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("staff-pushes").daemon().factory());

    StaffPushes(StaffConnections connections, StaffQueue queue, OnDutyPresence presence, JsonMapper json) {
        this.connections = connections;
        this.queue = queue;
        this.presence = presence;
        this.json = json;
    }

    /** The current lists, to one console (when it connects). */
    void sendQueue(StaffSocket socket) {
        socket.send(frame("queue", queue.snapshot(presence.onDuty(), presence.open())));
    }

    /** Sends the lists to every console soon, once for any number of calls in between. */
    void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            refresher.schedule(this::refresh, QUEUE_COALESCE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        refreshPending.set(false); // before reading: a change from now on schedules another refresh
        try {
            if (connections.all().isEmpty()) {
                return;
            }
            String frame = frame("queue", queue.snapshot(presence.onDuty(), presence.open()));
            connections.all().forEach(socket -> socket.send(frame));
        } catch (RuntimeException e) {
            log.warn("Could not refresh the staff consoles' lists: {}", e.getClass().getName());
            log.debug("Queue refresh failure", e);
        }
    }

    @EventListener
    void on(ConversationEvent event) {
        if (connections.all().isEmpty()) {
            return; // nobody to tell; a console that connects later is sent the lists whole
        }
        try {
            events.execute(() -> {
                try {
                    push(event);
                } catch (RuntimeException e) {
                    log.warn("Could not push a {} to the consoles: {}", event.getClass().getSimpleName(),
                            e.getClass().getName());
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Not pushed while shutting down: {}", event.getClass().getSimpleName());
        }
    }

    private void push(ConversationEvent event) {
        String id = event.conversationId();
        switch (event) {
            case ConversationEvent.MessageAdded added -> {
                String holder = conversationHolder(id);
                send(s -> id.equals(s.watching()) || s.account().displayName().equals(holder),
                        "message", Map.of("message", MessageView.of(added.message())));
                refreshSoon(); // last activity, the bot-only list
            }
            case ConversationEvent.Typing typing when typing.author() == Author.VISITOR ->
                    send(s -> id.equals(s.watching()), "typing", Map.of("conversationId", id, "author", "visitor"));
            case ConversationEvent.Typing typing -> { } // staff typing is for the visitor
            case ConversationEvent.StateChanged changed -> {
                ConversationView view = ConversationView.of(changed.conversation());
                send(s -> id.equals(s.watching()), "conversation", Map.of("conversation", view));
                if (changed.conversation().state() == ConversationState.WAITING) {
                    send(s -> true, "escalation", Map.of("conversation", view));
                }
                refreshSoon();
            }
            // after the chat ended, typically: the console that has it open shows the rating and thumbs live
            case ConversationEvent.Rated rated -> send(s -> id.equals(s.watching()), "conversation",
                    Map.of("conversation", ConversationView.of(rated.conversation())));
            case ConversationEvent.FeedbackGiven given -> send(s -> id.equals(s.watching()), "feedback",
                    Map.of("conversationId", id, "seq", given.seq(), "feedback", given.feedback().wireName()));
            case ConversationEvent.CallbackRequested requested -> {
                send(s -> true, "callback_requested", Map.of("callback", CallbackView.of(requested.request())));
                refreshSoon();
            }
        }
    }

    /** The same event on another node of a cluster: this node's consoles are told too. */
    @EventListener
    void on(RemoteEvent remote) {
        on(remote.event());
    }

    @EventListener
    void on(RemoteQueueChange change) {
        refreshSoon();
    }

    @EventListener
    void on(StaffRoster.Changed changed) {
        refreshSoon();
    }

    /** Relayed events may have been missed: the lists again, and each console re-reads the conversation it has open. */
    @EventListener
    void on(CatchUp catchUp) {
        refreshSoon();
        send(s -> true, "resync", Map.of());
    }

    @EventListener
    void on(StaffDesk.CallbackDone done) {
        refreshSoon();
    }

    @EventListener
    void on(StaffPresenceChanged changed) {
        refreshSoon();
    }

    /** A disabled account's consoles are closed at once. */
    @EventListener
    void on(StaffAccounts.AccountDisabled disabled) {
        closeConsolesOf(disabled.username());
    }

    /** Disabled on another node of a cluster: its consoles here too. */
    @EventListener
    void on(RemoteAccountDisabled disabled) {
        closeConsolesOf(disabled.username());
    }

    private void closeConsolesOf(String username) {
        connections.all().stream().filter(s -> s.account().username().equals(username))
                .forEach(s -> s.close(CloseStatus.POLICY_VIOLATION.withReason("account disabled")));
    }

    private String conversationHolder(String conversationId) {
        try {
            return queue.holder(conversationId);
        } catch (RuntimeException e) {
            log.debug("Could not read who holds conversation {}: {}", conversationId, e.toString());
            return null;
        }
    }

    private void send(Predicate<StaffSocket> to, String type, Object payload) {
        String encoded = null; // encoded once, and only if some console gets it
        for (StaffSocket socket : connections.all()) {
            if (to.test(socket)) {
                if (encoded == null) {
                    encoded = frame(type, payload);
                }
                socket.send(encoded);
            }
        }
    }

    String frame(String type, Object payload) {
        ObjectNode out = json.createObjectNode();
        out.put("type", type);
        out.setAll((ObjectNode) json.valueToTree(payload));
        // stored text is checked when it comes in; this keeps a frame sendable whatever an older row holds
        return UnicodeText.repair(json.writeValueAsString(out));
    }

    @PreDestroy
    void stop() {
        events.shutdownNow();
        refresher.shutdownNow();
    }
}
