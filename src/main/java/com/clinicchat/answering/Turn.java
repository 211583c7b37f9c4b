package com.clinicchat.answering;

import com.clinicchat.triage.Route;

/**
 * One earlier message of the same conversation, used to understand follow-ups.
 *
 * @param route for the assistant's replies, the route it took; otherwise null
 */
public record Turn(Speaker speaker, String text, Route route) {

    public enum Speaker { VISITOR, ASSISTANT, STAFF }

    public static Turn visitor(String text) {
        return new Turn(Speaker.VISITOR, text, null);
    }

    public static Turn assistant(String text, Route route) {
        return new Turn(Speaker.ASSISTANT, text, route);
    }
}
