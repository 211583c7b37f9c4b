package com.clinicchat.retrieval;

import com.clinicchat.knowledge.ArticleParser;
import com.clinicchat.knowledge.KnowledgeSnapshot;
import com.clinicchat.knowledge.MalformedArticleException;
import com.clinicchat.knowledge.SubjectWordsTest;
import com.clinicchat.text.EnglishVocabulary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The coverage evidence added after round 13: sentence-level overlap and general-English weights of words. */
class CoverageEvidenceTest {

    private static final String ZINC_AND_SLEEP = SubjectWordsTest.ZINC + """

            ## Sleep

            Some visitors say they sleep more deeply the night after an infusion.
            """;

    @Test
    void generalEnglishWeighsAnEverydayWordBelowARareOneAndAnUnknownOneMost() {
        assertThat(EnglishVocabulary.rank("the")).isLessThan(EnglishVocabulary.rank("insurance"));
        assertThat(EnglishVocabulary.rank("insurance")).isLessThan(EnglishVocabulary.rank("glycinate"));
        assertThat(EnglishVocabulary.rank("glycinate")).isEqualTo(EnglishVocabulary.SIZE);
    }

    @Test
    void wordsTheArticlesLackCarryTheirGeneralEnglishWeightWhateverTheIndex() {
        SearchIndex zinc = index(SubjectWordsTest.ZINC);
        SearchIndex larger = index(ZINC_AND_SLEEP);
        try {
            SearchIndex.GeneralWords covered = zinc.generalWords("zinc supports immunity", List.of());
            assertThat(covered.unknownShare()).isZero();
            assertThat(covered.rarestUnknown()).isZero();

            // "insurance" is missing from both articles; its weight is general English, not this index's IDF
            SearchIndex.GeneralWords price = zinc.generalWords("does insurance pay for zinc", List.of());
            assertThat(price.unknownShare()).isBetween(0.3, 0.9);
            assertThat(larger.generalWords("does insurance pay for zinc", List.of()).rarestUnknown())
                    .isCloseTo(price.rarestUnknown(), within(1e-12));
            // a word no general vocabulary holds weighs most
            assertThat(zinc.generalWords("is zinc glycinate better", List.of()).rarestUnknown())
                    .isCloseTo(1.0, within(1e-12));
        } finally {
            zinc.release();
            larger.release();
        }
    }

    @Test
    void theBestOfTheGivenPassagesHoldsTheShareOfTheQuestionItShares() {
        SearchIndex zinc = index(SubjectWordsTest.ZINC);
        try {
            int sideEffects = passageHolding(zinc, "nausea");
            int booking = passageHolding(zinc, "thirty minutes");
            String question = "can a zinc infusion cause nausea";
            assertThat(zinc.generalWords(question, List.of(sideEffects)).heldShare()).isCloseTo(1.0, within(1e-12));
            assertThat(zinc.generalWords(question, List.of(booking)).heldShare()).isLessThan(0.5);
            assertThat(zinc.generalWords(question, List.of(booking, sideEffects)).heldShare())
                    .isCloseTo(1.0, within(1e-12));
        } finally {
            zinc.release();
        }
    }

    @Test
    void sentenceEvidenceReadsEveryPassageNotOnlyTheFusionsBest() {
        SearchIndex index = index(ZINC_AND_SLEEP);
        try {
            String question = "will I sleep more deeply after the infusion";
            var sentences = index.sentences(index.terms(question), index.embed(question));
            // the nearest sentence in meaning is the sleep one, and it holds the question's words
            assertThat(sentences.nearestOverlap()).isGreaterThan(0.6);
            assertThat(sentences.overlapCosine()).isGreaterThan(0.7);

            String unrelated = "how do I fix the brakes on my bike";
            var far = index.sentences(index.terms(unrelated), index.embed(unrelated));
            assertThat(far.nearestOverlap()).isLessThan(0.2);
            assertThat(far.overlapCosine()).isLessThan(sentences.overlapCosine());
        } finally {
            index.release();
        }
    }

    private static int passageHolding(SearchIndex index, String text) {
        for (int i = 0; i < index.units().size(); i++) {
            SearchIndex.Unit unit = index.units().get(i);
            if (unit.kind() == SearchIndex.Kind.PASSAGE && unit.text().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no passage holds " + text);
    }

    private static SearchIndex index(String article) {
        try {
            return SearchIndex.build(new KnowledgeSnapshot(List.of(new ArticleParser().parse("zinc", article)),
                    Map.of(), "", Instant.EPOCH), RetrieverFixture.MODEL);
        } catch (MalformedArticleException e) {
            throw new IllegalStateException(e);
        }
    }
}
