package com.clinicchat.llm;

import com.clinicchat.answering.AnswerGenerator;
import com.clinicchat.answering.AnswerRequest;
import com.clinicchat.answering.GeneratedAnswer;
import com.clinicchat.answering.OfflineAnswerGenerator;
import com.clinicchat.llm.NumberedPassages.Passage;
import com.clinicchat.llm.ReplyStream.End;
import com.clinicchat.llm.grounding.GroundingVerifier;
import com.clinicchat.retrieval.Retrieval;
import dev.langchain4j.model.chat.StreamingChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Answers through an LLM, streaming what it can show: each sentence is released only once the grounding verifier
 * has found it in the passages, unsupported sentences are left out, and the offline answer stands in whenever
 * nothing that answers could be shown (provider down, skipped by the circuit breaker, too slow, "NOT COVERED", a
 * quoted system prompt, nothing verifiable). A sentence of personal advice turns the reply into a hand-over to staff.
 * Time limits count from the visitor's message: the first token, the gap between tokens, and the whole reply.
 */
public class LlmAnswerGenerator implements AnswerGenerator {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerGenerator.class);

    private final StreamingChatModel model;
    private final OfflineAnswerGenerator offline;
    private final GroundingVerifier verifier;
    private final AnswerPrompt prompt;
    private final PromptLeakGuard leakGuard;
    private final ProviderBreaker breaker;
    private final LlmProperties properties;
    private final Clock clock;
    private final LlmMeters meters;

    LlmAnswerGenerator(StreamingChatModel model, OfflineAnswerGenerator offline, GroundingVerifier verifier,
                       AnswerPrompt prompt, ProviderBreaker breaker, LlmProperties properties, Clock clock,
                       LlmMeters meters) {
        this.model = model;
        this.offline = offline;
        this.verifier = verifier;
        this.prompt = prompt;
        this.leakGuard = new PromptLeakGuard(prompt.systemPrompt());
        this.breaker = breaker;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public GeneratedAnswer answer(String question, Retrieval retrieval, Consumer<String> onDelta) {
        return answer(new AnswerRequest(question, List.of(), retrieval, clock.instant()), onDelta);
    }

    @Override
    public GeneratedAnswer answer(AnswerRequest request, Consumer<String> onDelta) {
        // the caution list goes with a safety question, a follow-up's included ("is that safe?" after "what is it for?")
        List<Passage> passages = NumberedPassages.from(request.retrieval(),
                request.question() + " " + request.retrieval().query());
        if (passages.isEmpty()) {
            return fallback("no passages", request, onDelta);
        }
        if (!breaker.tryCall()) {
            return fallback("provider skipped while its circuit is open", request, onDelta);
        }
        ReplyStream stream = new ReplyStream(passages, verifier, leakGuard, onDelta);
        long callStart = System.nanoTime();
        String failure;
        boolean timedOut = false;
        try {
            model.chat(prompt.request(request, passages), stream);
            failure = await(stream, request.receivedAt());
            timedOut = failure != null && stream.end() == End.RUNNING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stream.abandon();
            breaker.released(); // abandoned by us (the route was raised meanwhile): nothing learnt about the provider
            return stream.answered() ? new GeneratedAnswer(stream.shownText(), stream.citations())
                    : offline.answer(request.question(), request.retrieval(), delta -> { });
        } catch (RuntimeException e) {
            failure = "provider error: " + e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - callStart);
        if (failure != null) {
            stream.abandon();
            if (timedOut) {
                breaker.timedOut(took, failure);
            } else {
                breaker.failed(took, failure);
            }
        } else {
            breaker.succeeded(took);
        }
        End end = stream.end();
        if (end == End.HAND_OVER) {
            return GeneratedAnswer.handOver(stream.shownText(), stream.citations());
        }
        if (stream.answered()) {
            if (failure != null || stream.dropped() > 0) {
                log.info("LLM answer kept without what could not be shown ({} sentences withheld{})", stream.dropped(),
                        failure == null ? "" : "; " + failure);
            }
            return new GeneratedAnswer(stream.shownText(), stream.citations());
        }
        return fallback(failure != null ? failure : switch (end) {
            case NOT_COVERED -> "model said the passages do not cover it";
            case PROMPT_LEAK -> "reply quotes the system prompt";
            case PROVIDER_ERROR -> "provider error: " + stream.error();
            default -> "no sentence that answers passed the grounding check";
        }, request, onDelta);
    }

    /** Waits for the reply within the time limits; the reason it failed, or null when it ended by itself in time. */
    private String await(ReplyStream stream, Instant receivedAt) throws InterruptedException {
        Instant firstTokenBy = receivedAt.plus(properties.firstTokenTimeout());
        Instant doneBy = receivedAt.plus(properties.totalTimeout());
        long gapNanos = properties.tokenGapTimeout().toNanos();
        while (stream.end() == End.RUNNING) {
            Instant now = clock.instant();
            boolean started = stream.gotFirstToken();
            if (!started && !now.isBefore(firstTokenBy)) {
                return "no first token within " + properties.firstTokenTimeout() + " of the message";
            }
            if (started && stream.silenceNanos() >= gapNanos) {
                return "no token for " + properties.tokenGapTimeout();
            }
            if (!now.isBefore(doneBy)) {
                return "reply not finished within " + properties.totalTimeout() + " of the message";
            }
            long untilNextCheck = started ? gapNanos - stream.silenceNanos() : Duration.between(now, firstTokenBy).toNanos();
            stream.awaitChange(Math.min(untilNextCheck, Duration.between(now, doneBy).toNanos()));
        }
        return stream.end() == End.PROVIDER_ERROR ? "provider error: " + stream.error() : null;
    }

    private GeneratedAnswer fallback(String why, AnswerRequest request, Consumer<String> onDelta) {
        log.warn("LLM answer replaced by the offline answer: {}", why);
        meters.fallback(why);
        return offline.answer(request.question(), request.retrieval(), onDelta);
    }
}
