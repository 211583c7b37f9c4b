package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.clinicchat.retrieval.KnowledgeReloadTest.sectionIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What's it good for?" is answered from the broadest section naming the benefits of the article asked about, over
 * three real articles (two written for tests): the clinic's names them in its title, the others in a section.
 */
class BenefitsQuestionTest {

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"whats it good for", "ok so what does magnesium actually help with then",
            "what are the main benefits?", "what is a magnesium drip used for", "hi! what's the drip good for",
            "so what is the magnesium good for?"})
    void asksWhatTheTreatmentIsGoodFor(String question) {
        assertThat(BenefitsQuestion.asks(question, word -> true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"is it good for cramps", "what does it help with, my knees or my back?",
            "what are the benefits for the heart", "what is it", "what does magnesium do for blood pressure"})
    void questionsNamingABenefitOrAskingSomethingElseAreNot(String question) {
        assertThat(BenefitsQuestion.asks(question, word -> true)).isFalse();
    }

    @Test
    void aTreatmentNoArticleNamesIsNotThisKind() {
        assertThat(BenefitsQuestion.asks("what is zinc good for", word -> !word.equals("zinc"))).isFalse();
        assertThat(BenefitsQuestion.asks("what is the zinc drip good for", word -> !word.equals("zinc"))).isFalse();
        assertThat(BenefitsQuestion.asks("what is the drip good for", word -> !word.equals("zinc"))).isTrue();
        assertThat(fixture.retriever.retrieve("what is zinc good for").covered()).isFalse();
    }

    @Test
    void theAnswerIsTheBroadestSectionNamingTheBenefitsOfTheArticleAskedAbout() {
        Retrieval magnesium = fixture.retriever.retrieve("what is magnesium iv good for");
        assertThat(magnesium.covered()).isTrue();
        // the clinic's article names its benefits in its title: its introduction, not one benefit's section
        assertThat(sectionIds(magnesium)).first().isEqualTo(
                "magnesium-iv-benefits#magnesium-iv-benefits-how-infusions-support-heart-and-muscle-health");

        Retrieval nad = fixture.retriever.retrieve("so what is an nad+ drip good for");
        assertThat(nad.covered()).isTrue();
        assertThat(sectionIds(nad)).first().isEqualTo("nad-plus-iv-therapy#potential-benefits-of-nad-iv-therapy");
    }
}
