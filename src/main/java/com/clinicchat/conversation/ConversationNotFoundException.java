package com.clinicchat.conversation;

/** No conversation has this id. */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(String conversationId) {
        super("No conversation " + conversationId);
    }
}
