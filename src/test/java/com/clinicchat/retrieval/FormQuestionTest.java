package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** "What kind of magnesium is in the bag?" is answered from the passage naming the forms used. */
class FormQuestionTest {

    private static final Predicate<String> ZINC = word -> word.equals("zinc");

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"which type of zinc goes in the drip?", "ok what kind do you use", "what form is in the iv"})
    void asksWhichFormOfTheSubjectGoesIn(String question) {
        assertThat(FormQuestion.asks(question, ZINC)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what kind of heart problems", "what kind of staff do you send", "what kind of meds?"})
    void otherKindsAreNot(String question) {
        assertThat(FormQuestion.asks(question, ZINC)).isFalse();
    }

    @Test
    void aPassageAnswersWhenItNamesFormsOfOneThing() {
        assertThat(FormQuestion.answeredBy("Zinc sulfate or zinc gluconate infusions are common.")).isTrue();
        assertThat(FormQuestion.answeredBy("It delivers ascorbic acid, the active form of vitamin C.")).isTrue();
        assertThat(FormQuestion.answeredBy("Zinc supports the immune system and zinc levels fall with age."))
                .isFalse();
        assertThat(FormQuestion.answeredBy("It supports two areas of health: the heart and the muscles.")).isFalse();
    }

    @Test
    void theAnswerNamesTheFormsUsed() {
        Retrieval form = fixture.retriever.retrieve("what kind of mag is actually in the bag");
        assertThat(form.covered()).isTrue();
        assertThat(form.passages().getFirst().text()).containsIgnoringCase("magnesium sulfate");
    }
}
