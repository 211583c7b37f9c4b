package com.clinicchat.staff;

import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationNotFoundException;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.staff.ConsoleViews.CallbackView;
import com.clinicchat.staff.ConsoleViews.ConversationView;
import com.clinicchat.staff.ConsoleViews.MessageView;
import com.clinicchat.staff.ConsoleViews.QueueItem;
import com.clinicchat.staff.ConsoleViews.TransitionView;
import com.clinicchat.triage.EscalationReason;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The console's lists and transcripts, read from the conversation store. */
@Service
class StaffQueue {

    static final int BOT_ONLY_LIMIT = 30;

    private final StaffDesk desk;
    private final ConversationStore store;
    private final Clock clock;

    StaffQueue(StaffDesk desk, ConversationStore store, Clock clock) {
        this.desk = desk;
        this.store = store;
        this.clock = clock;
    }

    ConsoleViews.Queue snapshot(List<String> onDuty, boolean open) {
        return new ConsoleViews.Queue(
                desk.list(StaffDesk.View.WAITING).stream().map(this::item).toList(),
                desk.list(StaffDesk.View.ACTIVE).stream().map(this::item).toList(),
                store.recentBotOnly(BOT_ONLY_LIMIT).stream().map(this::item).toList(),
                desk.openCallbacks().stream().map(CallbackView::of).toList(),
                onDuty, open, clock.instant());
    }

    ConsoleViews.Transcript transcript(String conversationId) {
        Conversation conversation = store.find(conversationId)
                .orElseThrow(() -> new ConversationNotFoundException(conversationId));
        return new ConsoleViews.Transcript(ConversationView.of(conversation),
                store.messagesAfter(conversationId, 0).stream().map(MessageView::of).toList(),
                store.transitions(conversationId).stream().map(TransitionView::of).toList(),
                store.callbacks(conversationId).stream().map(CallbackView::of).toList());
    }

    /** The display name of the staff member holding the conversation, or null. */
    String holder(String conversationId) {
        return store.find(conversationId).filter(c -> c.state() == ConversationState.STAFF)
                .map(Conversation::staffName).orElse(null);
    }

    private QueueItem item(Conversation conversation) {
        // a waiting conversation shows what it was escalated on; later visitor messages are in the transcript
        Instant upTo = conversation.state() == ConversationState.WAITING ? conversation.updatedAt() : clock.instant();
        StoredMessage trigger = store.lastVisitorMessage(conversation.id(), upTo).orElse(null);
        Instant lastActivity = store.lastMessageAt(conversation.id()).orElse(conversation.updatedAt());
        return new QueueItem(ConversationView.of(conversation), conversation.updatedAt(), lastActivity,
                trigger == null ? null : MessageView.of(trigger), askedForPerson(conversation));
    }

    /** Waiting because the visitor pressed "Talk to a person": the move to waiting was theirs, not the bot's. */
    private boolean askedForPerson(Conversation conversation) {
        if (conversation.state() != ConversationState.WAITING
                || conversation.escalationReason() != EscalationReason.ASKED_FOR_PERSON) {
            return false;
        }
        return store.transitions(conversation.id()).reversed().stream()
                .filter(t -> t.to() == ConversationState.WAITING).findFirst()
                .map(t -> "visitor".equals(t.actor())).orElse(false);
    }
}
