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
 * Chooses the weights of the rankings in the fusion (BM25, KNN, and the section evidence that lifts a section's
 * passages) and the k of reciprocal rank fusion: top-1 section accuracy of the passage the offline answer would pick,
 * for the answerable single messages of the training split (where the choice is made) and of validation (which
 * confirms it); the whole pipeline on validation has the last word. Tag {@code evaluation}; run with {@code ./mvnw test -Dtests.excluded=none -Dtest=FusionExperiment}.
 */
@Tag("evaluation")
class FusionExperiment {

    private record Question(String text, float[] vector, List<String> sections) {
    }

    @Test
    void compareFusions() {
        SearchIndex index = SearchIndex.build(CoverageTraining.labelledArticles(), RetrieverFixture.MODEL);
        List<Question> train = questions(Split.TRAIN);
        List<Question> validation = questions(Split.VALIDATION);
        System.out.printf("answerable single messages: train %d, validation %d%n", train.size(), validation.size());
        for (int rrfK : new int[]{3, 5, 10, 30}) {
            for (double lexical : new double[]{0.25, 0.5, 0.75, 1, 1.5}) {
                for (double section : new double[]{0.5, 1, 1.5}) {
                    var properties = new RetrievalProperties(8, 15, rrfK, 0.625);
                    var fusion = new KnowledgeRetriever.Fusion(lexical, 1, section);
                    System.out.printf("FUSION k %2d lexical %.1f section %.1f: train %.3f validation %.3f%n", rrfK,
                            lexical, section, accuracy(index, train, properties, fusion),
                            accuracy(index, validation, properties, fusion));
                }
            }
        }
    }

    private static double accuracy(SearchIndex index, List<Question> questions, RetrievalProperties properties,
                                   KnowledgeRetriever.Fusion fusion) {
        long right = questions.stream().filter(q -> {
            var passages = KnowledgeRetriever.rank(index, q.text(), q.vector(), 8, properties, fusion).passages();
            if (passages.isEmpty()) {
                return false;
            }
            double top = passages.stream().mapToDouble(RetrievedPassage::score).max().orElse(1);
            // the offline answer's own choice (OfflineAnswerGenerator: fused score and half the word coverage)
            RetrievedPassage best = passages.stream()
                    .max(Comparator.comparingDouble(p -> p.score() / top + 0.5 * p.coverage())).orElseThrow();
            return q.sections().contains(best.section().articleId() + "#" + best.section().anchor());
        }).count();
        return (double) right / questions.size();
    }

    private static List<Question> questions(Split split) {
        List<LabelledTurn> turns = new ArrayList<>();
        for (WriterCorpus writer : CorpusReader.read(split)) {
            writer.messages().stream()
                    .filter(turn -> turn.primaryRoute() == Route.ANSWER && !turn.sections().isEmpty())
                    .forEach(turns::add);
        }
        var vectors = RetrieverFixture.MODEL.embedAll(turns.stream().map(t -> TextSegment.from(t.question())).toList())
                .content();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            questions.add(new Question(turns.get(i).question(), vectors.get(i).vector(), turns.get(i).sections()));
        }
        return questions;
    }
}
