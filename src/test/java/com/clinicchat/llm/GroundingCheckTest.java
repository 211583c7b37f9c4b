package com.clinicchat.llm;

import com.clinicchat.llm.GroundingCheck.CitedSentence;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grounding check with the real embedding model. */
class GroundingCheckTest {

    private final GroundingCheck check = new GroundingCheck(RetrieverFixture.MODEL, 0.5, 0.5);
    private final List<String> passages = List.of(
            "Magnesium acts as a natural calcium channel blocker, relaxing blood vessels and easing strain on the heart.",
            "Most people tolerate treatment well, though some mild, short-lived side effects can occur.");

    @Test
    void citationMarkersAreParsedAndRemoved() {
        CitedSentence sentence = CitedSentence.parse("Most people tolerate it well [2][1].");
        assertThat(sentence.text()).isEqualTo("Most people tolerate it well.");
        assertThat(sentence.cited()).containsExactly(2, 1);
    }

    @Test
    void aFaithfulParaphraseOfTheCitedPassagePasses() {
        assertThat(check.supported(CitedSentence.parse(
                "Magnesium works like a natural calcium channel blocker and relaxes blood vessels [1]."), passages)).isTrue();
    }

    @Test
    void theRightWordsUnderTheWrongNumberFail() {
        assertThat(check.supported(CitedSentence.parse(
                "Magnesium works like a natural calcium channel blocker and relaxes blood vessels [2]."), passages)).isFalse();
    }

    @Test
    void aClaimThePassageDoesNotMakeFails() {
        assertThat(check.supported(CitedSentence.parse(
                "Magnesium drips cure diabetes and arthritis within a week [1]."), passages)).isFalse();
    }

    @Test
    void noCitationOrANumberBeyondThePassagesFails() {
        assertThat(check.supported(CitedSentence.parse("Most people tolerate treatment well."), passages)).isFalse();
        assertThat(check.supported(CitedSentence.parse("Most people tolerate treatment well [7]."), passages)).isFalse();
    }
}
