package com.clinicchat.knowledge;

import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The watcher re-indexes on its own when files in the folder change: nobody calls {@code reload()} here. */
class KnowledgeWatcherTest {

    private static final Duration SETTLE = Duration.ofMillis(200);
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String ARTICLE = """
            ---
            title: "Vitamin B12 Shots"
            url: /blog/vitamin-b12-shots
            ---

            # Vitamin B12 Shots

            A vitamin B12 injection takes less than a minute and is given in the upper arm.
            """;

    @TempDir
    Path folder;

    private KnowledgeWatcher watcher;

    @AfterEach
    void stopWatching() {
        if (watcher != null) {
            watcher.stop();
        }
    }

    @Test
    void aNewFileBecomesAnswerableWithoutAReloadCall() throws IOException {
        Files.copy(Path.of("knowledge/magnesium-iv-benefits.md"), folder.resolve("magnesium-iv-benefits.md"));
        RetrieverFixture fixture = new RetrieverFixture(folder);
        watcher = new KnowledgeWatcher(fixture.knowledge, new KnowledgeProperties(folder, true, SETTLE));
        watcher.start();
        String question = "How long does a vitamin B12 injection take?";
        assertThat(topSection(fixture.retriever.retrieve(question))).isNotEqualTo("vitamin-b12-shots#vitamin-b12-shots");

        Files.writeString(folder.resolve("vitamin-b12-shots.md"), ARTICLE);

        awaitUntil(() -> topSection(fixture.retriever.retrieve(question)).equals("vitamin-b12-shots#vitamin-b12-shots"));
        assertThat(fixture.retriever.retrieve(question).covered()).isTrue();
    }

    @Test
    void deletionsAndBrokenFilesArePickedUpToo() throws IOException {
        List<KnowledgeSnapshot> loads = new CopyOnWriteArrayList<>();
        KnowledgeBase knowledge = knowledgeBase(loads);
        Files.writeString(folder.resolve("vitamin-b12-shots.md"), ARTICLE);
        watcher = new KnowledgeWatcher(knowledge, new KnowledgeProperties(folder, true, SETTLE));
        watcher.start();
        assertThat(knowledge.current().articles()).hasSize(1);

        Files.delete(folder.resolve("vitamin-b12-shots.md"));
        awaitUntil(() -> knowledge.current().articles().isEmpty());

        Files.writeString(folder.resolve("broken.md"), "no front matter here\n");
        awaitUntil(() -> knowledge.current().failures().containsKey("broken.md"));
    }

    @Test
    void aBurstOfSavesIsReadInFewReloads() throws Exception {
        List<KnowledgeSnapshot> loads = new CopyOnWriteArrayList<>();
        KnowledgeBase knowledge = knowledgeBase(loads);
        watcher = new KnowledgeWatcher(knowledge, new KnowledgeProperties(folder, true, SETTLE));
        watcher.start();
        loads.clear(); // forget the load at start-up

        for (int i = 1; i <= 5; i++) {
            Files.writeString(folder.resolve("article-" + i + ".md"), ARTICLE.replace("/blog/vitamin", "/blog/" + i));
            Thread.sleep(SETTLE.dividedBy(4)); // an editor saving several files: gaps shorter than the settle delay
        }

        awaitUntil(() -> knowledge.current().articles().size() == 5);
        // without coalescing every save would be its own reload; with it the burst is usually read once
        assertThat(loads).hasSizeLessThan(5);
    }

    @Test
    void afterStopChangesAreNoLongerRead() throws Exception {
        KnowledgeBase knowledge = knowledgeBase(new CopyOnWriteArrayList<>());
        watcher = new KnowledgeWatcher(knowledge, new KnowledgeProperties(folder, true, SETTLE));
        watcher.start();
        watcher.stop();
        assertThat(watcher.isRunning()).isFalse();

        Files.writeString(folder.resolve("vitamin-b12-shots.md"), ARTICLE);
        Thread.sleep(SETTLE.multipliedBy(5));

        assertThat(knowledge.current().articles()).isEmpty();
    }

    private KnowledgeBase knowledgeBase(List<KnowledgeSnapshot> loads) {
        return new KnowledgeBase(new KnowledgeProperties(folder, true, SETTLE), event -> {
            if (event instanceof KnowledgeChanged changed) {
                loads.add(changed.snapshot());
            }
        });
    }

    private static String topSection(Retrieval retrieval) {
        return retrieval.sections().isEmpty() ? "" : retrieval.sections().getFirst().id();
    }

    /** Awaitility is not on the classpath; a plain poll with a deadline is all these tests need. */
    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition not met within " + DEADLINE);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting");
            }
        }
    }
}
