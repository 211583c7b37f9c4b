package com.clinicchat.answering;

import java.util.List;

/**
 * The text of an answer and the sources it was drawn from.
 *
 * @param handOver whether the answerer found that the question needs staff after all (a model began to advise the
 *                 visitor personally): {@code text} then holds only what was already shown, possibly nothing, and
 *                 the pipeline hands the conversation over instead of answering
 */
public record GeneratedAnswer(String text, List<Citation> citations, boolean handOver) {

    public GeneratedAnswer {
        citations = List.copyOf(citations);
    }

    public GeneratedAnswer(String text, List<Citation> citations) {
        this(text, citations, false);
    }

    public static GeneratedAnswer handOver(String alreadyShown, List<Citation> citations) {
        return new GeneratedAnswer(alreadyShown, citations, true);
    }
}
