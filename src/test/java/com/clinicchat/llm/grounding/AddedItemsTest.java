package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link AddedItems}, through the verifier: qualities compared that the passages do not compare. */
class AddedItemsTest {

    private static final List<String> NERVES = List.of("When vitamin B12 runs low, nerves cannot carry signals "
            + "properly, which can cause tingling in the hands.");

    @Test
    void noLongerIsATimePassedNotAComparison() {
        Verdict noLonger = VERIFIER.verify("When vitamin B12 runs low, nerves no longer carry signals properly, which "
                + "can cause tingling in the hands [1].", NERVES);
        assertThat(noLonger.outcome()).as(noLonger.reason()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("With enough vitamin B12, nerve signals last longer [1].", NERVES).reason())
                .contains("a quality the passages do not compare: longer");
    }
}
