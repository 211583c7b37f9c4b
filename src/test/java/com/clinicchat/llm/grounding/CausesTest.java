package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Causes}, through the verifier: which side of a link a passage states. */
class CausesTest {

    private static final List<String> IRON = List.of("Iron is often known as the “energy mineral.”",
            "Iron carries oxygen in the blood, giving muscles the energy they need.");

    @Test
    void aWordOnBothSidesOfTheLinkDoesNotStateTheSideBeforeIt() {
        Verdict stitched = VERIFIER.verify("Iron is often known as the “energy mineral” because it carries oxygen in the blood, "
                + "and iron gives muscles energy [1][2].", IRON);
        assertThat(stitched.outcome()).as(stitched.reason()).isEqualTo(Outcome.DROP);
        assertThat(stitched.reason()).containsAnyOf("links what no one passage links", "gives a reason for what no "
                + "passage states");
        // each fact on its own is released
        Verdict name = VERIFIER.verify("Iron is often called the “energy mineral” [1].", IRON);
        assertThat(name.outcome()).as(name.reason()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aLinkOpeningTheClauseAfterAndLinksThatClause() {
        Verdict embedded = VERIFIER.verify("It is a common mineral, and because iron carries oxygen in the blood, it "
                + "gives muscles the energy they need [2].", IRON);
        assertThat(embedded.reason()).doesNotContain("link");
    }
}
