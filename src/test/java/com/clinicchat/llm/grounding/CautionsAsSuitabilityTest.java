package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link CautionsAsSuitability}, through the verifier: no caution turned into a recommendation. */
class CautionsAsSuitabilityTest {

    @Test
    void aCautionListAfterABlankLineIsStillACautionList() {
        List<String> cautions = List.of("We advise caution for:\n\n- People taking blood thinners (since they bruise "
                + "easily).\n- Those with a bleeding disorder.");
        assertThat(VERIFIER.verify("People taking blood thinners are among those who benefit most, since they bruise "
                + "easily [1].", cautions).reason()).contains("caution presented as suitability");
    }
}
