package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.verifyRound6;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.dropped;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Quantifiers}, through the verifier: how much of a group, and how often, as the passage counts it. */
class QuantifiersTest {

    private static final List<String> TOLERANCE = List.of(
            "Most people tolerate the injection well, and the nurse stays nearby for the first few minutes.");

    @Test
    void aDroppedQuantifierIsAModalityShift() {
        assertThat(verifyRound6("Runners with shin splints improve [3].").reason()).contains("quantifier dropped");
        assertThat(verifyRound6("Some runners with shin splints also improve [3].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Runners with shin splints can improve as well [3].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void whatMostPeopleDoIsNotWhatPeopleDo() {
        assertThat(VERIFIER.verify("People tolerate the injection well, and the nurse stays nearby [1].", TOLERANCE)
                .reason()).contains("quantifier dropped: most people tolerate");
        assertThat(VERIFIER.verify("Most people tolerate the injection well, and the nurse stays nearby [1].", TOLERANCE)
                .outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("A lot of people tolerate the injection well, and the nurse stays nearby [1].",
                TOLERANCE).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aGroupCountedLargerThanThePassageCountsItIsDropped() {
        List<String> legs = List.of("Some patients with restless legs sleep better after an iron infusion.");
        assertThat(VERIFIER.verify("Most patients with restless legs sleep better after an iron infusion [1].", legs)
                .reason()).contains("quantifier made larger: most");
        assertThat(VERIFIER.verify("Many people with restless legs sleep better after an iron infusion [1].", legs)
                .reason()).contains("quantifier made larger: many");
        assertThat(VERIFIER.verify("Some people with restless legs sleep better after an iron infusion [1].", legs)
                .outcome()).isEqualTo(Outcome.RELEASE);
        // what some do, said as what the group usually does
        assertThat(VERIFIER.verify("Patients with restless legs usually sleep better after an iron infusion [1].", legs)
                .reason()).contains("quantifier made larger: some → usually");
        // how the part that occurs usually is, which the passage says of all of it, is no larger count
        List<String> bruising = List.of("Most people tolerate the injection well, though some mild, brief bruising "
                + "can occur.");
        assertThat(VERIFIER.verify("Bruising is usually mild and brief [1].", bruising).outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void howOftenSomethingHappensMustBeStated() {
        List<String> bruising = List.of("Most people tolerate the injection well, though mild bruising can occur.");
        assertThat(VERIFIER.verify("Bruising is common, but it is mild [1].", bruising).reason())
                .contains("how often, which the passage does not say: common");
        assertThat(VERIFIER.verify("Mild bruising seldom occurs [1].", bruising).reason())
                .contains("how often, which the passage does not say: seldom");
        assertThat(VERIFIER.verify("Mild bruising can occur, though most people tolerate the injection well [1].",
                bruising).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aGroupNamedBarelyWherePassageSaysSomeIsWidened() {
        List<String> headaches = List.of("Some patients with cluster headaches also benefit from oxygen.");
        assertThat(VERIFIER.verify("People with cluster headaches benefit from oxygen too [1].", headaches).reason())
                .contains("quantifier dropped");
        assertThat(VERIFIER.verify("Individuals with cluster headaches benefit from oxygen [1].", headaches).outcome())
                .isEqualTo(Outcome.DROP);
        // a hedge or a quantifier of the writer's own keeps it a part of the group
        for (String hedged : List.of("People with cluster headaches can benefit from oxygen too [1].",
                "Some people with cluster headaches benefit from oxygen as well [1].")) {
            Verdict verdict = VERIFIER.verify(hedged, headaches);
            assertThat(verdict.outcome()).as(hedged + ": " + verdict.reason()).isEqualTo(Outcome.RELEASE);
        }
    }
}
