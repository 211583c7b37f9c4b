package com.clinicchat.answering;

import com.clinicchat.retrieval.Retrieval;

import java.time.Instant;
import java.util.List;

/**
 * Everything an answerer may use for one visitor message.
 *
 * @param question   the visitor's message as typed
 * @param history    earlier turns of the conversation, oldest first, without this message
 * @param retrieval  the passages found for it (for a follow-up, found with the question that set the topic)
 * @param receivedAt when the message arrived: time limits count from here
 */
public record AnswerRequest(String question, List<Turn> history, Retrieval retrieval, Instant receivedAt) {

    public AnswerRequest {
        history = List.copyOf(history);
    }
}
