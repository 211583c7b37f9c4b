package com.clinicchat.answering;

import com.clinicchat.retrieval.Retrieval;

import java.util.function.Consumer;

/**
 * Writes the answer to a question that triage found covered by the articles. The seam between the offline answerer
 * (the default) and an LLM: both receive the same retrieval and must stay within it.
 */
public interface AnswerGenerator {

    /**
     * @param question  the visitor's question as typed
     * @param retrieval the passages found for it (covered)
     * @param onDelta   receives text as it becomes final, for streaming; the returned answer is authoritative
     *                  and may differ from the deltas if a later check replaced them
     */
    GeneratedAnswer answer(String question, Retrieval retrieval, Consumer<String> onDelta);
}
