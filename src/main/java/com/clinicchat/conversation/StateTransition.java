package com.clinicchat.conversation;

import java.time.Instant;

/** One recorded change of state; {@code from} is null for the conversation's creation. */
public record StateTransition(ConversationState from, ConversationState to, String actor, Instant at) {
}
