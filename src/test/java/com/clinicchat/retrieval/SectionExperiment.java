package com.clinicchat.retrieval;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.triage.Route;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses how the offline answer picks its passage (and so its section) on the validation split (never test):
 * top-1 section accuracy of the answerable single messages for weights of fused rank, word coverage and cosine.
 * Tag {@code evaluation}; run with {@code ./mvnw test -Dtests.excluded=none -Dtest=SectionExperiment}.
 */
@Tag("evaluation")
class SectionExperiment {

    record Sample(List<RetrievedPassage> passages, List<String> sections) {
    }

    @Test
    void compareWeights() {
        SearchIndex index = SearchIndex.build(CoverageTraining.labelledArticles(), RetrieverFixture.MODEL);
        for (Split split : new Split[]{Split.TRAIN, Split.VALIDATION}) {
            List<Sample> samples = samples(index, split);
            System.out.printf("%s: %d answerable messages%n", split, samples.size());
            for (double coverage : new double[]{0, 0.15, 0.3, 0.5, 0.8, 1.2}) {
                StringBuilder line = new StringBuilder(String.format("  coverage %.2f:", coverage));
                for (double cosine : new double[]{0, 0.5, 1, 2, 4}) {
                    long right = samples.stream().filter(s -> s.sections().contains(
                            id(best(s.passages(), coverage, cosine).section()))).count();
                    line.append(String.format("  cos %.1f %.3f", cosine, (double) right / samples.size()));
                }
                System.out.println(line);
            }
        }
    }

    private static RetrievedPassage best(List<RetrievedPassage> passages, double coverage, double cosine) {
        double top = passages.stream().mapToDouble(RetrievedPassage::score).max().orElse(1);
        return passages.stream().max(Comparator.comparingDouble(p -> p.score() / top + coverage * p.coverage()
                + cosine * p.cosine())).orElseThrow();
    }

    private static String id(com.clinicchat.knowledge.Section section) {
        return section.articleId() + "#" + section.anchor();
    }

    private static List<Sample> samples(SearchIndex index, Split split) {
        List<LabelledTurn> questions = new ArrayList<>();
        for (WriterCorpus writer : CorpusReader.read(split)) {
            writer.messages().stream()
                    .filter(turn -> turn.primaryRoute() == Route.ANSWER && !turn.sections().isEmpty())
                    .forEach(questions::add);
        }
        var vectors = RetrieverFixture.MODEL.embedAll(questions.stream().map(t -> TextSegment.from(t.question()))
                .toList()).content();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            KnowledgeRetriever.Ranked ranked = KnowledgeRetriever.rank(index, questions.get(i).question(),
                    vectors.get(i).vector(), RetrieverFixture.PROPERTIES.maxPassages(), RetrieverFixture.PROPERTIES);
            if (!ranked.passages().isEmpty()) {
                samples.add(new Sample(ranked.passages(), questions.get(i).sections()));
            }
        }
        return samples;
    }
}
