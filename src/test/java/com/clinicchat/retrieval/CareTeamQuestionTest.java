package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who actually does the drip?" and "is someone watching the whole time?" are answered from the passages saying who
 * treats the clinic's clients, over three real articles (two written for tests).
 */
class CareTeamQuestionTest {

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"who actually shows up to do the drip", "u guys licensed?",
            "is it a real medical person or just a tech", "is somebody watching the whole time",
            "do they just hook you up and leave", "who do the drips, actual nurses?"})
    void asksWhoGivesTheTreatmentOrWatchesOverIt(String question) {
        assertThat(CareTeamQuestion.asks(question, word -> true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"who is it for", "who does it help most", "who do I call to book",
            "does it help me sleep", "can I watch tv during it",
            "what does the drip do for the heart"})
    void otherQuestionsAreNot(String question) {
        assertThat(CareTeamQuestion.asks(question, word -> true)).isFalse();
    }

    @Test
    void aQuestionNamingAnUncommonWordNoArticleUsesIsLeftToCoverage() {
        assertThat(CareTeamQuestion.asks("does someone stay with you the whole time during nad",
                word -> !word.equals("nad"))).isFalse();
        // an everyday word the articles lack is no other subject
        assertThat(CareTeamQuestion.asks("is someone watching the whole time at the office",
                word -> !word.equals("office"))).isTrue();
    }

    @Test
    void theAnswerSaysWhoTreatsTheClinicsClients() {
        Retrieval who = fixture.retriever.retrieve("who actually shows up to do the magnesium drip, a real nurse?");
        assertThat(who.covered()).isTrue();
        assertThat(who.passages().getFirst().text()).containsIgnoringCase("licensed");

        Retrieval nad = fixture.retriever.retrieve("during the nad+ drip is someone watching the whole time");
        assertThat(nad.covered()).isTrue();
        assertThat(nad.passages().getFirst().section().articleId()).isEqualTo("nad-plus-iv-therapy");
        assertThat(nad.passages().getFirst().text()).containsIgnoringCase("nurse");
    }
}
