package com.clinicchat.conversation;

import java.util.Locale;

/** Who speaks for the clinic in a conversation. Serialised in lower case, in the database and on the wire. */
public enum ConversationState {
    /** The assistant answers. */
    BOT,
    /** Handed to staff, no one has claimed it yet; the assistant is silent. */
    WAITING,
    /** A staff member has claimed it; the assistant is silent. */
    STAFF,
    /** Finished; the visitor can read it back but not write. */
    CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationState fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
