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
}
