package com.clinicchat.retrieval;

import com.clinicchat.knowledge.SubjectWordsTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Does it help X?" is answered only when some article names X: retrieval finds every such question near the
 * benefits the articles list, whatever X is. Judged by the index's own words, so it holds for any article.
 */
class AskedBenefitTest {

    @Test
    void aBenefitNoArticleNamesIsNotCoveredHoweverNearTheQuestionSounds() {
        SearchIndex zinc = index();
        try {
            assertThat(zinc.unnamedBenefit("does a zinc drip help with tinnitus?")).contains("tinnitus");
            assertThat(zinc.unnamedBenefit("is it any good for hair loss lol")).contains("hair loss");
            assertThat(zinc.unnamedBenefit("can zinc infusions treat acne")).contains("acne");
            assertThat(zinc.unnamedBenefit("would it help my arthritis or nah")).contains("arthritis");
            // a follow-up naming the next thing, alone or after the question that set the topic
            assertThat(zinc.unnamedBenefit("what about acne?")).contains("acne");
            assertThat(zinc.unnamedBenefit("does zinc help immunity what about for eczema")).contains("eczema");
            // what it is to lower, raise or prevent
            assertThat(zinc.unnamedBenefit("does it lower the cholesterol?")).contains("cholesterol");
            assertThat(zinc.unnamedBenefit("can zinc iv prevent migraines")).contains("migraines");
        } finally {
            zinc.release();
        }
    }

    @Test
    void aBenefitTheArticlesNameOrAGroupOfPeopleIsLeftToRetrieval() {
        SearchIndex zinc = index();
        try {
            // named by the article: "immunity", "wound healing"
            assertThat(zinc.unnamedBenefit("does zinc help immunity?")).isEmpty();
            assertThat(zinc.unnamedBenefit("does it help wounds heal")).isEmpty();
            assertThat(zinc.unnamedBenefit("does it boost immunity")).isEmpty();
            // what follows "help" is people; what they need comes in the clause after it
            assertThat(zinc.unnamedBenefit("can it help runners who keep getting colds")).isEmpty();
            assertThat(zinc.unnamedBenefit("does it help people with gut conditions")).isEmpty();
            // a short capital word may abbreviate the articles' words
            assertThat(zinc.unnamedBenefit("does it help with IBD")).isEmpty();
            // no benefit asked for, or only general words
            assertThat(zinc.unnamedBenefit("how long is a session?")).isEmpty();
            assertThat(zinc.unnamedBenefit("does it help with symptoms")).isEmpty();
            // every thing asked about counts: one the article names is enough
            assertThat(zinc.unnamedBenefit("is it good for tinnitus and immunity")).isEmpty();
            assertThat(zinc.unnamedBenefit("what about the side effects")).isEmpty();
            assertThat(zinc.unnamedBenefit("what about my husband")).isEmpty();
        } finally {
            zinc.release();
        }
    }

    @Test
    void initialsInLowerCaseAndAVerbWhoseObjectCameBeforeAreNoUnnamedBenefit() {
        SearchIndex iron = ForeignSubjectTest.index("""
                ---
                title: "Iron Infusions"
                url: /blog/iron
                summary: "About iron."
                ---

                # Iron Infusions

                Iron infusions restore iron stores in chronic kidney disease and after heavy bleeding.
                """);
        try {
            assertThat(iron.unnamedBenefit("does it help ckd")).isEmpty();
            assertThat(iron.unnamedBenefit("anaemia, does iron help clear it up")).isEmpty();
            // a word the article does not use, in the same places, still counts
            assertThat(iron.unnamedBenefit("does it help xyz")).contains("xyz");
            assertThat(iron.unnamedBenefit("does it help eczema clear up")).contains("eczema clear up");
        } finally {
            iron.release();
        }
    }

    @Test
    void theClinicsRetrieverDoesNotAnswerForABenefitItsArticlesNeverName() {
        RetrieverFixture clinic = RetrieverFixture.clinicArticles();
        assertThat(clinic.retriever.retrieve("does the magnesium drip help with tinnitus").covered()).isFalse();
        assertThat(clinic.retriever.retrieve("does the magnesium drip help with leg cramps").covered()).isTrue();
    }

    private static SearchIndex index() {
        return ForeignSubjectTest.index(SubjectWordsTest.ZINC);
    }
}
