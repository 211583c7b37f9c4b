package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.ROUND5_MORE;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.ROUND5_OPPOSITES;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.released;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.dropped;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link OppositeWords}, through the verifier: words of opposite meaning: the share, the strength or the kind of an effect turned round. */
class OppositeWordsTest {

    @Test
    void theShareTurnedRoundIsAContradiction() {
        assertThat(VERIFIER.verify("Few patients tolerate zinc lozenges well [1].", ROUND5_MORE).reason())
                .contains("opposite of the passage");
        assertThat(VERIFIER.verify("Many patients tolerate zinc lozenges well [1].", ROUND5_MORE).outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void moreWordsOfOppositeMeaning() {
        assertThat(VERIFIER.verify("When zinc levels are too high, the sense of taste can fade [2].", ROUND5_OPPOSITES)
                .reason()).contains("opposite of the passage");
        assertThat(VERIFIER.verify("Supervision is optional, as the spray remains safe [3].", ROUND5_OPPOSITES)
                .reason()).contains("optional");
        assertThat(VERIFIER.verify("Zinc acts as a natural channel opener, relaxing the airway [4].", ROUND5_OPPOSITES)
                .reason()).contains("opposite of the passage");
        assertThat(VERIFIER.verify("Zinc stiffens the airway, raising irritation [4].", ROUND5_OPPOSITES).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Zinc works like a natural channel blocker, relaxing the airway [4].",
                ROUND5_OPPOSITES).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anIntensityTheEvidenceStatesTheOppositeOfIsAContradiction() {
        List<String> shot = List.of("Side effects of the vitamin D shot are mild and brief, such as a sore arm.");
        assertThat(VERIFIER.verify("Side effects of the vitamin D shot are strong but brief, such as a sore arm [1].",
                shot).reason()).contains("opposite of the passage");
        assertThat(VERIFIER.verify("Side effects of the vitamin D shot can be intense, such as a sore arm [1].", shot)
                .outcome()).isEqualTo(Outcome.DROP);
        Verdict mild = VERIFIER.verify("The vitamin D shot's side effects are mild and brief, like a sore arm [1].", shot);
        assertThat(mild.outcome()).as(mild.reason()).isEqualTo(Outcome.RELEASE);
        // "strong" where the evidence says it is no contradiction
        Verdict strong = VERIFIER.verify("Vitamin D helps keep bones strong [1].",
                List.of("Vitamin D helps keep bones strong and teeth healthy."));
        assertThat(strong.outcome()).as(strong.reason()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aNegatedOppositeSaysTheSame() {
        List<String> massage = List.of("Some people feel mild, short-lived soreness after a massage.");
        released("Some people feel mild soreness after a massage that doesn't last long [1].", massage);
        dropped("Some people feel mild soreness after a massage that lasts long [1].", massage,
                "opposite of the passage");
    }
}
