package com.clinicchat.conversation;

import com.clinicchat.answering.AssistantReply;
import com.clinicchat.answering.Turn;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every change to a conversation goes through here: it is stored first, then published as a
 * {@link ConversationEvent}, so that whatever is shown live is already durable.
 */
@Service
public class Conversations {

    private static final Logger log = LoggerFactory.getLogger(Conversations.class);
    /** What a visitor who ends the chat is shown (and staff read in the transcript). */
    public static final String ENDED_BY_VISITOR = "You ended the chat.";

    private final ConversationStore store;
    private final AccessTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DurableCommits durable;

    public Conversations(ConversationStore store, AccessTokens tokens, ApplicationEventPublisher events,
                         Clock clock, DurableCommits durable) {
        this.store = store;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
        this.durable = durable;
    }

    /** A new conversation and its access token: the only time the token is known to the server. */
    public record Started(Conversation conversation, String token) {
    }

    public Started start() {
        String token = tokens.newToken();
        Conversation conversation = store.create(UUID.randomUUID().toString(), AccessTokens.hash(token), "visitor",
                clock.instant());
        durable.sync();
        log.info("Conversation {} started", conversation.id());
        return new Started(conversation, token);
    }

    /** The conversation, if the id exists and the token is its token; empty for either failure alike. */
    public Optional<Conversation> open(String id, String token) {
        if (id == null || token == null) {
            return Optional.empty();
        }
        return store.tokenHash(id).filter(hash -> AccessTokens.matches(token, hash)).flatMap(hash -> store.find(id));
    }

    public Optional<Conversation> find(String id) {
        return store.find(id);
    }

    public List<StoredMessage> messagesAfter(String id, long afterSeq) {
        return store.messagesAfter(id, afterSeq);
    }

    /** The turns before message {@code beforeSeq}, for the assistant to understand follow-ups. */
    public List<Turn> history(String id, long beforeSeq, int limit) {
        return store.messagesBefore(id, beforeSeq, limit).stream()
                .filter(message -> message.author() != Author.SYSTEM)
                .map(message -> new Turn(switch (message.author()) {
                    case VISITOR -> Turn.Speaker.VISITOR;
                    case STAFF -> Turn.Speaker.STAFF;
                    default -> Turn.Speaker.ASSISTANT;
                }, message.text(), message.author() == Author.BOT ? message.route() : null))
                .toList();
    }

    /** Stores (or finds, for a resend) a visitor message; only a newly stored one is published. */
    public ConversationStore.Appended postVisitorMessage(String id, String clientMessageId, String text) {
        ConversationStore.Appended appended = store.append(id, NewMessage.fromVisitor(clientMessageId, text),
                clock.instant());
        if (appended.stored()) {
            durable.sync(); // on disk before the echo: the widget forgets a message once it is echoed
            events.publishEvent(new ConversationEvent.MessageAdded(appended.message(), null));
        }
        return appended;
    }

    public void markTriaged(String id, long seq, Route route) {
        store.setRoute(id, seq, route);
    }

    public StoredMessage postBotReply(String id, AssistantReply reply, String streamId) {
        NewMessage message = new NewMessage(null, Author.BOT, null, reply.text(), reply.route(), reply.citations(),
                reply.urgent());
        return publish(store.append(id, message, clock.instant()).message(), streamId);
    }

    /**
     * The bot's reply to visitor message {@code questionSeq}: the question's route ({@link #markTriaged}) and the
     * reply ({@link #postBotReply}) stored in one transaction, made durable once, then published.
     */
    public StoredMessage postBotReplyTo(String id, long questionSeq, AssistantReply reply, String streamId) {
        NewMessage message = new NewMessage(null, Author.BOT, null, reply.text(), reply.route(), reply.citations(),
                reply.urgent());
        return publish(store.appendReply(id, questionSeq, message, clock.instant()).message(), streamId);
    }

    public StoredMessage postStaffMessage(String id, String staffName, String text) {
        return publish(store.append(id, NewMessage.fromStaff(staffName, text), clock.instant()).message(), null);
    }

    /** A note shown to the visitor; allowed in a closed conversation too, to say who closed it. */
    public StoredMessage postSystemMessage(String id, String text) {
        return publish(store.append(id, NewMessage.fromSystem(text), clock.instant()).message(), null);
    }

    /** bot → waiting; false (and nothing published) when the conversation was not with the bot. */
    public boolean escalate(String id, EscalationReason reason, boolean urgent, String actor) {
        Instant at = clock.instant();
        boolean moved = store.escalate(id, reason, urgent, actor, at);
        if (moved) {
            log.info("Conversation {} handed to staff: reason={} urgent={}", id, reason.wireName(), urgent);
            publishState(id, ConversationState.BOT, actor, at);
        }
        return moved;
    }

