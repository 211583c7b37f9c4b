package com.clinicchat.answering;

/** One earlier message of the same conversation, used to understand short follow-ups. */
public record Turn(Speaker speaker, String text) {

    public enum Speaker { VISITOR, ASSISTANT, STAFF }
}
