package com.clinicchat.answering;

import com.clinicchat.web.BadRequestException;

/** The limits every visitor question must meet, on every channel. */
public final class Questions {

    public static final int MAX_CHARS = 2000;

    private Questions() {
    }

    /** The question stripped of surrounding blanks, or a {@link BadRequestException} saying what is wrong. */
    public static String validate(String question) {
        if (question == null || question.isBlank()) {
            throw new BadRequestException("empty_question", "The question is empty: send {\"question\": \"...\"}.");
        }
        if (question.length() > MAX_CHARS) {
            throw new BadRequestException("too_long",
                    "The question has " + question.length() + " characters; the limit is " + MAX_CHARS + ".");
        }
        return question.strip();
    }
}
