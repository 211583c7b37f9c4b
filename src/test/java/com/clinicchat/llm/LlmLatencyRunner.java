package com.clinicchat.llm;

import com.clinicchat.answering.Assistant;
import com.clinicchat.llm.FakeOpenAiServer.Script;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures, with the default time limits, what a provider costs a visitor: a provider that never answers (first
 * message, then later ones while the circuit is open), and a healthy streaming one (time to the first text shown
 * and to the whole reply). Tagged "benchmark": never run by CI. Run with
 * {@code ./mvnw test -Dtests.excluded=none -Dtest=LlmLatencyRunner}; figures in target/benchmarks/llm-latency.txt.
 */
@Tag("benchmark")
@SpringBootTest
class LlmLatencyRunner {

    static final FakeOpenAiServer MODEL = LlmAnswerGeneratorTest.start();
    static final String QUESTION = "How does magnesium help with high blood pressure?";
    static final int LATER_MESSAGES = 20;

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("clinicchat.llm.provider", () -> "openai");
        registry.add("clinicchat.llm.base-url", MODEL::baseUrl);
    }

    @Autowired
    Assistant assistant;

    @Autowired
    ProviderWarmUp warmUp;

    @Test
    void measure() throws Exception {
        warmUp.done().join();
        List<String> report = new ArrayList<>();
        // a healthy provider first, streaming GPT-style tokens
        MODEL.play(Script.tokens("This relaxation reduces strain on the heart and can help lower high blood pressure "
                + "[@This relaxation reduces]. Magnesium acts as a natural calcium channel blocker, relaxing blood "
                + "vessels [@natural calcium]."));
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            AtomicLong firstText = new AtomicLong();
            assistant.reply(QUESTION, List.of(), delta -> firstText.compareAndSet(0, System.nanoTime()));
            report.add(String.format("healthy provider, message %d: first text %.0f ms, whole reply %.0f ms", i + 1,
                    (firstText.get() - start) / 1e6, (System.nanoTime() - start) / 1e6));
        }
        MODEL.play(Script.hanging());
        long start = System.nanoTime();
        assistant.reply(QUESTION, List.of());
        report.add(String.format("provider that never answers, first message: %.0f ms", (System.nanoTime() - start) / 1e6));
        List<Double> later = new ArrayList<>();
        for (int i = 0; i < LATER_MESSAGES; i++) {
            long each = System.nanoTime();
            assistant.reply(QUESTION, List.of());
            later.add((System.nanoTime() - each) / 1e6);
        }
        later.sort(Double::compare);
        report.add(String.format("provider that never answers, %d later messages: median %.0f ms, max %.0f ms",
                LATER_MESSAGES, later.get(later.size() / 2), later.getLast()));
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
        report.forEach(System.out::println);
        Path out = Path.of("target/benchmarks/llm-latency.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }
}
