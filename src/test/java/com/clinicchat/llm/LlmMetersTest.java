package com.clinicchat.llm;

import com.clinicchat.answering.Assistant;
import com.clinicchat.llm.FakeOpenAiServer.Script;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** LLM provider errors and fallbacks to the offline answer are counted, against a local OpenAI-protocol server. */
@SpringBootTest
class LlmMetersTest {

    static final FakeOpenAiServer MODEL = start();
    static final String QUESTION = LlmAnswerGeneratorTest.QUESTION;

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("clinicchat.llm.provider", () -> "openai");
        registry.add("clinicchat.llm.base-url", MODEL::baseUrl);
        registry.add("clinicchat.llm.api-key", () -> "test-key");
        registry.add("clinicchat.llm.first-token-timeout", () -> "20s"); // no timeouts here, however busy the machine
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    private static FakeOpenAiServer start() {
        try {
            return new FakeOpenAiServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    Assistant assistant;
    @Autowired
    MeterRegistry registry;

    double count(String name, String tag, String value) {
        return registry.find(name).tag(tag, value).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    double count(String name) {
        return registry.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void aProviderErrorIsCountedAsAnErrorAndAFallback() {
        double errors = count("clinicchat.llm.errors");
        double fallbacks = count("clinicchat.llm.fallbacks", "reason", "provider_error");
        MODEL.play(Script.streaming("unused").failing(500));

        assistant.reply(QUESTION, List.of());

        // the answer's call and the triage opinion's call both failed at the provider
        assertThat(count("clinicchat.llm.errors")).isEqualTo(errors + 2);
        assertThat(count("clinicchat.llm.fallbacks", "reason", "provider_error")).isEqualTo(fallbacks + 1);
    }

    @Test
    void anUngroundedAnswerIsAFallbackButNoProviderError() {
        double errors = count("clinicchat.llm.errors");
        double fallbacks = count("clinicchat.llm.fallbacks");
        // an unsupported sentence beside a supported one is only dropped; a reply with nothing verifiable falls back
        MODEL.play(Script.streaming("A weekly drip cures hypertension for good in most patients [@natural calcium]."));

        assistant.reply(QUESTION, List.of());

        assertThat(count("clinicchat.llm.fallbacks")).isEqualTo(fallbacks + 1);
        assertThat(count("clinicchat.llm.errors")).isEqualTo(errors);
    }

    @Test
    void reasonsAreAFewStableWords() {
        assertThat(LlmMeters.reason("no first token within PT10S")).isEqualTo("timeout");
        assertThat(LlmMeters.reason("reply not finished within PT1M")).isEqualTo("timeout");
        assertThat(LlmMeters.reason("provider error: dev.langchain4j.exception.HttpException: 500"))
                .isEqualTo("provider_error");
        assertThat(LlmMeters.reason("reply quotes the system prompt")).isEqualTo("prompt_leak");
        assertThat(LlmMeters.reason("model said the passages do not cover it")).isEqualTo("not_covered");
        assertThat(LlmMeters.reason("empty reply")).isEqualTo("other");
    }
}