    /** An emergency in a conversation already with staff: urgent from now on, and everyone showing it is told. */
    public boolean markUrgent(String id, String actor) {
        Instant at = clock.instant();
        boolean marked = store.markUrgent(id, at);
        if (marked) {
            log.info("Conversation {} marked urgent while with staff", id);
            store.find(id).ifPresent(conversation -> publishState(id, conversation.state(), actor, at));
        }
        return marked;
    }

    public boolean claim(String id, String staffName) {
        Instant at = clock.instant();
        boolean moved = store.claim(id, staffName, at);
        if (moved) {
            publishState(id, ConversationState.WAITING, staffName, at);
        }
        return moved;
    }

    public boolean handBack(String id, String staffName) {
        Instant at = clock.instant();
        boolean moved = store.handBack(id, staffName, at);
        if (moved) {
            publishState(id, ConversationState.STAFF, staffName, at);
        }
        return moved;
    }

    public boolean close(String id, ConversationState from, String staffName, String outcome) {
        Instant at = clock.instant();
        boolean moved = store.close(id, from, staffName, outcome, at);
        if (moved) {
            log.info("Conversation {} closed", id);
            publishState(id, from, staffName, at);
        }
        return moved;
    }

    /** Closes a conversation nobody has written in since {@code before}; false when it moved meanwhile. */
    public boolean closeInactive(String id, ConversationState from, Instant before) {
        Instant at = clock.instant();
        boolean moved = store.closeInactive(id, from, before, "closed after inactivity", at);
        if (moved) {
            log.info("Conversation {} closed after inactivity (was {})", id, from.wireName());
            publishState(id, from, "system", at);
            postSystemMessage(id, "This chat was closed because nobody wrote in it for a while. Start a new one "
                    + "whenever you like.");
        }
        return moved;
    }

    /**
     * The visitor ends their chat, from whatever state it is in (also while a staff member holds it), with a note
     * that says so. Returns false when it was closed already.
     */
    public boolean endByVisitor(String id) {
        // a conditional update on the state just read: retried if staff moved it in between
        for (int attempt = 0; attempt < 3; attempt++) {
            Conversation now = store.find(id).orElseThrow(() -> new ConversationNotFoundException(id));
            if (now.state() == ConversationState.CLOSED) {
                return false;
            }
            Instant at = clock.instant();
            if (store.endByVisitor(id, now.state(), at)) {
                log.info("Conversation {} ended by the visitor", id);
                publishState(id, now.state(), "visitor", at);
                postSystemMessage(id, ENDED_BY_VISITOR);
                return true;
            }
        }
        throw new IllegalStateException("Conversation " + id + " keeps changing; try again.");
    }

    /**
     * Stores the visitor's rating of a closed conversation (replacing an earlier one).
     *
     * @throws IllegalStateException when the conversation is not closed
     */
    public Rating rate(String id, int score, String comment) {
        Rating rating = new Rating(score, comment, clock.instant());
        if (!store.rate(id, score, comment, rating.at())) {
            throw new IllegalStateException("Only a finished conversation can be rated.");
        }
        log.info("Conversation {} rated {}", id, score);
        // a console may have the chat open (a rating usually comes after staff closed it)
        store.find(id).ifPresent(conversation -> events.publishEvent(new ConversationEvent.Rated(conversation)));
        return rating;
    }

    /** A thumbs up or down on bot message {@code seq}; false when there is no such bot message. */
    public boolean giveFeedback(String id, long seq, Feedback feedback) {
        boolean stored = store.giveFeedback(id, seq, feedback, clock.instant());
        if (stored) {
            log.info("Conversation {} message {}: thumbs {}", id, seq, feedback.wireName());
            events.publishEvent(new ConversationEvent.FeedbackGiven(id, seq, feedback));
        }
        return stored;
    }

    public CallbackRequest requestCallback(String id, String name, String contact, String note) {
        CallbackRequest request = store.addCallback(id, name, contact, note, clock.instant());
        durable.sync();
        events.publishEvent(new ConversationEvent.CallbackRequested(request));
        return request;
    }

    public void typing(String id, Author author, String name) {
        events.publishEvent(new ConversationEvent.Typing(id, author, name));
    }

    private StoredMessage publish(StoredMessage message, String streamId) {
        durable.sync();
        events.publishEvent(new ConversationEvent.MessageAdded(message, streamId));
        return message;
    }

    private void publishState(String id, ConversationState from, String actor, Instant at) {
        durable.sync();
        store.find(id).ifPresent(conversation ->
                events.publishEvent(new ConversationEvent.StateChanged(conversation, from, actor, at)));
    }
}
