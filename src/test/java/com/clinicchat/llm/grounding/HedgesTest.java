package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.verifyRound4;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.released;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.dropped;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Hedges}, through the verifier: hedges kept as the passage hedges. */
class HedgesTest {

    private static final List<String> STOCKINGS = List.of(
            "Even iron tablets may not fully restore iron stores, especially for people with coeliac disease.",
            "Compression stockings can help reduce ankle swelling on long flights.",
            "Mild bruising at the needle site typically resolves on its own.");

    @Test
    void whatMayHappenIsNotStatedAsWhatDoes() {
        assertThat(verifyRound4("A warm compress eases muscle soreness [12].").reason()).contains("hedge dropped");
        assertThat(verifyRound4("Muscle soreness can be eased with a warm compress [12].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound4("A warm compress helps ease muscle soreness [12].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aHedgeDroppedIsAModalityShift() {
        assertThat(VERIFIER.verify("Iron tablets cannot restore iron stores, especially for people with coeliac disease [1].",
                STOCKINGS).reason()).contains("hedge dropped");
        assertThat(VERIFIER.verify("Compression stockings help reduce ankle swelling on long flights [2].", STOCKINGS)
                .reason()).contains("hedge dropped");
        assertThat(VERIFIER.verify("Mild bruising at the needle site resolves on its own [3].", STOCKINGS).reason())
                .contains("hedge dropped");
        // the hedge kept, in the passage's words or others
        assertThat(VERIFIER.verify("Iron tablets may not fully restore iron stores, especially for people with coeliac "
                + "disease [1].", STOCKINGS).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Compression stockings can help reduce ankle swelling on long flights [2].", STOCKINGS)
                .outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Mild bruising at the needle site usually resolves on its own [3].", STOCKINGS)
                .outcome()).isEqualTo(Outcome.RELEASE);
        // another verb of causing, as unhedged: "causes" for "can trigger"
        List<String> iron = List.of("Low iron can trigger tiredness, hair loss or even fainting spells.");
        assertThat(VERIFIER.verify("Low iron causes fainting spells [1].", iron).reason()).contains("hedge dropped");
        assertThat(VERIFIER.verify("Low iron can cause fainting spells [1].", iron).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aRateGivenToAWillDoesNotKeepItSoft() {
        List<String> stretching = List.of("Stretching after a run can help reduce muscle soreness.");
        dropped("Stretching after a run will reduce muscle soreness in most cases [1].", stretching,
                "hedge made certain");
        dropped("Stretching after a run will typically reduce muscle soreness [1].", stretching, "hedge made certain");
        // a rate the passage states itself is no invention
        List<String> usually = List.of("Stretching after a run usually eases soreness, and it can help prevent cramps.");
        released("Stretching after a run will usually ease soreness [1].", usually);
    }
}
