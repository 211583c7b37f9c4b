package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.clinicchat.retrieval.KnowledgeReloadTest.sectionIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Do you come to our office?" names a place no article lists; it is answered from the passage saying where the
 * clinic brings its treatments, with the real article, model and index.
 */
class VisitQuestionTest {

    private static final String SAFETY = "magnesium-iv-benefits#safety-and-considerations";

    @ParameterizedTest
    @ValueSource(strings = {"do u guys come out to the house", "can yall come to a quinceañera",
            "could your nurses come to our office for a group of coworkers", "do you do events?",
            "do i have to drive somewhere or do you come to me", "can you come to my dorm/apartment",
            "do you come out?"})
    void asksWhetherTheClinicComesToTheVisitor(String question) {
        assertThat(VisitQuestion.asks(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"how soon can someone come out", "can you come on sundays", "do you come to Boise",
            "can you come tonight at 9pm", "do the side effects come back", "when do you come to my house"})
    void whenHowFarAndNamedTownsAreNotVisitQuestions(String question) {
        assertThat(VisitQuestion.asks(question)).isFalse();
    }

    @Test
    void thePassageSayingWhereTreatmentsAreBroughtAnswersIt() {
        assertThat(VisitQuestion.answeredBy("We also bring treatments directly to your home, office, or event."))
                .isTrue();
        assertThat(VisitQuestion.answeredBy("Most people tolerate treatment well.")).isFalse();

        RetrieverFixture clinic = RetrieverFixture.clinicArticles();
        for (String question : new String[]{"can yall come to a quinceañera", "could you come to our wedding venue?",
                "do your people travel to my place or do I go somewhere"}) {
            Retrieval retrieval = clinic.retriever.retrieve(question);
            assertThat(retrieval.covered()).as(question).isTrue();
            assertThat(sectionIds(retrieval)).as(question).first().isEqualTo(SAFETY);
            assertThat(retrieval.passages().getFirst().text()).as(question).contains("home, office, or event");
        }
        // a price asked beside it is one no passage states
        assertThat(clinic.retriever.retrieve("how much is it? do you come to the house").covered()).isFalse();
    }
}
