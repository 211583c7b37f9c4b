package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Contents}: only what the passages put in the product, or name it by, may be said to be in it. */
class ContentsTest {

    private static final List<String> IRON = List.of("Iron IV infusions restore iron stores faster than tablets.",
            "Iron supports energy alongside vitamin C, which helps the gut absorb it from food.");

    @Test
    void aSubstanceThePassagesOnlyMentionBesideTheProductIsNotPutInIt() {
        assertThat(Contents.firstUnstated("Yes, the drip pairs the iron with vitamin C to support energy [2].",
                String.join("\n", IRON))).hasValue("a content of the product the passages do not state: drip pairs "
                + "the iron with vitamin C");
        Verdict paired = VERIFIER.verify("Yes, the infusion combines the iron with vitamin C for more energy [1][2].",
                IRON);
        assertThat(paired.outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void whatTheProductIsNamedByOrThePassagesPutInItMayBeSaid() {
        assertThat(Contents.firstUnstated("The drip contains iron [1].", IRON.getFirst())).isEmpty();
        String stated = "Each bag contains iron sucrose and a little saline.";
        assertThat(Contents.firstUnstated("The bag also has saline in it [1].", stated)).isEmpty();
    }

    @Test
    void theProductAsAPlaceOrTimeIsNotItsContents() {
        assertThat(Contents.firstUnstated("Effects during the infusion include warmth and a metallic taste [1].",
                "Effects of the infusion include warmth and a metallic taste.")).isEmpty();
    }
}
