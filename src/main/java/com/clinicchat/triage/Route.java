package com.clinicchat.triage;

/**
 * Where a visitor message goes. Serialised in lower case ("answer", "unknown", …), as in the
 * evaluation set and the chat protocol.
 */
public enum Route {
    /** The articles cover it: a short grounded answer with sources. */
    ANSWER,
    /** On topic, but the articles do not cover it: say so and offer staff. */
    UNKNOWN,
    /** Personal medical question or a request for a person: no advice, the chat goes to staff. */
    ESCALATE,
    /** Possible emergency or self-harm: emergency instructions at once, urgent for staff. */
    EMERGENCY,
    /** Off topic or an attempt to override the rules: polite refusal. */
    DECLINE,
    /** Greetings and thanks. */
    SMALLTALK;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this route hands the conversation to staff. */
    public boolean needsStaff() {
        return this == ESCALATE || this == EMERGENCY;
    }
}
