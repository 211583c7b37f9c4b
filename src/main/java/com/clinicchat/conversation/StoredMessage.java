package com.clinicchat.conversation;

import com.clinicchat.answering.Citation;
import com.clinicchat.triage.Route;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation, numbered by {@code seq} (1, 2, 3… in storing order).
 *
 * @param clientMessageId the visitor's own id for the message (idempotent resends), null for other authors
 * @param authorName      the staff member's name for staff messages, otherwise null
 * @param route           the triage route: set on bot replies, and on visitor messages once triaged
 * @param urgent          an emergency reply
 * @param feedback        the visitor's thumbs up or down on a bot answer, or null
 */
public record StoredMessage(String conversationId, long seq, String clientMessageId, Author author,
                            String authorName, String text, Route route, List<Citation> citations, boolean urgent,
                            Instant createdAt, Feedback feedback) {

    public StoredMessage {
        citations = List.copyOf(citations);
    }

    /** Without feedback (every message but a rated answer). */
    public StoredMessage(String conversationId, long seq, String clientMessageId, Author author, String authorName,
                         String text, Route route, List<Citation> citations, boolean urgent, Instant createdAt) {
        this(conversationId, seq, clientMessageId, author, authorName, text, route, citations, urgent, createdAt,
                null);
    }
}
