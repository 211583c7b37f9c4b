package com.clinicchat.conversation;

/** The conversation is closed: nothing more can be added to it. */
public class ConversationClosedException extends RuntimeException {

    public ConversationClosedException(String conversationId) {
        super("Conversation " + conversationId + " is closed");
    }
}
