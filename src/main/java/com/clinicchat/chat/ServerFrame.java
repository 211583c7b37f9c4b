package com.clinicchat.chat;

import com.clinicchat.answering.Citation;
import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.Conversation;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.StoredMessage;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** A frame to the visitor's widget; {@link #type()} becomes its {@code "type"} field. Null fields are left out. */
sealed interface ServerFrame {

    @JsonIgnore
    String type();

    record Session(String conversationId, String token, String state, String staffName) implements ServerFrame {
        public String type() {
            return "session";
        }

        static Session of(Conversation conversation, String token) {
            return new Session(conversation.id(), token, conversation.state().wireName(),
                    visibleStaffName(conversation));
        }
    }

    record Message(long seq, String clientMessageId, String author, String authorName, String text, String route,
                   List<Citation> citations, boolean urgent, String streamId, String createdAt, String feedback)
            implements ServerFrame {
        public String type() {
            return "message";
        }

        /**
         * The route is shown on bot replies only: on the visitor's own messages it is internal (and set after the
         * echo, which must read the same when a resend is answered).
         */
        static Message of(StoredMessage message, String streamId) {
            String route = message.route() == null || message.author() == Author.VISITOR ? null
                    : message.route().wireName();
            return new Message(message.seq(), message.clientMessageId(), message.author().wireName(),
                    message.authorName(), message.text(), route, message.citations(), message.urgent(), streamId,
                    message.createdAt().toString(), message.feedback() == null ? null : message.feedback().wireName());
        }
    }

    record Delta(String streamId, String text) implements ServerFrame {
        public String type() {
            return "delta";
        }
    }

    record State(String state, String staffName, boolean urgent, boolean staffOnDuty, String at, Integer rating)
            implements ServerFrame {
        public String type() {
            return "state";
        }

        static State of(Conversation conversation, boolean staffOnDuty) {
            return new State(conversation.state().wireName(), visibleStaffName(conversation), conversation.urgent(),
                    staffOnDuty, conversation.updatedAt().toString(),
                    conversation.rating() == null ? null : conversation.rating().score());
        }
    }

    record Rated(int score, String comment) implements ServerFrame {
        public String type() {
            return "rated";
        }
    }

    record FeedbackReceived(long seq, String value) implements ServerFrame {
        public String type() {
            return "feedback_received";
        }
    }

    record Typing(String author, String name) implements ServerFrame {
        public String type() {
            return "typing";
        }
    }

    record CallbackReceived(long id) implements ServerFrame {
        public String type() {
            return "callback_received";
        }
    }

    record Error(String code, String message, String clientMessageId) implements ServerFrame {
        public String type() {
            return "error";
        }
    }

    /** Shown only while the staff member holds the conversation. */
    private static String visibleStaffName(Conversation conversation) {
        return conversation.state() == ConversationState.STAFF ? conversation.staffName() : null;
    }
}
