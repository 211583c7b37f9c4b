package com.clinicchat.staff;

/** Another staff member holds the conversation. */
public class ConversationTakenException extends RuntimeException {

    private final String holder;

    public ConversationTakenException(String conversationId, String holder) {
        super("Conversation " + conversationId + " is already taken by " + holder + ".");
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
