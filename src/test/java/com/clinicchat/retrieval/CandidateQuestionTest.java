package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.clinicchat.retrieval.KnowledgeReloadTest.sectionIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Who is it for?" is nearly all stop words: it is answered from the section whose heading asks who should consider
 * the treatment, of the article the question is about, over three real articles (two written for tests).
 */
class CandidateQuestionTest {

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"who is this drip for", "who's it actually for?", "who benefits most from this",
            "good candidate list? need to send it to my sister", "what kind of people usually get these",
            "what sort of person is this made for", "are athletes a good fit for this", "who would benefit most",
            "who else is it good for besides athletes", "who typically books one"})
    void asksWhomTheTreatmentIsFor(String question) {
        assertThat(CandidateQuestion.asks(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"who shouldn't get it", "what kind of people should be careful with it",
            "who gives the drip", "who do I call to book", "is it for real?", "what kind of people have trouble sleeping",
            "who is your owner"})
    void otherQuestionsAboutPeopleAreNotCandidateQuestions(String question) {
        assertThat(CandidateQuestion.asks(question)).isFalse();
    }

    @Test
    void theAnswerComesFromTheWhoShouldConsiderSectionOfTheArticleAskedAbout() {
        Retrieval magnesium = fixture.retriever.retrieve("who is the magnesium drip meant for");
        assertThat(magnesium.covered()).isTrue();
        assertThat(sectionIds(magnesium)).first()
                .isEqualTo("magnesium-iv-benefits#who-should-consider-iv-fluids-for-magnesium-deficiency");

        Retrieval nad = fixture.retriever.retrieve("who is the NAD+ drip meant for");
        assertThat(nad.covered()).isTrue();
        assertThat(sectionIds(nad)).first().isEqualTo("nad-plus-iv-therapy#who-should-consider-nad-iv-therapy");
    }

    @Test
    void aTreatmentNoArticleDescribesIsStillNotCovered() {
        assertThat(fixture.retriever.retrieve("who is the glutathione drip meant for").covered()).isFalse();
    }
}
