package com.clinicchat.retrieval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about a whole topic an article splits into subsections is answered from the topic's own section, and a
 * question about one subsection still from that subsection; over the clinic's article beside the two test articles.
 */
class OverviewQuestionTest {

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what does magnesium actually do for your heart | magnesium-iv-drip-therapy-benefits-for-heart-health",
            "heart health benefits? | magnesium-iv-drip-therapy-benefits-for-heart-health",
            "are the heart benefits quicker with the drip | magnesium-iv-drip-therapy-benefits-for-heart-health",
            "muscle benefits? | magnesium-iv-drip-therapy-benefits-for-muscle-health"})
    void aWholeTopicIsAnsweredFromItsOwnSection(String question, String anchor) {
        Retrieval retrieval = fixture.retriever.retrieve(question);
        assertThat(retrieval.covered()).isTrue();
        assertThat(retrieval.passages().getFirst().section().anchor()).isEqualTo(anchor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "can magnesium help with high blood pressure | managing-blood-pressure",
            "does magnesium help restless legs at night | relief-from-restless-legs-and-muscle-weakness",
            "does magnesium help muscle cramps at night | preventing-cramps-and-spasms"})
    void aQuestionAboutOneSubsectionIsAnsweredFromIt(String question, String anchor) {
        Retrieval retrieval = fixture.retriever.retrieve(question);
        assertThat(retrieval.passages().getFirst().section().anchor()).isEqualTo(anchor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what does magnesium do for the heart | heart",
            "what are the benefits | ",
            "does magnesium help blood pressure | ",
            "does it help heart rhythm | "})
    void onlyASectionWithSubsectionsWhoseHeadingAloneNamesTheTopicIsAnOverview(String question, String topic) {
        SearchIndex index = SearchIndex.build(fixture.knowledge.current(), RetrieverFixture.MODEL);
        try {
            var overview = index.overview(question);
            if (topic == null) {
                assertThat(overview).isEmpty();
            } else {
                assertThat(overview).hasValueSatisfying(section ->
                        assertThat(section.heading().toLowerCase()).contains(topic));
            }
        } finally {
            index.release();
        }
    }
}
