package com.clinicchat.chat;

/** A frame from the visitor's widget, already checked by {@link FrameCodec}. */
sealed interface ClientFrame {

    record Start() implements ClientFrame {
    }

    record Resume(String conversationId, String token, long afterSeq) implements ClientFrame {
    }

    record Message(String clientMessageId, String text) implements ClientFrame {
    }

    record RequestStaff() implements ClientFrame {
    }

    record Typing() implements ClientFrame {
    }

    record Callback(String name, String contact, String note) implements ClientFrame {
    }

    /** The visitor ends the chat. */
    record End() implements ClientFrame {
    }

    /** The end-of-chat rating, 1 to 5, with an optional comment. */
    record Rate(int score, String comment) implements ClientFrame {
    }

    /** A thumbs up or down on the bot's message {@code seq}. */
    record Feedback(long seq, com.clinicchat.conversation.Feedback value) implements ClientFrame {
    }
}
