package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.clinicchat.retrieval.KnowledgeReloadTest.sectionIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Why a drip when I can buy pills?" is answered from the passages comparing the infusion with pills, supplements
 * or diet, of the article asked about, over three real articles (two written for tests).
 */
class OralQuestionTest {

    private static final RetrieverFixture fixture = RetrieverFixture.sharedClinicAndTestArticles();

    @ParameterizedTest
    @ValueSource(strings = {"whats the point of getting it thru an IV when i can just buy pills at costco",
            "cant u just eat more magnesium foods instead", "so the iv skips your stomach?",
            "are the pills from the pharmacy just as good as the drip", "how is the drip different from a supplement"})
    void setsTheDripBesideTakingItByMouth(String question) {
        assertThat(OralQuestion.asks(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"which foods are good sources of magnesium", "can I take my pills after the drip",
            "is the drip worth it", "what does it do for cramps"})
    void otherQuestionsAreNot(String question) {
        assertThat(OralQuestion.asks(question)).isFalse();
    }

    @Test
    void aComparingPassageNamesTheInfusionAndWhatIsSwallowed() {
        assertThat(OralQuestion.answeredBy(
                "Magnesium delivered through infusion bypasses the digestive system for faster absorption.", ""))
                .isTrue();
        assertThat(OralQuestion.answeredBy("Replenishing deficient stores more effectively than diet or pills.",
                "Magnesium IV drip therapy delivers targeted support by:")).isTrue();
        // diet without the infusion is the problem, not the comparison
        assertThat(OralQuestion.answeredBy("Even supplements may not fully restore levels for higher demands.", ""))
                .isFalse();
    }

    @Test
    void theAnswerComparesTheInfusionOfTheArticleAskedAbout() {
        Retrieval magnesium = fixture.retriever.retrieve("why pay for a magnesium drip when costco sells pills");
        assertThat(magnesium.covered()).isTrue();
        assertThat(magnesium.passages().getFirst().section().articleId()).isEqualTo("magnesium-iv-benefits");
        assertThat(OralQuestion.answeredBy(magnesium.passages().getFirst().text(),
                magnesium.passages().getFirst().leadIn())).isTrue();

        Retrieval vitaminC = fixture.retriever.retrieve("is the vitamin C drip any better than vitamin C pills");
        assertThat(vitaminC.covered()).isTrue();
        assertThat(sectionIds(vitaminC).getFirst()).startsWith("vitamin-c-iv-therapy#");
        assertThat(vitaminC.passages().getFirst().text()).contains("pill");
    }
}
