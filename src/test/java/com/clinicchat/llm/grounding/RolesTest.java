package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Roles}, through the verifier: a defining role must be a noun the passages give, not a verb of another subject. */
class RolesTest {

    private static final List<String> PASSAGES = List.of(
            "Zinc is a cofactor that enzymes need for glutathione production—the molecule that shields cells from damage.");

    @Test
    void aVerbSaidOfAnotherSubjectIsNoRoleForThisOne() {
        GroundingVerifier.Verdict verdict = VERIFIER.verify("Zinc is the shield that keeps cells from damage [1].", PASSAGES);
        assertThat(verdict.outcome()).isEqualTo(Outcome.DROP);
        assertThat(verdict.reason()).contains("a role the passages do not give");
    }

    @Test
    void theRoleThePassageGivesIsReleased() {
        assertThat(VERIFIER.verify("Zinc is a cofactor that enzymes need to make glutathione [1].", PASSAGES).outcome())
                .isEqualTo(Outcome.RELEASE);
    }
}
