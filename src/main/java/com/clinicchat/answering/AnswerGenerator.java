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

    /**
     * The same with the whole request (the conversation, when the message arrived), for answerers that use it;
     * the pipeline calls this one.
     */
    default GeneratedAnswer answer(AnswerRequest request, Consumer<String> onDelta) {
        return answer(request.question(), request.retrieval(), onDelta);
    }
}
