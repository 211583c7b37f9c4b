package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who shouldn't get it?" is answered with the passages that caution, not with the "ideal for" list its words are
 * nearest to in meaning.
 */
class CautionQuestionTest {

    @Test
    void asksWhoMustNotHaveTheTreatmentInEverydayWords() {
        assertThat(CautionQuestion.asks("who shouldnt get it")).isTrue();
        assertThat(CautionQuestion.asks("Who should NOT have a vitamin drip?")).isTrue();
        assertThat(CautionQuestion.asks("is there anyone who should avoid these")).isTrue();
        assertThat(CautionQuestion.asks("who is it not safe for")).isTrue();
        assertThat(CautionQuestion.asks("any contraindications?")).isTrue();
        assertThat(CautionQuestion.asks("its not for everyone right?")).isTrue();
        assertThat(CautionQuestion.asks("who should be carefull with it")).isTrue();
        assertThat(CautionQuestion.asks("so is it dangerous for anyone?")).isTrue();
        assertThat(CautionQuestion.asks("who is the nad drip not advised for?")).isTrue();
    }

    @Test
    void whoItSuitsOrAPersonalQuestionIsNotACautionQuestion() {
        assertThat(CautionQuestion.asks("who is the drip ideal for")).isFalse();
        assertThat(CautionQuestion.asks("who should get it")).isFalse();
        assertThat(CautionQuestion.asks("I can't sleep, will it help?")).isFalse();
        assertThat(CautionQuestion.asks("is it safe?")).isFalse();
        assertThat(CautionQuestion.asks("is this for people who can't get enough from diet")).isFalse();
        assertThat(CautionQuestion.asks("who can't have it")).isTrue();
        assertThat(CautionQuestion.asks("be careful what you wish for")).isFalse();
    }

    @Test
    void aPassageCautionsByItsOwnWordsOrItsListsLeadIn() {
        assertThat(CautionQuestion.states("People with liver disease.", "We advise caution for:")).isTrue();
        assertThat(CautionQuestion.states("Avoid the drip on an empty stomach.", "")).isTrue();
        assertThat(CautionQuestion.states("Athletes after long races.", "The drip is ideal for:")).isFalse();
    }

    @Test
    void theClinicsArticleAnswersItWithItsCautionsNotItsIdealForList() {
        RetrieverFixture clinic = RetrieverFixture.clinicArticles();
        Retrieval retrieval = clinic.retriever.retrieve("who shouldnt get it");
        assertThat(retrieval.covered()).isTrue();
        assertThat(retrieval.passages()).isNotEmpty().allSatisfy(passage -> assertThat(
                CautionQuestion.states(passage.text(), passage.leadIn())).isTrue());
        assertThat(retrieval.passages().getFirst().section().id()).endsWith("#safety-and-considerations");
        // a named thing no article describes is still not covered
        assertThat(clinic.retriever.retrieve("who shouldn't get a NAD+ drip").covered()).isFalse();
    }
}
