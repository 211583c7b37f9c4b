package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.ROUND5_MORE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link StrongerClaims}, through the verifier: no cause, rank, treatment or undoing the passage does not state. */
class StrongerClaimsTest {

    @Test
    void aLinkIsNeitherWeakenedNorMadeACause() {
        assertThat(VERIFIER.verify("Poor sleep is loosely linked with colds [2].", ROUND5_MORE).reason())
                .contains("opposite of the passage");
        assertThat(VERIFIER.verify("Poor sleep causes colds [2].", ROUND5_MORE).reason())
                .contains("a link stated as a cause");
        assertThat(VERIFIER.verify("Poor sleep is the leading cause of colds [2].", ROUND5_MORE).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Poor sleep is closely tied to higher chances of colds [2].", ROUND5_MORE)
                .outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aStandingInPracticeOrAReversalMustBeStated() {
        List<String> anaemia = List.of("In hospitals, iron infusions help with severe anaemia or heavy bleeding.");
        assertThat(VERIFIER.verify("In hospitals, iron infusions are the standard treatment for severe anaemia [1].",
                anaemia).reason()).contains("rank the passage does not give: standard");
        assertThat(VERIFIER.verify("In hospitals, iron infusions are a first-line option for severe anaemia [1].",
                anaemia).reason()).contains("rank the passage does not give: first-line");
        assertThat(VERIFIER.verify("In hospitals, iron infusions are the primary treatment for severe anaemia [1].",
                anaemia).reason()).contains("rank the passage does not give: primary");
        assertThat(VERIFIER.verify("In hospitals, iron infusions treat severe anaemia or heavy bleeding [1].",
                anaemia).reason()).contains("a help stated as a treatment: treat");
        assertThat(VERIFIER.verify("In hospitals, iron infusions are widely used for severe anaemia [1].",
                anaemia).reason()).contains("how often, which the passage does not say: widely");
        assertThat(VERIFIER.verify("In hospitals, iron infusions are the treatment of choice for severe anaemia [1].",
                anaemia).reason()).contains("rank the passage does not give: of choice");
        assertThat(VERIFIER.verify("In hospitals, iron infusions are the go-to treatment for severe anaemia [1].",
                anaemia).reason()).contains("rank the passage does not give: go to");
        List<String> clots = List.of("Compression stockings reduce the swelling that contributes to clot formation.");
        assertThat(VERIFIER.verify("Compression stockings reduce swelling and help get rid of clots [1].", clots)
                .reason()).contains("undoes what the passage only slows or prevents: rid");
        assertThat(VERIFIER.verify("Compression stockings reduce swelling and clear existing clots [1].", clots)
                .reason()).contains("undoes what the passage only slows or prevents: clear");
        assertThat(VERIFIER.verify("Compression stockings reduce the swelling that contributes to clots forming [1].",
                clots).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void theLargestAndTheBiggestAreOneRank() {
        List<String> gums = List.of("Smoking is one of the biggest risk factors for gum disease.");
        assertThat(VERIFIER.verify("Smoking is among the largest risk factors for gum disease [1].", gums).outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Smoking is the leading risk factor for gum disease [1].", gums).reason())
                .contains("rank the passage does not give");
        assertThat(VERIFIER.verify("Smoking is among the largest risk factors for gum disease [1].",
                List.of("Smoking is a risk factor for gum disease.")).reason()).contains("rank the passage does not give");
    }

    @Test
    void clearingOutWhatIsThereUndoesWhatThePassageOnlyLowers() {
        List<String> arteries = List.of("Regular exercise lowers the inflammation that contributes to plaque in the "
                + "arteries.", "Any redness at the site fades on its own within a day.");
        assertThat(VERIFIER.verify("Regular exercise lowers inflammation and can even clear out existing plaque in the "
                + "arteries [1].", arteries).reason()).contains("undoes what the passage only slows or prevents");
        // "clear up" with nothing cleared is a side effect resolving
        Verdict resolves = VERIFIER.verify("Any redness at the site clears up on its own within a day [2].", arteries);
        assertThat(resolves.outcome()).as(resolves.reason()).isEqualTo(Outcome.RELEASE);
    }
}
