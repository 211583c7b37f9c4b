package com.clinicchat.conversation;

import com.clinicchat.answering.Citation;

import java.time.Instant;
import java.util.List;

/**
 * What {@link ConversationStore} changed, published inside the write's transaction: listeners run synchronously in it,
 * so that figures kept in step with the rows (the insights' hourly counters) commit or roll back with them.
 */
public sealed interface StoreEvent {

    /** A fact the insights count changed: visitor messages, hand-over and reason, urgency, take-over, rating, thumbs. */
    record ConversationChanged(String conversationId) implements StoreEvent {
    }

    /**
     * Another visitor message in a chat that already had one (so already counted, and nothing else about it
     * changed): one more visitor message in the hour the chat started, {@code conversationCreatedAt}.
     */
    record VisitorMessageAdded(Instant conversationCreatedAt) implements StoreEvent {
    }

    /** An answer (a bot message with route answer) was stored at {@code at}, citing these sections. */
    record AnswerStored(Instant at, List<Citation> citations) implements StoreEvent {
    }

    /** Conversations were deleted with their messages; each started and closed at the instants of one span. */
    record ConversationsDeleted(List<Span> spans) implements StoreEvent {
    }

    record Span(Instant createdAt, Instant closedAt) {
    }
}
