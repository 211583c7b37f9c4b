package com.clinicchat.cluster;

import com.clinicchat.chat.BotDelta;
import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.ConversationEvent;
import com.clinicchat.conversation.ConversationState;

import java.time.Instant;

/**
 * What goes over the Redis channel: which node it came from and what happened, by reference. Messages and
 * conversations are not copied: the receiving node reads them from the database (the one source of truth, in
 * {@code seq} order), so visitor text never passes through Redis. Typing is ephemeral and travels as it is, and so
 * do the pieces of a bot reply being streamed ({@code DELTA}: the assistant's text in {@code name}); the finished
 * reply is read from the database like any message.
 */
record Envelope(String origin, Kind kind, String conversationId, long seq, String streamId, ConversationState from,
                String actor, Instant at, Author author, String name) {

    enum Kind { MESSAGE, STATE, TYPING, DELTA, CALLBACK, RATED, FEEDBACK, QUEUE, ROSTER, CATCH_UP, ACCOUNT_DISABLED }

    static Envelope of(String origin, ConversationEvent event) {
        return switch (event) {
            case ConversationEvent.MessageAdded added -> new Envelope(origin, Kind.MESSAGE, added.conversationId(),
                    added.message().seq(), added.streamId(), null, null, null, null, null);
            case ConversationEvent.StateChanged changed -> new Envelope(origin, Kind.STATE,
                    changed.conversationId(), 0, null, changed.from(), changed.actor(), changed.at(), null, null);
            case ConversationEvent.Typing typing -> new Envelope(origin, Kind.TYPING, typing.conversationId(), 0,
                    null, null, null, null, typing.author(), typing.name());
            // by id in seq: the contact details are read from the database too
            case ConversationEvent.CallbackRequested requested -> new Envelope(origin, Kind.CALLBACK,
                    requested.conversationId(), requested.request().id(), null, null, null, null, null, null);
            // the rating itself is read from the database; a thumb travels as its value, like typing
            case ConversationEvent.Rated rated -> new Envelope(origin, Kind.RATED, rated.conversationId(), 0, null,
                    null, null, null, null, null);
            case ConversationEvent.FeedbackGiven given -> new Envelope(origin, Kind.FEEDBACK, given.conversationId(),
                    given.seq(), null, null, null, null, null, given.feedback().name());
        };
    }

    static Envelope delta(String origin, BotDelta delta) {
        return new Envelope(origin, Kind.DELTA, delta.conversationId(), 0, delta.streamId(), null, null, null, null,
                delta.text());
    }

    static Envelope accountDisabled(String origin, String username) {
        return new Envelope(origin, Kind.ACCOUNT_DISABLED, null, 0, null, null, null, null, null, username);
    }

    static Envelope signal(String origin, Kind kind) {
        return new Envelope(origin, kind, null, 0, null, null, null, null, null, null);
    }
}
