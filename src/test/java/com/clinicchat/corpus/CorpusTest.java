package com.clinicchat.corpus;

import com.clinicchat.retrieval.Cosine;
import com.clinicchat.retrieval.RetrieverFixture;
import com.clinicchat.triage.Route;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The labelled corpus is what the labelling guide promises: big enough, every route in every split, sound labels. */
class CorpusTest {

    /**
     * In a fixed order (Map.of's changes from one JVM to the next), so that two runs print the same pairs in the same
     * order. A pair a worktree's run did not print failed a clean clone's build at 0.956 in round 28; the cause was not
     * found (langchain4j 1.19 embeds each message on its own, so the order alone should not move a cosine).
     */
    private static final Map<Split, List<WriterCorpus>> SPLITS = new EnumMap<>(Map.of(
            Split.TRAIN, CorpusReader.read(Split.TRAIN),
            Split.VALIDATION, CorpusReader.read(Split.VALIDATION),
            Split.TEST, CorpusReader.read(Split.TEST)));

    private static String article;
    private static Set<String> sectionIds;

    @BeforeAll
    static void readTheArticle() throws IOException {
        article = Files.readString(Path.of("knowledge/magnesium-iv-benefits.md")).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
        sectionIds = new HashSet<>();
        RetrieverFixture.clinicArticles().knowledge.current().sections().forEach(s -> sectionIds.add(s.id()));
    }

    @Test
    void holdsAtLeastTwoThousandMessagesAndOneHundredFiftyChatsFromSeveralWriters() {
        List<WriterCorpus> independent = all().stream().filter(w -> !w.writer().equals(CorpusSplits.TEAM)).toList();
        assertThat(independent).hasSizeGreaterThanOrEqualTo(5);
        assertThat(independent.stream().mapToInt(w -> w.messages().size()).sum()).isGreaterThanOrEqualTo(2000);
        assertThat(independent.stream().mapToInt(w -> w.chats().size()).sum()).isGreaterThanOrEqualTo(150);
        assertThat(independent).allMatch(w -> w.chats().stream().allMatch(c -> c.turns().size() >= 2
                && c.turns().size() <= 5));
    }

    @Test
    void everySplitHasEveryRoute() {
        SPLITS.forEach((split, writers) -> {
            Set<Route> routes = EnumSet.noneOf(Route.class);
            writers.forEach(w -> w.messages().forEach(t -> routes.add(t.primaryRoute())));
            assertThat(routes).as(split.name()).containsExactlyInAnyOrder(Route.values());
        });
    }

    @Test
    void answerLabelsNameRealSectionsAndPhrasesTheArticleUses() {
        for (WriterCorpus writer : all()) {
            if (writer.writer().equals(CorpusSplits.TEAM)) {
                continue;
            }
            for (LabelledTurn turn : turns(writer)) {
                if (turn.primaryRoute() == Route.ANSWER) {
                    assertThat(turn.sections()).as(turn.id()).isNotEmpty();
                    assertThat(sectionIds).as(turn.id()).containsAll(turn.sections());
                    assertThat(turn.any()).as(turn.id()).isNotEmpty()
                            .allMatch(phrase -> article.contains(phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
                }
                if (turn.primaryRoute() == Route.ESCALATE) {
                    assertThat(turn.reason()).as(turn.id()).isIn("person", "medical");
                }
            }
        }
    }

    /** The criterion fixed in round 1: a pair this similar is one message, and is dropped from the training side. */
    private static final double NEAR_DUPLICATE = 0.95;
    /**
     * How far the quantized model's cosine moves with the batch a message is embedded in and the runtime's threads:
     * a pair right at the criterion is printed for the next round's curation but does not fail the build (one pair
     * failed a clean clone's build after the same corpus had passed in a worktree).
     */
    private static final double NUMERIC_NOISE = 0.002;

    @Test
    void noMessageOfOneSplitIsANearDuplicateOfAnotherSplits() {
        List<String> texts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Split> splitOf = new ArrayList<>();
        SPLITS.forEach((split, writers) -> writers.forEach(w -> w.messages().forEach(t -> {
            texts.add(t.question());
            ids.add(t.id());
            splitOf.add(split);
        })));
        // the criterion was fixed with MiniLM in round 1 and stays with it, whatever model the service uses
        var vectors = new AllMiniLmL6V2QuantizedEmbeddingModel().embedAll(texts.stream().map(TextSegment::from).toList())
                .content();
        List<String> nearDuplicates = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                double cosine = Cosine.of(vectors.get(i).vector(), vectors.get(j).vector());
                if (splitOf.get(i) != splitOf.get(j) && !trivial(texts.get(i)) && cosine >= NEAR_DUPLICATE) {
                    String pair = ids.get(i) + " " + ids.get(j) + " " + texts.get(i) + " ~ " + texts.get(j);
                    System.out.printf("near-duplicate across splits (%.4f): %s%n", cosine, pair);
                    if (cosine >= NEAR_DUPLICATE + NUMERIC_NOISE) {
                        nearDuplicates.add(pair);
                    }
                }
            }
        }
        assertThat(nearDuplicates).isEmpty();
    }

    /** One- or two-word greetings and acknowledgements ("hi", "ok thanks") recur in every writer's work. */
    private static boolean trivial(String text) {
        Matcher words = Pattern.compile("\\p{L}+").matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count <= 2;
    }

    private static List<WriterCorpus> all() {
        List<WriterCorpus> all = new ArrayList<>();
        SPLITS.values().forEach(all::addAll);
        return all;
    }

    private static List<LabelledTurn> turns(WriterCorpus writer) {
        List<LabelledTurn> turns = new ArrayList<>(writer.messages());
        writer.chats().forEach(chat -> turns.addAll(chat.turns()));
        return turns;
    }
}
