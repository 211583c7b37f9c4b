package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Outcomes}: effects the passages do not claim. */
class OutcomesTest {

    private static final List<String> SPRAY = List.of("The nasal spray reaches the bloodstream directly, so it acts "
            + "faster than tablets.");

    @Test
    void anEffectOnABareThisOrThatIsNotGrounded() {
        // "this" can only be what the visitor asked about, which no passage names
        Verdict unnamed = VERIFIER.verify("Yes, it also helps with this, since it reaches the bloodstream directly [1].",
                SPRAY);
        assertThat(unnamed.outcome()).isEqualTo(Outcome.DROP);
        assertThat(unnamed.reason()).contains("an effect on what the sentence does not name");
        assertThat(Outcomes.onAnUnnamedThing("It's good for that too [1].")).isPresent();
        // a pointer with its noun, or an effect on what the sentence names, is judged as usual
        assertThat(Outcomes.onAnUnnamedThing("It helps with this kind of headache [1].")).isEmpty();
        Verdict named = VERIFIER.verify("The nasal spray acts faster than tablets because it reaches the bloodstream "
                + "directly [1].", SPRAY);
        assertThat(named.outcome()).as(named.reason()).isEqualTo(Outcome.RELEASE);
    }
}
