package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link AddedItems}, through the verifier: qualities compared and list items the passages do not give. */
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
    @Test
    void theWorstCaseAListEndsOnMustBeGivenByThePassages() {
        List<String> tingling = List.of("When vitamin B12 runs low, nerves cannot carry signals properly, which can cause "
                + "tingling, numbness, or even painful nerve damage in the hands.");
        assertThat(VERIFIER.verify("When vitamin B12 runs low, nerves cannot carry signals properly, which can cause "
                + "tingling, numbness, or even paralysed hands [1].", tingling).reason())
                .contains("adds to the list what the passages do not give: even paralysed hands");
        Verdict worded = VERIFIER.verify("When vitamin B12 runs low, nerves cannot carry signals properly, which can cause "
                + "tingling, numbness, or even serious nerve damage in the hands [1].", tingling);
        assertThat(worded.outcome()).as(worded.reason()).isEqualTo(Outcome.RELEASE);
    }
}
