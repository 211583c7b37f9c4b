package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link CautionsAsSuitability}, through the verifier: no caution turned into a recommendation, nor the reverse. */
class CautionsAsSuitabilityTest {

    @Test
    void aCautionListAfterABlankLineIsStillACautionList() {
        List<String> cautions = List.of("We advise caution for:\n\n- People taking blood thinners (since they bruise "
                + "easily).\n- Those with a bleeding disorder.");
        assertThat(VERIFIER.verify("People taking blood thinners are among those who benefit most, since they bruise "
                + "easily [1].", cautions).reason()).contains("caution presented as suitability");
    }

    @Test
    void someoneTheListCallsSuitedIsNotPutUnderACaution() {
        List<String> suited = List.of("Zinc IV therapy is ideal for:\n\n- Frequent travellers\n"
                + "- People recovering from surgical wounds");
        assertThat(VERIFIER.verify("The clinic advises caution for people recovering from surgical wounds [1].", suited)
                .reason()).contains("suitability presented as caution");
        assertThat(VERIFIER.verify("Frequent travellers are among those it suits [1].", suited).outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void withACautionListBesideItTheCautionIsJudgedByThatList() {
        List<String> both = List.of("Zinc IV therapy is ideal for:\n- Frequent travellers",
                "But we advise caution for:\n- People with copper deficiency");
        assertThat(VERIFIER.verify("Caution is advised for people with copper deficiency [2].", both).outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aLeadInAndItsItemOnOneLineAreReadAsAList() {
        assertThat(VERIFIER.verify("Caution is advised for people recovering from surgical wounds [1].",
                List.of("Zinc IV therapy is ideal for: People recovering from surgical wounds")).reason())
                .contains("suitability presented as caution");
    }
}
