package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** "Is it dangerous?" is answered from the section on safety and side effects, not from a passage saying "dangerous". */
class SafetyQuestionTest {

    /** The articles' subject words, as the index reads them from the articles. */
    private static final Predicate<String> SUBJECT = word -> word.equals("magnesium") || word.equals("mag");

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"is it dangerous", "Is it dangerous? 😥 I am scared of needles", "is it like.. dangerous",
            "is magnesium iv risky for people with kidney problems", "hmm is the drip actually harmful",
            "are mag drips dangerous at all", "is magnesium dangerous",
            "hello there, what are the common side effects of the magnesium drip please", "any side effects?"})
    void asksWhetherTheTreatmentIsDangerous(String question) {
        assertThat(SafetyQuestion.asks(question, SUBJECT)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"is the warm feeling dangerous", "can low magnesium cause dangerous arrhythmias",
            "is skydiving dangerous", "is zinc dangerous",
            "what are the side effects of my chemo", "does it help with side effects of chemo", "is it safe"})
    void otherQuestionsAreNot(String question) {
        assertThat(SafetyQuestion.asks(question, SUBJECT)).isFalse();
    }

    @Test
    void theAnswerComesFromTheSafetySectionOfTheArticleAskedAbout() {
        Retrieval magnesium = fixture.retriever.retrieve("is it dangerous at all");
        assertThat(magnesium.covered()).isTrue();
        assertThat(magnesium.passages().getFirst().section().anchor()).isEqualTo("safety-and-considerations");
        assertThat(fixture.retriever.retrieve("what are the common side effects of the magnesium drip").passages()
                .getFirst().section().anchor()).isEqualTo("safety-and-considerations");
        Retrieval nad = fixture.retriever.retrieve("is the nad+ drip dangerous");
        assertThat(nad.passages().getFirst().section().heading()).isEqualTo("Safety and Side Effects");
        assertThat(nad.passages().getFirst().section().articleId()).isEqualTo("nad-plus-iv-therapy");
    }
}
