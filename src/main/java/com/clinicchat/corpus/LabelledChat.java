package com.clinicchat.corpus;

import java.util.List;

/** A labelled multi-turn chat: each turn is labelled in the context of the turns before it. */
public record LabelledChat(String id, List<LabelledTurn> turns) {

    public LabelledChat {
        if (turns == null || turns.isEmpty()) {
            throw new IllegalArgumentException(id + ": no turns");
        }
        turns = List.copyOf(turns);
    }
}
