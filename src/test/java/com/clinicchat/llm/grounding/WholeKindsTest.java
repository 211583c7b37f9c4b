package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link WholeKinds}, through the verifier: a thing the passage names in part is not widened to its whole kind. */
class WholeKindsTest {

    @Test
    void aThingNamedInPartIsNotWidenedToItsWholeKind() {
        List<String> sleep = List.of("In sleep clinics, melatonin helps with jet lag, cluster headaches or poor sleep.");
        assertThat(VERIFIER.verify("In sleep clinics, melatonin helps with jet lag, headaches in general, or poor sleep "
                + "[1].", sleep).reason()).contains("widens what the passages name");
        assertThat(VERIFIER.verify("In sleep clinics, melatonin helps with jet lag, all kinds of headaches, or poor "
                + "sleep [1].", sleep).outcome()).isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("In sleep clinics, melatonin helps with jet lag, cluster headaches or poor sleep "
                + "[1].", sleep).outcome()).isEqualTo(Outcome.RELEASE);
        // evidence that speaks of the whole kind backs it
        assertThat(VERIFIER.verify("Melatonin helps with headaches in general [1].",
                List.of("Melatonin helps with headaches of all kinds.")).outcome()).isEqualTo(Outcome.RELEASE);
    }
}
