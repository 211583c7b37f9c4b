package com.clinicchat.retrieval;

import com.clinicchat.knowledge.KnowledgeSnapshot;
import com.clinicchat.knowledge.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live changes to the knowledge folder: a copy of {@code ./knowledge} in a temporary folder is edited and reloaded,
 * and the real retriever (Lucene + ONNX) must follow every change.
 */
class KnowledgeReloadTest {

    static final String JET_LAG_QUESTION = "Can a drip help with jet lag after a long-haul flight?";
    static final String JET_LAG_SECTION = "hydration-iv-jet-lag#recovering-after-a-long-haul-flight";
    static final String JET_LAG_ARTICLE = """
            ---
            title: "Hydration IV for Jet Lag"
            url: /blog/hydration-iv-jet-lag
            summary: "How our hydration drip helps travellers recover from jet lag."
            ---

            # Hydration IV for Jet Lag

            Long-haul flights leave many travellers dehydrated, groggy and out of step with the local time zone.

            ## Recovering After a Long-Haul Flight

            Our jet lag hydration drip combines saline, B vitamins and electrolytes to rehydrate travellers after \
            a long-haul flight. Most guests book it within a day of landing; a session takes about 45 minutes.
            """;

    private static final String MAGNESIUM = "magnesium-iv-benefits#";

    @TempDir
    Path folder;

    private RetrieverFixture fixture;

    @BeforeEach
    void copyTheClinicArticles() throws IOException {
        copyKnowledgeInto(folder);
        fixture = new RetrieverFixture(folder);
    }

    @Test
    void aNewArticleIsAnsweredAndCitedAfterReload() throws IOException {
        assertThat(sectionIds(fixture.retriever.retrieve(JET_LAG_QUESTION))).doesNotContain(JET_LAG_SECTION);

        Files.writeString(folder.resolve("hydration-iv-jet-lag.md"), JET_LAG_ARTICLE);
        fixture.knowledge.reload();

        Retrieval retrieval = fixture.retriever.retrieve(JET_LAG_QUESTION);
        assertThat(retrieval.covered()).isTrue();
        assertThat(retrieval.sections().getFirst().id()).isEqualTo(JET_LAG_SECTION);
        assertThat(retrieval.sections().getFirst().url()).isEqualTo("/blog/hydration-iv-jet-lag#recovering-after-a-long-haul-flight");
        assertThat(fixture.retriever.stats().documents()).isEqualTo(2);
    }

    @Test
    void editingAnArticleChangesWhatIsFound() throws IOException {
        Path file = folder.resolve("hydration-iv-jet-lag.md");
        Files.writeString(file, JET_LAG_ARTICLE);
        fixture.knowledge.reload();
        String altitudeQuestion = "Do you have an IV for altitude sickness on a ski trip?";
        Retrieval before = fixture.retriever.retrieve(altitudeQuestion);
        assertThat(before.covered()).isFalse();
        assertThat(before.sections().getFirst().articleId()).isNotEqualTo("hydration-iv-jet-lag");

        Files.writeString(file, JET_LAG_ARTICLE.substring(0, JET_LAG_ARTICLE.indexOf("## ")) + """
                ## Recovering After a Ski Trip

                Our altitude sickness drip rehydrates skiers after a day on the slopes in the mountains.
                """);
        fixture.knowledge.reload();

        Retrieval altitude = fixture.retriever.retrieve(altitudeQuestion);
        assertThat(altitude.covered()).isTrue();
        assertThat(altitude.sections().getFirst().id()).isEqualTo("hydration-iv-jet-lag#recovering-after-a-ski-trip");
        assertThat(sectionIds(fixture.retriever.retrieve(JET_LAG_QUESTION))).doesNotContain(JET_LAG_SECTION);
    }

    @Test
    void aDeletedArticleIsNoLongerCited() throws IOException {
        Path file = folder.resolve("hydration-iv-jet-lag.md");
        Files.writeString(file, JET_LAG_ARTICLE);
        fixture.knowledge.reload();
        assertThat(sectionIds(fixture.retriever.retrieve(JET_LAG_QUESTION))).contains(JET_LAG_SECTION);

        Files.delete(file);
        fixture.knowledge.reload();

        assertThat(sectionIds(fixture.retriever.retrieve(JET_LAG_QUESTION))).noneMatch(id -> id.startsWith("hydration"));
        assertThat(fixture.retriever.stats().documents()).isEqualTo(1);
    }

