package com.clinicchat.conversation;

import java.time.Instant;

/**
 * What happened to a conversation, published (synchronously, after the change is committed) for whoever shows
 * conversations live: the visitor's sockets, and the staff console.
 */
public sealed interface ConversationEvent {

    String conversationId();

    /** A message was stored. {@code streamId} names the deltas a bot reply was streamed as, else null. */
    record MessageAdded(StoredMessage message, String streamId) implements ConversationEvent {
        @Override
        public String conversationId() {
            return message.conversationId();
        }
    }

    /** The conversation moved from {@code from} to {@code conversation.state()}. */
    record StateChanged(Conversation conversation, ConversationState from, String actor, Instant at)
            implements ConversationEvent {
        @Override
        public String conversationId() {
            return conversation.id();
        }
    }

    /** Someone is typing: the visitor (for staff to see), or a staff member (for the visitor). */
    record Typing(String conversationId, Author author, String name) implements ConversationEvent {
    }

    /** The visitor rated the (closed) conversation, or changed their rating: {@code conversation} holds it. */
    record Rated(Conversation conversation) implements ConversationEvent {
        @Override
        public String conversationId() {
            return conversation.id();
        }
    }

    /** The visitor gave the assistant's message {@code seq} a thumbs up or down (replacing an earlier one). */
    record FeedbackGiven(String conversationId, long seq, Feedback feedback) implements ConversationEvent {
    }

    /** The visitor left contact details for a call back. */
    record CallbackRequested(CallbackRequest request) implements ConversationEvent {
        @Override
        public String conversationId() {
            return request.conversationId();
        }
    }
}
