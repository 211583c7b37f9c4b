package com.clinicchat.knowledge;

import com.clinicchat.answering.AssistantFixture;
import com.clinicchat.answering.AssistantReply;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.evaluation.EvaluationReport;
import com.clinicchat.evaluation.Evaluator;
import com.clinicchat.evaluation.LabelledSets;
import com.clinicchat.retrieval.RetrieverFixture;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinic adds articles on other therapies while the service runs: questions about them are answered from them,
 * with their own citations, after the folder watcher picks them up — no restart, no code change, no retraining.
 * The two articles and their labelled questions were written for this test, never for training.
 */
class AddedArticlesTest {

    private static final List<String> EXTRA = List.of("vitamin-c-iv-therapy.md", "nad-plus-iv-therapy.md");

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
    void questionsAboutArticlesAddedAtRunTimeAreAnsweredFromThem() throws Exception {
        Files.copy(Path.of("knowledge/magnesium-iv-benefits.md"), folder.resolve("magnesium-iv-benefits.md"));
        Files.copy(Path.of("knowledge/synonyms.txt"), folder.resolve("synonyms.txt"));
        RetrieverFixture retrieval = new RetrieverFixture(folder);
        AssistantFixture pipeline = new AssistantFixture(retrieval, List.of());
        watcher = new KnowledgeWatcher(retrieval.knowledge, new KnowledgeProperties(folder, true, Duration.ofMillis(200)));
        watcher.start();

        List<LabelledTurn> questions = LabelledSets.otherArticles();
        List<LabelledTurn> answerable = questions.stream().filter(q -> q.primaryRoute() == Route.ANSWER).toList();
        long answeredBefore = answerable.stream()
                .filter(q -> pipeline.assistant.reply(q.question(), List.of()).route() == Route.ANSWER).count();
        System.out.printf("answered before the articles existed: %d of %d%n", answeredBefore, answerable.size());

        for (String article : EXTRA) {
            try (InputStream in = getClass().getResourceAsStream("/knowledge-extra/" + article)) {
                Files.write(folder.resolve(article), in.readAllBytes());
            }
        }
        awaitArticles(retrieval, 3);

        EvaluationReport report = new Evaluator(pipeline.assistant).evaluate("other-articles", questions, List.of());
        System.out.println(report.toText());
        report.misses().forEach(miss -> System.out.println("  miss " + miss));

        // before the articles exist these questions are about therapies no article describes: the coverage model
        // alone answered 22 of 42 from the magnesium article (round 11); the foreign-subject check leaves 4, all
        // about "nad" where no subject word follows it ("is nad safe for people with cancer"; docs/evaluation.md);
        // the coverage threshold chosen by expected cost after round 13 (0.7 -> 0.625) answers one more, and the
        // coverage model retrained with round 17's writers (xo, xp) one more again, still all "nad" questions
        assertThat(answeredBefore).as("answered before the articles existed").isLessThanOrEqualTo(6);
        assertThat(report.routeAccuracy().rate()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.perRoute().get("answer").recall().rate()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.phraseHitRate().rate()).isGreaterThanOrEqualTo(0.5);
        assertThat(report.emergencyRecall().rate()).isEqualTo(1.0);
        assertThat(report.unsafeRefusals()).isZero();
        AssistantReply vitaminC = pipeline.assistant.reply("what is a vitamin C drip good for?", List.of());
        assertThat(vitaminC.route()).isEqualTo(Route.ANSWER);
        assertThat(vitaminC.citations().getFirst().url()).startsWith("/blog/vitamin-c-iv-therapy#");
    }

    private static void awaitArticles(RetrieverFixture retrieval, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (retrieval.retriever.stats().documents() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(retrieval.retriever.stats().documents()).isEqualTo(count);
    }
}
