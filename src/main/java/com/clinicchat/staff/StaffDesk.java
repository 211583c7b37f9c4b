package com.clinicchat.staff;

import com.clinicchat.answering.Questions;
import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.CallbackRequest;
import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationNotFoundException;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.text.UnicodeText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;

import java.util.List;
import java.util.Objects;

/**
 * What staff do with visitor conversations: see the queue, claim one, reply, hand it back to the assistant, close
 * it. Every action is stored, then pushed live to the visitor (through {@link Conversations}' events). The staff
 * console issue puts a UI and sign-in on top; {@code staffName} is the name the visitor sees (a first name).
 */
@Service
public class StaffDesk {

    static final int LIST_LIMIT = 100;
    static final int MAX_NAME_CHARS = 100;
    static final int MAX_OUTCOME_CHARS = 200;

    /** Which conversations to list. */
    public enum View {
        /** Waiting for someone to claim them, urgent first, then longest waiting. */
        WAITING,
        /** Claimed by staff, most recently changed first. */
        ACTIVE,
        /** Closed, most recently closed first. */
        RECENT
    }

    private final Conversations conversations;
    private final ConversationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public StaffDesk(Conversations conversations, ConversationStore store, ApplicationEventPublisher events,
                     Clock clock) {
        this.conversations = conversations;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public List<Conversation> list(View view) {
        return store.inState(switch (view) {
            case WAITING -> ConversationState.WAITING;
            case ACTIVE -> ConversationState.STAFF;
            case RECENT -> ConversationState.CLOSED;
        }, LIST_LIMIT);
    }

    public List<StoredMessage> messages(String conversationId) {
        get(conversationId);
        return store.messagesAfter(conversationId, 0);
    }

    /**
     * Takes a waiting conversation. Of two staff claiming at once exactly one wins (a conditional update).
     *
     * @throws ConversationTakenException when someone else holds it already
     * @throws IllegalStateException      when it is not waiting for staff (with the bot, or closed)
     */
    public Conversation claim(String conversationId, String staffName) {
        String name = name(staffName);
        if (conversations.claim(conversationId, name)) {
            conversations.postSystemMessage(conversationId, VisitorNotes.joined(name));
            return get(conversationId);
        }
        Conversation now = get(conversationId);
        if (now.state() == ConversationState.STAFF) {
            throw new ConversationTakenException(conversationId, now.staffName());
        }
        throw new IllegalStateException("Conversation " + conversationId + " is not waiting for staff: it is "
                + now.state().wireName() + ".");
    }

    /** A reply from the staff member who holds the conversation. */
    public StoredMessage reply(String conversationId, String staffName, String text) {
        String name = name(staffName);
        requireHeldBy(get(conversationId), name, "reply");
        return conversations.postStaffMessage(conversationId, name, validText(text));
    }

    /** Back to the assistant, which answers the visitor's next messages again. */
    public void handBack(String conversationId, String staffName) {
        String name = name(staffName);
        requireHeldBy(get(conversationId), name, "hand it back");
        if (!conversations.handBack(conversationId, name)) {
            requireHeldBy(get(conversationId), name, "hand it back");
            throw new IllegalStateException("Conversation " + conversationId + " changed meanwhile; try again.");
        }
        conversations.postSystemMessage(conversationId, VisitorNotes.left(name));
    }

    /**
     * Closes a conversation that is waiting, with the bot, or held by this staff member.
     *
     * @param outcome a short note for the record (optional, up to 200 characters)
     */
    public void close(String conversationId, String staffName, String outcome) {
        String name = name(staffName);
        if (outcome != null && outcome.length() > MAX_OUTCOME_CHARS) {
            throw new IllegalArgumentException("The outcome is limited to " + MAX_OUTCOME_CHARS + " characters.");
        }
        if (outcome != null && !UnicodeText.isWellFormed(outcome)) {
            throw new IllegalArgumentException("The outcome holds invalid Unicode (a lone surrogate or a NUL).");
        }
        // a conditional update on the state just read: retried if the state moved in between
        for (int attempt = 0; attempt < 3; attempt++) {
            Conversation now = get(conversationId);
            if (now.state() == ConversationState.CLOSED) {
                throw new IllegalStateException("Conversation " + conversationId + " is already closed.");
            }
            if (now.state() == ConversationState.STAFF) {
                requireHeldBy(now, name, "close it");
            }
            if (conversations.close(conversationId, now.state(), name, outcome)) {
                conversations.postSystemMessage(conversationId, VisitorNotes.closed(name));
                return;
            }
        }
        throw new IllegalStateException("Conversation " + conversationId + " keeps changing; try again.");
    }

    /** Call-back requests not yet done, oldest first. */
    public List<CallbackRequest> openCallbacks() {
        return store.openCallbacks(LIST_LIMIT);
    }

    /**
     * Marks a call-back request done.
     *
     * @throws IllegalArgumentException when there is no such open request
     */
    public void callbackDone(long id, String staffName) {
        if (!store.markCallbackDone(id, name(staffName), clock.instant())) {
            throw new IllegalArgumentException("No open call-back request " + id + ".");
        }
        events.publishEvent(new CallbackDone(id, staffName));
    }

    /** A call-back request was marked done (for the consoles' lists). */
    public record CallbackDone(long id, String staffName) {
    }

    /** Shows "… is typing" to the visitor. */
    public void typing(String conversationId, String staffName) {
        String name = name(staffName);
        requireHeldBy(get(conversationId), name, "type");
        conversations.typing(conversationId, Author.STAFF, name);
    }

    private Conversation get(String conversationId) {
        return store.find(conversationId).orElseThrow(() -> new ConversationNotFoundException(conversationId));
    }

    private static void requireHeldBy(Conversation conversation, String name, String action) {
        if (conversation.state() == ConversationState.STAFF && !Objects.equals(conversation.staffName(), name)) {
            throw new ConversationTakenException(conversation.id(), conversation.staffName());
        }
        if (conversation.state() != ConversationState.STAFF) {
            throw new IllegalStateException("Claim conversation " + conversation.id() + " before you " + action
                    + ": it is " + conversation.state().wireName() + ".");
        }
    }

    private static String name(String staffName) {
        if (staffName == null || staffName.isBlank() || staffName.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("A staff name of 1 to " + MAX_NAME_CHARS + " characters is needed.");
        }
        return staffName.strip();
    }

    private static String validText(String text) {
        if (text == null || !UnicodeText.hasVisibleCharacter(text)) {
            throw new IllegalArgumentException("The reply is empty (nothing visible in it).");
        }
        if (!UnicodeText.isWellFormed(text)) {
            throw new IllegalArgumentException("The reply holds invalid Unicode (a lone surrogate or a NUL).");
        }
        if (text.length() > Questions.MAX_CHARS) {
            throw new IllegalArgumentException("The reply has " + text.length() + " characters; the limit is "
                    + Questions.MAX_CHARS + ".");
        }
        return text.strip();
    }
}
