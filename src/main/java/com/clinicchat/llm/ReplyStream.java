package com.clinicchat.llm;

import com.clinicchat.answering.Citation;
import com.clinicchat.llm.NumberedPassages.Passage;
import com.clinicchat.llm.grounding.CitedSentence;
import com.clinicchat.llm.grounding.GroundingVerifier;
import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One streamed reply: tokens are cut into sentences, each sentence is judged before anyone sees it, and only
 * released sentences are passed on. Nothing is shown until a released sentence answers the question (it rests on
 * one of the passages retrieval ranked highest), so that a reply which turns out not to answer can still be
 * replaced by the offline answer without withdrawing anything; after that, unsupported sentences are simply left
 * out. A sentence advising the visitor personally ends the reply: it becomes a hand-over to staff.
 */
final class ReplyStream implements StreamingChatResponseHandler {

    private static final Logger log = LoggerFactory.getLogger(ReplyStream.class);
    private static final String NOT_COVERED = "NOT COVERED";
    /** Passages retrieval ranked this high or better answer the question by themselves. */
    static final int ANSWERING_RANKS = 3;

    /** How the stream ended, if it has. */
    enum End { RUNNING, COMPLETED, PROVIDER_ERROR, NOT_COVERED, PROMPT_LEAK, HAND_OVER, ABANDONED }

    private record Released(CitedSentence sentence, Set<Integer> citations) {
    }

    private final List<Passage> passages;
    private final List<String> passageTexts;
    private final GroundingVerifier verifier;
    private final PromptLeakGuard leakGuard;
    private final Consumer<String> onDelta;
    private final ReplySplitter splitter = new ReplySplitter();
    private final StringBuilder whole = new StringBuilder();
    private final List<Released> held = new ArrayList<>();
    private final List<Released> shown = new ArrayList<>();
    private final StringBuilder shownText = new StringBuilder();
    private final long startNanos;
    private End end = End.RUNNING;
    private String error = "";
    private long firstTokenNanos = -1;
    private long lastTokenNanos = -1;
    private boolean answered;
    private int dropped;
    private StreamingHandle handle;

    ReplyStream(List<Passage> passages, GroundingVerifier verifier, PromptLeakGuard leakGuard, Consumer<String> onDelta) {
        this.passages = passages;
        this.passageTexts = passages.stream().map(Passage::text).toList();
        this.verifier = verifier;
        this.leakGuard = leakGuard;
        this.onDelta = onDelta;
        this.startNanos = System.nanoTime();
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        synchronized (this) {
            handle = context.streamingHandle();
            if (end != End.RUNNING) {
                handle.cancel();
                return;
            }
            token(partial.text());
        }
    }

    @Override
    public synchronized void onPartialResponse(String token) {
        if (end == End.RUNNING) {
            token(token);
        }
    }

    private void token(String token) {
        long now = System.nanoTime();
        if (firstTokenNanos < 0) {
            firstTokenNanos = now;
        }
        lastTokenNanos = now;
        whole.append(token);
        for (String sentence : splitter.add(token)) {
            if (!consider(sentence)) {
                break;
            }
        }
        notifyAll();
    }

    @Override
    public synchronized void onCompleteResponse(ChatResponse response) {
        if (end != End.RUNNING) {
            return;
        }
        if (firstTokenNanos < 0) {
            firstTokenNanos = System.nanoTime();
        }
        for (String sentence : splitter.finish()) {
            if (!consider(sentence)) {
                break;
            }
        }
        if (end == End.RUNNING) {
            if (!answered && !held.isEmpty() && held.size() >= 2) {
                answered = true; // several verified sentences, none from the best passages: still an answer
                held.forEach(this::show);
                held.clear();
            }
            end = End.COMPLETED;
        }
        notifyAll();
    }

    @Override
    public synchronized void onError(Throwable failure) {
        if (end == End.RUNNING) {
            end = End.PROVIDER_ERROR;
            error = failure.toString();
        }
        notifyAll();
    }

    /** Judges one sentence; false when the reply must end here. */
    private boolean consider(String raw) {
        if (whole.indexOf(NOT_COVERED) >= 0) {
            end = End.NOT_COVERED;
            return false;
        }
        if (leakGuard.leaks(whole.toString())) {
            end = End.PROMPT_LEAK;
            return false;
        }
        CitedSentence sentence = CitedSentence.parse(raw);
        if (sentence.text().isEmpty()) {
            return true;
        }
        Verdict verdict = verifier.verify(sentence, passageTexts);
        if (verdict.outcome() == Outcome.ESCALATE) {
            log.info("LLM reply advises the visitor personally; handing over to staff");
            end = End.HAND_OVER;
            return false;
        }
        if (verdict.outcome() == Outcome.DROP) {
            dropped++;
            // the reason quotes words of the reply, which may echo the visitor's health: debug only
            log.debug("LLM sentence withheld: {}", verdict.reason());
            return true;
        }
        Released released = new Released(sentence, verdict.citations());
        if (answered) {
            show(released);
        } else {
            held.add(released);
            if (verdict.citations().stream().anyMatch(n -> passages.get(n - 1).rank() < ANSWERING_RANKS)) {
                answered = true;
                held.forEach(this::show);
                held.clear();
            }
        }
        return true;
    }

    private void show(Released released) {
        CitedSentence sentence = released.sentence();
        String text = sentence.listItem() ? "- " + sentence.text() : sentence.text();
        String separator;
        if (shown.isEmpty()) {
            separator = "";
        } else {
            CitedSentence previous = shown.getLast().sentence();
            separator = sentence.listItem() || previous.listItem() || previous.introducesList() ? "\n" : " ";
        }
        shown.add(released);
        shownText.append(separator).append(text);
        onDelta.accept(separator + text);
    }

    /** Stops the reply where it is (a time limit passed, or it is no longer wanted); late tokens are ignored. */
    synchronized void abandon() {
        if (end == End.RUNNING) {
            end = End.ABANDONED;
        }
        if (handle != null) {
            handle.cancel();
        }
        notifyAll();
    }

    /** Waits until something happens to the stream, or for at most {@code nanos}. */
    synchronized void awaitChange(long nanos) throws InterruptedException {
        if (end == End.RUNNING && nanos > 0) {
            long millis = Math.max(1, nanos / 1_000_000);
            wait(millis);
        }
    }

    synchronized End end() {
        return end;
    }

    synchronized String error() {
        return error;
    }

    synchronized boolean gotFirstToken() {
        return firstTokenNanos >= 0;
    }

    /** Nanoseconds since the last token (or since the start when none came). */
    synchronized long silenceNanos() {
        return System.nanoTime() - (lastTokenNanos < 0 ? startNanos : lastTokenNanos);
    }

    synchronized boolean answered() {
        return answered;
    }

    synchronized String shownText() {
        return shownText.toString();
    }

    synchronized int dropped() {
        return dropped;
    }

    synchronized List<Citation> citations() {
        Set<Citation> citations = new LinkedHashSet<>();
        for (Released released : shown) {
            released.citations().stream().sorted().forEach(n -> citations.add(passages.get(n - 1).citation()));
        }
        return List.copyOf(citations);
    }
}
