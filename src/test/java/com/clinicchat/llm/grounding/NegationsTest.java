package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Negations}, through the verifier: idioms that look like a negation and are not one, and words that negate
 * without "not".
 */
class NegationsTest {

    @Test
    void notLimitedToWidensRatherThanDenies() {
        List<String> yoga = List.of("Yoga improves flexibility and balance, and it can also ease back pain.");
        Verdict notLimited = VERIFIER.verify("The benefits of yoga aren't limited to flexibility and balance; it can "
                + "also ease back pain [1].", yoga);
        assertThat(notLimited.outcome()).as(notLimited.reason()).isEqualTo(Outcome.RELEASE);
        Verdict notRestricted = VERIFIER.verify("Yoga's benefits are not restricted to balance: flexibility improves "
                + "too [1].", yoga);
        assertThat(notRestricted.outcome()).as(notRestricted.reason()).isEqualTo(Outcome.RELEASE);
        // a plain negation of what the evidence states is still one
        assertThat(VERIFIER.verify("Yoga does not improve flexibility or balance [1].", yoga).outcome())
                .isEqualTo(Outcome.DROP);
    }
}
