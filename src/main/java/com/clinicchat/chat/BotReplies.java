package com.clinicchat.chat;

import com.clinicchat.answering.Assistant;
import com.clinicchat.answering.AssistantReply;
import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationClosedException;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.staff.StaffPresence;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The assistant's replies, off the socket's thread (a model may take seconds, and the socket must keep reading
 * pongs and messages meanwhile), one conversation at a time in the order its messages were stored.
 */
@Component
class BotReplies {

    private static final Logger log = LoggerFactory.getLogger(BotReplies.class);

    private final Assistant assistant;
    private final Conversations conversations;
    private final ChatSessions sessions;
    private final ChatProperties properties;
    private final StaffPresence presence;
    private final ApplicationEventPublisher events;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    /** Per conversation, the last reply queued: each new one runs after it. */
    private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();

    BotReplies(Assistant assistant, Conversations conversations, ChatSessions sessions, ChatProperties properties,
               StaffPresence presence, ApplicationEventPublisher events) {
        this.events = events;
        this.assistant = assistant;
        this.conversations = conversations;
        this.sessions = sessions;
        this.properties = properties;
        this.presence = presence;
    }

    /** Queues the assistant's reply to a visitor message that arrived while the conversation was with the bot. */
    void replyTo(StoredMessage question) {
        String id = question.conversationId();
        CompletableFuture<Void> queued = lanes.compute(id, (key, last) ->
                (last == null ? CompletableFuture.<Void>completedFuture(null) : last)
                        .thenRunAsync(() -> answer(question), executor));
        queued.whenComplete((result, failure) -> lanes.remove(id, queued));
    }

    /**
     * A message that arrived while the conversation was with staff: the assistant stays silent, except that a
     * possible emergency still gets the emergency instructions at once and makes the conversation urgent.
     */
    void watchForEmergency(StoredMessage message) {
        String id = message.conversationId();
        CompletableFuture<Void> queued = lanes.compute(id, (key, last) ->
                (last == null ? CompletableFuture.<Void>completedFuture(null) : last)
                        .thenRunAsync(() -> emergencyOnly(message), executor));
        queued.whenComplete((result, failure) -> lanes.remove(id, queued));
    }

    private void emergencyOnly(StoredMessage message) {
        String id = message.conversationId();
        try {
            assistant.emergencyReply(message.text(), 
                    conversations.history(id, message.seq(), properties.historyTurns())).ifPresent(reply -> {
                conversations.postBotReplyTo(id, message.seq(), reply, UUID.randomUUID().toString());
                conversations.markUrgent(id, "bot");
            });
        } catch (RuntimeException e) {
            log.warn("No emergency check of message {} of conversation {}: {}", message.seq(), id,
                    e.getClass().getName());
        }
    }

    private void answer(StoredMessage question) {
        String id = question.conversationId();
        try {
            Conversation conversation = conversations.find(id).orElse(null);
            if (conversation == null || conversation.state() != ConversationState.BOT) {
                return; // handed to staff (or closed) by an earlier message: the bot stays silent
            }
            sessions.broadcast(id, new ServerFrame.Typing("bot", null));
            String streamId = UUID.randomUUID().toString();
            AssistantReply reply = assistant.reply(question.text(),
                    conversations.history(id, question.seq(), properties.historyTurns()),
                    delta -> {
                        sessions.broadcast(id, new ServerFrame.Delta(streamId, delta));
                        events.publishEvent(new BotDelta(id, streamId, delta, false));
                    });
            conversations.postBotReplyTo(id, question.seq(), reply, streamId);
            if (reply.route().needsStaff() && conversations.escalate(id, reply.escalationReason(), reply.urgent(), "bot")
                    && !reply.urgent()) {
                // emergency instructions stand alone: nothing that could read as "wait for us"
                conversations.postSystemMessage(id, WaitingNotes.afterEscalation(presence.anyoneOnDuty()));
            }
        } catch (ConversationClosedException e) {
            log.debug("Conversation {} closed before the reply to message {}", id, question.seq());
        } catch (RuntimeException e) {
            // the exception's class only: the message text stays out of the log, it may hold health information
            log.warn("No reply to message {} of conversation {}: {}", question.seq(), id, e.getClass().getName());
            log.debug("Reply failure", e);
            sessions.broadcast(id, new ServerFrame.Error("internal", "The assistant could not reply. Please try "
                    + "again, or ask for a person.", question.clientMessageId()));
        }
    }

    /** Whether a reply is queued or being written. */
    boolean busy() {
        return !lanes.isEmpty();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
