package com.clinicchat.transcripts;

import java.time.Instant;

/**
 * One conversation found, as the console lists it.
 *
 * @param reason        why it last went to staff, or null
 * @param staffName     who holds it now (while with staff), or null
 * @param rating        the visitor's end-of-chat rating 1..5, or null
 * @param thumbsDown    how many of the assistant's answers the visitor marked unhelpful
 * @param lastActivity  when its last message was stored
 * @param snippet       the first message matching the words searched for, else the visitor's first message
 */
public record SearchHit(String id, String state, boolean urgent, String reason, String staffName, String outcome,
                        Instant createdAt, Instant closedAt, Integer rating, String ratingComment, int messages,
                        int thumbsDown, Instant lastActivity, Snippet snippet) {

    /** A message shown under the hit. */
    public record Snippet(long seq, String author, String text) {
    }
}
