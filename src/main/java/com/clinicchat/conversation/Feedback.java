package com.clinicchat.conversation;

import java.util.Locale;

/** A visitor's thumbs up or down on one of the assistant's answers. Serialised in lower case. */
public enum Feedback {
    UP, DOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Feedback fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
