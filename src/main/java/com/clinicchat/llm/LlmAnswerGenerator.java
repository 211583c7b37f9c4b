package com.clinicchat.llm;

import com.clinicchat.answering.AnswerGenerator;
import com.clinicchat.answering.Citation;
import com.clinicchat.answering.GeneratedAnswer;
import com.clinicchat.answering.OfflineAnswerGenerator;
import com.clinicchat.llm.GroundingCheck.CitedSentence;
import com.clinicchat.retrieval.LuceneContentRetriever;
import com.clinicchat.retrieval.Retrieval;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.AugmentationResult;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Answers through an LLM, streaming sentence by sentence, and only what it can show: each sentence is released
 * once it has passed the grounding check against the passages it cites. A reply with an unsupported sentence, a
 * leak of the system prompt, "NOT COVERED", a provider error or a timeout is replaced by the offline answer.
 */
public class LlmAnswerGenerator implements AnswerGenerator {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerGenerator.class);
    private static final String NOT_COVERED = "NOT COVERED";

    private final StreamingChatModel model;
    private final RetrievalAugmentor augmentor;
    private final OfflineAnswerGenerator offline;
    private final GroundingCheck grounding;
    private final PromptLeakGuard leakGuard;
    private final String systemPrompt;
    private final LlmProperties properties;
    private final LlmMeters meters;

    public LlmAnswerGenerator(StreamingChatModel model, RetrievalAugmentor augmentor, OfflineAnswerGenerator offline,
                              GroundingCheck grounding, String systemPrompt, LlmProperties properties,
                              LlmMeters meters) {
        this.model = model;
        this.augmentor = augmentor;
        this.offline = offline;
        this.grounding = grounding;
        this.systemPrompt = systemPrompt;
        this.leakGuard = new PromptLeakGuard(systemPrompt);
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public GeneratedAnswer answer(String question, Retrieval retrieval, Consumer<String> onDelta) {
        UserMessage query = UserMessage.from(retrieval.query());
        AugmentationResult augmented = augmentor.augment(new AugmentationRequest(query, Metadata.from(query, null, List.of())));
        List<Content> contents = augmented.contents();
        if (contents.isEmpty()) {
            return fallback("no passages", question, retrieval, onDelta);
        }
        List<String> passages = contents.stream().map(content -> content.textSegment().text()).toList();
        Stream stream = new Stream(passages, onDelta);
        model.chat(List.of(SystemMessage.from(systemPrompt), augmented.chatMessage()), stream);
        String failure;
        try {
            failure = stream.firstToken.await(properties.firstTokenTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    ? stream.done.get(properties.totalTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    : "no first token within " + properties.firstTokenTimeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (java.util.concurrent.TimeoutException e) {
            failure = "reply not finished within " + properties.totalTimeout();
        } catch (java.util.concurrent.ExecutionException e) {
            failure = e.getCause().toString();
        }
        if (failure == null) {
            return new GeneratedAnswer(String.join(" ", stream.released), citations(contents, stream.cited));
        }
        boolean streamedAlready = stream.abandon();
        // text already shown is replaced by the final message, so the offline answer is not streamed a second time
        return fallback(failure, question, retrieval, streamedAlready ? delta -> { } : onDelta);
    }

    private GeneratedAnswer fallback(String why, String question, Retrieval retrieval, Consumer<String> onDelta) {
        log.warn("LLM answer replaced by the offline answer: {}", why);
        meters.fallback(why);
        return offline.answer(question, retrieval, onDelta);
    }

    private static List<Citation> citations(List<Content> contents, Set<Integer> cited) {
        return cited.stream()
                .map(number -> contents.get(number - 1).textSegment().metadata())
                .map(meta -> new Citation(meta.getString(LuceneContentRetriever.TITLE),
                        meta.getString(LuceneContentRetriever.SECTION), meta.getString(LuceneContentRetriever.URL)))
                .distinct()
                .toList();
    }

    /**
     * Collects tokens into sentences and releases each sentence that passes the checks. {@code done} completes
     * with null when every sentence passed, or with the reason the reply must be replaced.
     */
    private final class Stream implements StreamingChatResponseHandler {

        final CountDownLatch firstToken = new CountDownLatch(1);
        final CompletableFuture<String> done = new CompletableFuture<>();
        final List<String> released = new ArrayList<>();
        final Set<Integer> cited = new LinkedHashSet<>();
        private final List<String> passages;
        private final Consumer<String> onDelta;
        private final StringBuilder pending = new StringBuilder();
        private final StringBuilder whole = new StringBuilder();

        Stream(List<String> passages, Consumer<String> onDelta) {
            this.passages = passages;
            this.onDelta = onDelta;
        }

        @Override
        public synchronized void onPartialResponse(String token) {
            firstToken.countDown();
            if (done.isDone()) {
                return;
            }
            pending.append(token);
            whole.append(token);
            String sentence;
            while ((sentence = nextSentence()) != null) {
                if (!release(sentence)) {
                    return;
                }
            }
        }

        @Override
        public synchronized void onCompleteResponse(ChatResponse response) {
            firstToken.countDown();
            if (done.isDone()) {
                return;
            }
            String rest = pending.toString().strip();
            if (!rest.isEmpty() && !release(rest)) {
                return;
            }
            done.complete(released.isEmpty() ? "empty reply" : null);
        }

        @Override
        public synchronized void onError(Throwable error) {
            firstToken.countDown();
            done.complete("provider error: " + error);
        }

        /** Stops releasing text (late tokens are ignored); tells whether any was released. */
        synchronized boolean abandon() {
            done.complete("abandoned");
            return !released.isEmpty();
        }

        /** Checks one sentence; releases it, or ends the reply with the reason. */
        private boolean release(String raw) {
            if (whole.indexOf(NOT_COVERED) >= 0) {
                done.complete("model said the passages do not cover it");
                return false;
            }
            if (leakGuard.leaks(whole.toString())) {
                done.complete("reply quotes the system prompt");
                return false;
            }
            CitedSentence sentence = CitedSentence.parse(raw);
            if (!grounding.supported(sentence, passages)) {
                done.complete("unsupported sentence");
                return false;
            }
            released.add(sentence.text());
            cited.addAll(sentence.cited());
            onDelta.accept((released.size() > 1 ? " " : "") + sentence.text());
            return true;
        }

        /** Takes a complete sentence (with its trailing citations) off the front of {@code pending}, if there is one. */
        private String nextSentence() {
            java.util.regex.Matcher end = SENTENCE_END.matcher(pending);
            if (!end.find()) {
                return null;
            }
            String sentence = pending.substring(0, end.end()).strip();
            pending.delete(0, end.end());
            return sentence;
        }
    }

    /** A sentence ends at . ! or ? plus any citation markers, followed by white space. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?](?:\\s*\\[\\d{1,2}])*(?=\\s)");
}
