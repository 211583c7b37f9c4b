package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** "What's the clinic called again?" is answered from the passage where the clinic names itself. */
class ClinicNameQuestionTest {

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"sorry whats the name of your clinic", "what is the company called?",
            "what are you guys called again", "remind me of the business's name"})
    void asksTheClinicsName(String question) {
        assertThat(ClinicNameQuestion.asks(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is the drip called", "what's the name of the side effect", "whats your name"})
    void otherQuestionsAreNot(String question) {
        assertThat(ClinicNameQuestion.asks(question)).isFalse();
    }

    @Test
    void aPassageAnswersWhenItNamesTheClinic() {
        assertThat(ClinicNameQuestion.answeredBy("Many people turn to Bright Drip Co. We come to your home.",
                Set.of("Bright Drip Co"))).isTrue();
        assertThat(ClinicNameQuestion.answeredBy("Our nurses screen every guest.", Set.of("Bright Drip Co")))
                .isFalse();
    }

    @Test
    void theAnswerNamesTheClinic() {
        Retrieval named = fixture.retriever.retrieve("what's the clinic called again?");
        assertThat(named.covered()).isTrue();
        assertThat(named.passages().getFirst().text()).contains("Pure IV Utah");
    }
}
