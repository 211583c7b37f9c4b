package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** "Is it the same bag for everybody?" is answered from the passage saying each infusion is tailored. */
class TailoredQuestionTest {

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"do they personalise the mix or is it one size fits all", "is it customized?",
            "same formula for all clients?", "do you adjust it for each person"})
    void asksWhetherEachDripIsMadeToSuitThePerson(String question) {
        assertThat(TailoredQuestion.asks(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"is it the same thing as epsom salt", "can I get the same drip as last time",
            "put me through to customer service", "can you mix magnesium and b12 in the same bag"})
    void otherQuestionsAreNot(String question) {
        assertThat(TailoredQuestion.asks(question)).isFalse();
    }

    @Test
    void theAnswerSaysEachInfusionIsMadeToSuitThePerson() {
        Retrieval tailored = fixture.retriever.retrieve("r the magnesium drips the exact same for everybody");
        assertThat(tailored.covered()).isTrue();
        assertThat(tailored.passages().getFirst().text()).containsIgnoringCase("tailoring each infusion");
    }
}
