package com.clinicchat.corpus;

import java.util.List;

/** Everything one writer wrote: single messages and chats. Splits never cut through a writer. */
public record WriterCorpus(String writer, List<LabelledTurn> messages, List<LabelledChat> chats) {

    public WriterCorpus {
        messages = List.copyOf(messages);
        chats = List.copyOf(chats);
    }

    public int turnCount() {
        return messages.size() + chats.stream().mapToInt(chat -> chat.turns().size()).sum();
    }
}
