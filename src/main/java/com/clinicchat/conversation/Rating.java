package com.clinicchat.conversation;

import java.time.Instant;

/**
 * How the visitor rated a finished conversation: the CSAT score Intercom and Chatwoot report.
 *
 * @param score   1 (not helpful at all) to 5 (very helpful)
 * @param comment what the visitor added, or null
 */
public record Rating(int score, String comment, Instant at) {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final int MAX_COMMENT_CHARS = 1000;

    public Rating {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("A rating is " + MIN + " to " + MAX + ".");
        }
    }

    /** 1 or 2: what the console's "rated badly" filter finds. */
    public boolean bad() {
        return score <= 2;
    }
}
