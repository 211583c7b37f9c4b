package com.clinicchat.staff;

import com.clinicchat.answering.Citation;
import com.clinicchat.conversation.CallbackRequest;
import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.StateTransition;
import com.clinicchat.conversation.StoredMessage;

import java.time.Instant;
import java.util.List;

/** What the console is sent (REST answers and socket frames): wire names in lower case, times as ISO-8601. */
final class ConsoleViews {

    private ConsoleViews() {
    }

    /**
     * A conversation's state and who holds it. {@code reason}: why it last went to staff, or null; {@code rating}
     * and {@code ratingComment}: the visitor's end-of-chat rating (1 to 5), or null.
     */
    record ConversationView(String id, String state, boolean urgent, String reason, String staffName,
                            String outcome, Instant createdAt, Instant updatedAt, Instant closedAt, Integer rating,
                            String ratingComment) {
        static ConversationView of(Conversation c) {
            return new ConversationView(c.id(), c.state().wireName(), c.urgent(),
                    c.escalationReason() == null ? null : c.escalationReason().wireName(), c.staffName(),
                    c.outcome(), c.createdAt(), c.updatedAt(), c.closedAt(),
                    c.rating() == null ? null : c.rating().score(), c.rating() == null ? null : c.rating().comment());
        }
    }

    /**
     * A message as staff see it: unlike the visitor, with the route triage gave each visitor message; {@code feedback}
     * is the visitor's thumbs ("up"/"down") on a bot answer, or null.
     */
    record MessageView(String conversationId, long seq, String author, String authorName, String text,
                       String route, List<Citation> citations, boolean urgent, Instant createdAt, String feedback) {
        static MessageView of(StoredMessage m) {
            return new MessageView(m.conversationId(), m.seq(), m.author().wireName(), m.authorName(), m.text(),
                    m.route() == null ? null : m.route().wireName(), m.citations(), m.urgent(), m.createdAt(),
                    m.feedback() == null ? null : m.feedback().wireName());
        }
    }

    /**
     * One line of a console list.
     *
     * @param since        waiting: when it was escalated; others: the last change of state
     * @param lastActivity when its last message was stored
     * @param trigger      waiting: the visitor message it was escalated on; others: the visitor's last message
     * @param askedForPerson waiting: the visitor pressed "Talk to a person" (then {@code trigger} is only the
     *                     message before, if any)
     */
    record QueueItem(ConversationView conversation, Instant since, Instant lastActivity, MessageView trigger,
                     boolean askedForPerson) {
    }

    record CallbackView(long id, String conversationId, String name, String contact, String note,
                        Instant createdAt) {
        static CallbackView of(CallbackRequest r) {
            return new CallbackView(r.id(), r.conversationId(), r.name(), r.contact(), r.note(), r.createdAt());
        }
    }

    record TransitionView(String from, String to, String actor, Instant at) {
        static TransitionView of(StateTransition t) {
            return new TransitionView(t.from() == null ? null : t.from().wireName(), t.to().wireName(), t.actor(),
                    t.at());
        }
    }

    /**
     * The console's lists at one moment.
     *
     * @param waiting   urgent first, then longest waiting
     * @param active    held by staff (the console shows its own first)
     * @param botOnly   recent conversations the assistant handled alone
     * @param callbacks open call-back requests, oldest first
     * @param onDuty    display names of staff with the console open (empty outside business hours)
     * @param open      whether it is within business hours
     */
    record Queue(List<QueueItem> waiting, List<QueueItem> active, List<QueueItem> botOnly,
                 List<CallbackView> callbacks, List<String> onDuty, boolean open, Instant at) {
    }

    /** One conversation opened in the console. */
    record Transcript(ConversationView conversation, List<MessageView> messages, List<TransitionView> transitions,
                      List<CallbackView> callbacks) {
    }
}
