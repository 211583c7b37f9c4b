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

    @Test
    void aNegatedNegativeWordCancels() {
        List<String> bruising = List.of("Some bruising at the injection site can happen, and nurses check the site "
                + "after each session.");
        Verdict notUnheardOf = VERIFIER.verify("Bruising at the injection site isn't unheard of [1].", bruising);
        assertThat(notUnheardOf.outcome()).as(notUnheardOf.reason()).isEqualTo(Outcome.RELEASE);
        Verdict notImpossible = VERIFIER.verify("It is not impossible for some bruising to happen at the injection "
                + "site [1].", bruising);
        assertThat(notImpossible.outcome()).as(notImpossible.reason()).isEqualTo(Outcome.RELEASE);
        Verdict notUnchecked = VERIFIER.verify("The injection site isn't left unchecked: nurses check it after each "
                + "session [1].", bruising);
        assertThat(notUnchecked.outcome()).as(notUnchecked.reason()).isEqualTo(Outcome.RELEASE);
        // a prefixed negative without a "not" before it still negates
        assertThat(VERIFIER.verify("The injection site is left unchecked after each session [1].", bruising)
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void aNegatedJudgementOfSafetyIsNoLitotes() {
        List<String> caution = List.of("Caution is advised for people with liver disease.");
        assertThat(VERIFIER.verify("The treatment is not unsafe for people with liver disease [1].", caution)
                .outcome()).isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("The treatment is not unsuitable for people with liver disease [1].", caution)
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void hardlyScarcelyAndBarelyNegate() {
        List<String> headaches = List.of("Tension headaches are common in office workers.");
        assertThat(VERIFIER.verify("Tension headaches are hardly common in office workers [1].", headaches).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Office workers scarcely get tension headaches [1].", headaches).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Tension headaches are common in office workers [1].", headaches).outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aNegatedOppositeOfTheEvidencesWordSaysTheSame() {
        List<String> soreness = List.of("Mild, short-lived soreness can follow a deep-tissue massage.");
        Verdict notLong = VERIFIER.verify("Some mild soreness that doesn't last long can follow a deep-tissue massage "
                + "[1].", soreness);
        assertThat(notLong.outcome()).as(notLong.reason()).isEqualTo(Outcome.RELEASE);
        // the evidence's own word negated is still a contradiction
        assertThat(VERIFIER.verify("The soreness that can follow a deep-tissue massage is not mild [1].", soreness)
                .outcome()).isEqualTo(Outcome.DROP);
        List<String> lasting = List.of("Deep-tissue massage can leave soreness that lasts for a long time.");
        assertThat(VERIFIER.verify("The soreness a deep-tissue massage can leave doesn't last long [1].", lasting)
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void whatAVerbThatSaysNotGovernsMayBeNegatedWithNot() {
        List<String> spray = List.of("The nasal spray bypasses the stomach lining and reaches the blood faster.");
        Verdict neverPasses = VERIFIER.verify("The nasal spray never has to pass through the stomach lining, and it "
                + "reaches the blood faster [1].", spray);
        assertThat(neverPasses.outcome()).as(neverPasses.reason()).isEqualTo(Outcome.RELEASE);
        // the verb itself negated is a flip
        assertThat(VERIFIER.verify("The nasal spray does not bypass the stomach lining, but it reaches the blood "
                + "faster [1].", spray).outcome()).isEqualTo(Outcome.DROP);
    }
}
