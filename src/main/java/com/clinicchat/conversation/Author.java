package com.clinicchat.conversation;

import java.util.Locale;

/** Who wrote a message. Serialised in lower case. */
public enum Author {
    VISITOR, BOT, STAFF, SYSTEM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Author fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