    @Test
    void malformedFilesAreReportedWhileTheOtherArticleKeepsAnswering() throws IOException {
        Files.writeString(folder.resolve("no-front-matter.md"), "# Vitamin C Drips\n\nHigh-dose vitamin C.\n");
        Files.writeString(folder.resolve("no-title.md"), "---\nurl: /blog/no-title\n---\n\n# Untitled\n\nText.\n");

        KnowledgeSnapshot snapshot = fixture.knowledge.reload();

        assertThat(snapshot.failures())
                .containsOnlyKeys("no-front-matter.md", "no-title.md")
                .containsEntry("no-title.md", "front matter has no 'title'");
        assertThat(snapshot.failures().get("no-front-matter.md")).startsWith("missing front matter");
        assertThat(fixture.retriever.stats().failures()).containsOnlyKeys("no-front-matter.md", "no-title.md");
        assertThat(fixture.retriever.stats().documents()).isEqualTo(1);

        Health health = new KnowledgeHealthIndicator(fixture.retriever).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("failedFiles")).isInstanceOfSatisfying(Map.class,
                failed -> assertThat(failed).containsKeys("no-front-matter.md", "no-title.md"));

        Retrieval retrieval = fixture.retriever.retrieve("Is magnesium IV safe during pregnancy?");
        assertThat(retrieval.covered()).isTrue();
        assertThat(retrieval.sections().getFirst().id()).isEqualTo(MAGNESIUM + "safety-and-considerations");
    }

    @Test
    void repairingAMalformedFileClearsItsFailure() throws IOException {
        Path file = folder.resolve("hydration-iv-jet-lag.md");
        Files.writeString(file, JET_LAG_ARTICLE.replace("title: \"Hydration IV for Jet Lag\"\n", ""));
        fixture.knowledge.reload();
        assertThat(fixture.retriever.stats().failures()).containsKey("hydration-iv-jet-lag.md");

        Files.writeString(file, JET_LAG_ARTICLE);
        fixture.knowledge.reload();

        assertThat(fixture.retriever.stats().failures()).isEmpty();
        assertThat(sectionIds(fixture.retriever.retrieve(JET_LAG_QUESTION))).contains(JET_LAG_SECTION);
    }

    /**
     * Reload swaps a fully built index in while queries run on the old one; a query must never see no index, an
     * empty result or a closed Lucene reader.
     */
    @Test
    void queriesDuringRepeatedReloadsAlwaysGetAnAnswer() throws Exception {
        String question = "Is magnesium IV safe during pregnancy?";
        String expected = MAGNESIUM + "safety-and-considerations";
        Path extra = folder.resolve("hydration-iv-jet-lag.md");
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger queries = new AtomicInteger();
        AtomicBoolean reloading = new AtomicBoolean(true);
        List<Thread> askers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            askers.add(Thread.ofPlatform().name("asker-" + i).start(() -> {
                while (reloading.get()) {
                    try {
                        Retrieval retrieval = fixture.retriever.retrieve(question);
                        queries.incrementAndGet();
                        if (!retrieval.covered() || retrieval.passages().isEmpty()
                                || !retrieval.sections().getFirst().id().equals(expected)) {
                            problems.add("bad result: covered=" + retrieval.covered() + " " + sectionIds(retrieval));
                        }
                    } catch (RuntimeException e) {
                        problems.add(e.toString());
                    }
                }
            }));
        }
        try {
            // the folder really changes between reloads, so every reload builds a different index
            for (int reload = 0; reload < 6; reload++) {
                if (reload % 2 == 0) {
                    Files.writeString(extra, JET_LAG_ARTICLE);
                } else {
                    Files.delete(extra);
                }
                fixture.knowledge.reload();
            }
        } finally {
            reloading.set(false);
            for (Thread asker : askers) {
                asker.join(Duration.ofSeconds(30));
            }
        }

        assertThat(problems).isEmpty();
        assertThat(queries.get()).as("queries answered while reloading").isGreaterThan(20);
    }

    static void copyKnowledgeInto(Path target) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    static List<String> sectionIds(Retrieval retrieval) {
        return retrieval.sections().stream().map(Section::id).toList();
    }
}
