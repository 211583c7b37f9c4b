package com.clinicchat.chat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load client, not a test of correctness alone: {@value #VISITORS} visitors at once, each on its own socket, ask
 * {@value #QUESTIONS_EACH} questions one after the other; it reports the time from sending a question to the bot's
 * final reply (p50/p95/p99/max), throughput and heap after the run. Tagged "benchmark": never run by CI. Run with
 * {@code ./mvnw test -Dtests.excluded=none -Dtest=ChatLoadRunner}; results in target/benchmarks/chat-load.json.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.chat.ip-rate-limit=1000000", "clinicchat.chat.connection-rate-limit=1000"})
class ChatLoadRunner {

    static final int VISITORS = 50;
    static final int QUESTIONS_EACH = 10;
    static final List<String> QUESTIONS = List.of(
            "How does magnesium help blood pressure?", "What are the side effects of a magnesium drip?",
            "Is IV magnesium used for athletes?", "Why is IV magnesium absorbed better than pills?",
            "What does magnesium do for muscle cramps?", "Does magnesium help with stress?",
            "How much does a drip cost?", "hello", "Who should be careful with magnesium drips?",
            "Does magnesium help lactic acid clearance?");

    @LocalServerPort
    int port;

    @Test
    void manyVisitorsAtOnce() throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService visitors = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int v = 0; v < VISITORS; v++) {
                int visitor = v;
                done.add(visitors.submit(() -> {
                    ChatClient client = ChatClient.connect(port);
                    client.start();
                    for (int q = 0; q < QUESTIONS_EACH; q++) {
                        long sent = System.nanoTime();
                        client.say("v" + visitor + "-" + q, QUESTIONS.get((visitor + q) % QUESTIONS.size()));
                        client.untilBotMessage();
                        millis.add((System.nanoTime() - sent) / 1e6);
                    }
                    client.close();
                    return null;
                }));
            }
            for (Future<?> visitor : done) {
                visitor.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);

        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("visitors", VISITORS);
        report.put("questions", sorted.size());
        report.put("seconds", round(seconds));
        report.put("questionsPerSecond", round(sorted.size() / seconds));
        report.put("p50Ms", round(percentile(sorted, 0.50)));
        report.put("p95Ms", round(percentile(sorted, 0.95)));
        report.put("p99Ms", round(percentile(sorted, 0.99)));
        report.put("maxMs", round(sorted.getLast()));
        report.put("heapUsedAfterGcMb", heapMb);
        report.put("processors", Runtime.getRuntime().availableProcessors());
        report.put("java", System.getProperty("java.vm.version"));
        Files.createDirectories(Path.of("target/benchmarks"));
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValue(Path.of("target/benchmarks/chat-load.json").toFile(), report);
        System.out.println("chat load: " + report);

        assertThat(sorted).hasSize(VISITORS * QUESTIONS_EACH); // every question got its reply
    }

    private static double percentile(List<Double> sorted, double quantile) {
        return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
