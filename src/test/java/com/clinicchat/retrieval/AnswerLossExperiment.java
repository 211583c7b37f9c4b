package com.clinicchat.retrieval;

import com.clinicchat.answering.GeneratedAnswer;
import com.clinicchat.answering.OfflineAnswerGenerator;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the offline answer loses the answerable questions of the training split and validation (never test), with
 * the route taken as right: the answer's section is wrong while a labelled section was among the retrieved passages
 * (ranking), none was retrieved (recall), the section is right but no key phrase is shown (composition), or the
 * section is another one yet the answer holds a key phrase (label ambiguity: more than one section fits). Tag
 * {@code evaluation}; run with {@code ./mvnw test -Dtests.excluded=none -Dtest=AnswerLossExperiment}
 * ({@code -Dprint=true} lists the misses; {@code -Dlearned=true} ranks with the learned {@link SectionRanker}, which
 * was trained on the training split, so its training figures are optimistic).
 */
@Tag("evaluation")
class AnswerLossExperiment {

    @Test
    void classifyLosses() {
        SearchIndex index = SearchIndex.build(CoverageTraining.labelledArticles(), RetrieverFixture.MODEL);
        OfflineAnswerGenerator generator = new OfflineAnswerGenerator();
        SectionRanker ranker = Boolean.getBoolean("learned") ? RetrieverFixture.Ranker.MODEL : SectionRanker.FUSED;
        for (Split split : new Split[]{Split.TRAIN, Split.VALIDATION}) {
            List<LabelledTurn> questions = RankerTraining.answerable(split);
            var vectors = RetrieverFixture.MODEL.embedAll(questions.stream()
                    .map(t -> TextSegment.from(t.question())).toList()).content();
            Map<String, Integer> kinds = new LinkedHashMap<>();
            int sectionRight = 0;
            int phraseRight = 0;
            for (int i = 0; i < questions.size(); i++) {
                LabelledTurn question = questions.get(i);
                var ranked = KnowledgeRetriever.rank(index, question.question(), vectors.get(i).vector(),
                        RetrieverFixture.PROPERTIES.maxPassages(), RetrieverFixture.PROPERTIES,
                        KnowledgeRetriever.Fusion.PLAIN, ranker);
                String kind;
                String text = "";
                String cited = "";
                if (ranked.passages().isEmpty()) {
                    kind = "nothing retrieved";
                } else {
                    GeneratedAnswer answer = generator.answer(question.question(),
                            new Retrieval(question.question(), ranked.passages(), 1, true), delta -> { });
                    text = answer.text();
                    cited = sectionId(answer.citations().getFirst().url());
                    boolean section = question.sections().contains(cited);
                    boolean phrase = question.any().isEmpty() || question.any().stream()
                            .anyMatch(p -> answer.text().toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT)));
                    sectionRight += section ? 1 : 0;
                    phraseRight += phrase ? 1 : 0;
                    boolean retrieved = ranked.passages().stream()
                            .anyMatch(p -> question.sections().contains(RankerTraining.id(p.section())));
                    kind = section && phrase ? "right"
                            : section ? "composition (right section, no key phrase)"
                            : phrase ? "label ambiguity (other section, key phrase shown)"
                            : retrieved ? "ranking (labelled section retrieved, not chosen)"
                            : "recall (no labelled section retrieved)";
                }
                kinds.merge(kind, 1, Integer::sum);
                if (Boolean.getBoolean("print") && !kind.equals("right")) {
                    System.out.printf("MISS %s | %s | %s | want %s %s | got %s | %s%n", split, kind,
                            question.question().replace('\n', ' '), question.sections(), question.any(), cited,
                            text.replace('\n', ' '));
                }
            }
            System.out.printf("LOSS %s: %d answerable, section %.3f, key phrase %.3f%n", split, questions.size(),
                    (double) sectionRight / questions.size(), (double) phraseRight / questions.size());
            kinds.forEach((kind, n) -> System.out.printf("LOSS   %-52s %4d  %.3f%n", kind, n,
                    (double) n / questions.size()));
        }
    }


    private static String sectionId(String url) {
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        return path.substring(path.lastIndexOf('/') + 1) + (hash < 0 ? "" : url.substring(hash));
    }
}
