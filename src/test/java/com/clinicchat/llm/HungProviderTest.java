package com.clinicchat.llm;

import com.clinicchat.answering.Assistant;
import com.clinicchat.answering.AssistantReply;
import com.clinicchat.answering.OfflineAnswerGenerator;
import com.clinicchat.retrieval.KnowledgeRetriever;
import com.clinicchat.llm.FakeOpenAiServer.Script;
import com.clinicchat.triage.Route;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that never answers, with the default time limits: the first message still gets the offline answer,
 * the circuit opens, later messages do not call the provider at all, and a background probe (not a visitor)
 * closes the circuit once the provider answers again. (How long each costs is measured in LlmLatencyRunner.)
 */
@SpringBootTest(properties = "clinicchat.llm.breaker-open-for=1s")
class HungProviderTest {

    static final FakeOpenAiServer MODEL = LlmAnswerGeneratorTest.start();
    static final String QUESTION = "How does magnesium help with high blood pressure?";

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("clinicchat.llm.provider", () -> "openai");
        registry.add("clinicchat.llm.base-url", MODEL::baseUrl);
    }

    @Autowired
    Assistant assistant;

    @Autowired
    ProviderBreaker breaker;

    @Autowired
    ProviderWarmUp warmUp;

    @Autowired
    OfflineAnswerGenerator offlineAnswers;

    @Autowired
    KnowledgeRetriever retriever;

    /** Calls made on a visitor's behalf (answers and opinions), not by the breaker's probe. */
    private static long visitorCalls() {
        return MODEL.requests.stream().filter(body -> !body.contains(LlmConfig.PROBE_PROMPT)).count();
    }

    @Test
    void aHungProviderIsSkippedUntilAProbeFindsItBack() throws Exception {
        warmUp.done().join();
        MODEL.play(Script.hanging());
        String offline = offlineAnswers.answer(QUESTION, retriever.retrieve(QUESTION), text -> { }).text();

        AssistantReply first = assistant.reply(QUESTION, List.of());

        assertThat(first.route()).isEqualTo(Route.ANSWER);
        assertThat(first.text()).isEqualTo(offline);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

        long callsSoFar = visitorCalls();
        AssistantReply later = assistant.reply(QUESTION, List.of());
        assertThat(later.text()).isEqualTo(offline);
        assertThat(visitorCalls()).as("calls to a skipped provider").isEqualTo(callsSoFar);

        MODEL.play(Script.tokens("This relaxation can help lower high blood pressure [@This relaxation reduces]."));
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (breaker.state() != CircuitBreaker.State.CLOSED && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(visitorCalls()).as("visitor calls while the probe decided").isZero();
        assertThat(assistant.reply(QUESTION, List.of()).text())
                .isEqualTo("This relaxation can help lower high blood pressure.");
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }
}
