package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.verifyRound5;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link ObligationsAndSafety}, through the verifier: an obligation the passage does not give, and what only looks like one. */
class ObligationsAndSafetyTest {

    @Test
    void aNeedOfTheBodyIsNoObligation() {
        assertThat(verifyRound5("The body needs more zinc during growth spurts [8].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound5("The body needs to take zinc during growth spurts [8].").reason())
                .contains("obligation");
    }

    @Test
    void anEssentialPartIsAnImportanceTheEvidenceMayGiveInOtherWords() {
        assertThat(VERIFIER.verify("Vitamin D plays an essential part in bone and immune health [1].",
                List.of("Vitamin D has a vital role in bone and immune health.")).outcome()).isEqualTo(Outcome.RELEASE);
        // evidence that gives the part no importance does not back one
        assertThat(VERIFIER.verify("Vitamin D plays an essential part in bone and immune health [1].",
                List.of("Vitamin D has a role in bone and immune health.")).outcome()).isEqualTo(Outcome.DROP);
        // "essential" as an obligation is still the evidence's to state
        assertThat(VERIFIER.verify("Vitamin D is essential before bone surgery [1].",
                List.of("Vitamin D has a vital role in bone health before surgery.")).reason()).contains("obligation");
    }
}
