package com.clinicchat.conversation;

import com.clinicchat.triage.EscalationReason;

import java.time.Instant;

/**
 * A visitor's chat as stored. The access token is not part of it: only its hash is kept, in the database.
 *
 * @param escalationReason why it went to staff, or null while it never did
 * @param staffName        the name the visitor sees for the staff member who claimed it, or null
 * @param outcome          what staff noted when closing it, or null
 * @param updatedAt        the last change of state (new messages do not count: waiting ones queue by it)
 * @param closedAt         null until closed
 * @param rating           the visitor's end-of-chat rating, or null
 */
public record Conversation(String id, ConversationState state, boolean urgent, EscalationReason escalationReason,
                           String staffName, String outcome, Instant createdAt, Instant updatedAt,
                           Instant closedAt, Rating rating) {

    /** Not rated (yet). */
    public Conversation(String id, ConversationState state, boolean urgent, EscalationReason escalationReason,
                        String staffName, String outcome, Instant createdAt, Instant updatedAt, Instant closedAt) {
        this(id, state, urgent, escalationReason, staffName, outcome, createdAt, updatedAt, closedAt, null);
    }
}
