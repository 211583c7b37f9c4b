package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Referents}: what a passage's "these conditions" points back to is not in the passages to name. */
class ReferentsTest {

    private static final List<String> IRON = List.of("By treating both the blood and nerve sides of these problems, "
            + "iron infusions give wider relief than tablets alone.", "Iron infusions help with restless legs at night.");

    @Test
    void aPointerReplacedByAThingNamedElsewhereIsAGuess() {
        assertThat(Referents.firstGuessed("By treating both the blood and nerve sides of restless legs, iron infusions "
                + "give wider relief than tablets alone [1][2].", IRON))
                .hasValue("names what 'these problems' points back to: restless legs");
        Verdict guessed = VERIFIER.verify("By treating both the blood and nerve sides of restless legs, iron infusions "
                + "give wider relief than tablets alone [1][2].", IRON);
        assertThat(guessed.outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void aPointerKeptOrStillPointingIsNoGuess() {
        assertThat(Referents.firstGuessed("By treating both the blood and nerve sides of these problems, iron infusions "
                + "give wider relief than tablets alone [1].", IRON)).isEmpty();
        assertThat(Referents.firstGuessed("By treating both the blood and nerve sides of such problems, iron infusions "
                + "give wider relief than tablets alone [1].", IRON)).isEmpty();
        Verdict kept = VERIFIER.verify("By treating both the blood and nerve sides of those problems, iron infusions "
                + "give wider relief than tablets alone [1].", IRON);
        assertThat(kept.outcome()).as(kept.reason()).isEqualTo(Outcome.RELEASE);
    }
}
