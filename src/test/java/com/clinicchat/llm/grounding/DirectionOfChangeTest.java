package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.released;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.dropped;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link DirectionOfChange}, through the verifier: a level moves the way the passage says it moves. */
class DirectionOfChangeTest {

    @Test
    void aLevelMovesTheWayThePassageSaysItMoves() {
        List<String> injection = List.of("Some patients notice a brief dip in heart rate after the injection.");
        dropped("After the injection, heart rate can climb briefly [1].", injection, "opposite direction");
        dropped("Some patients notice their heart rate rising for a moment after the injection [1].", injection,
                "opposite direction");
        released("Heart rate may drop for a short time after the injection in some patients [1].", injection);
        released("Some patients notice their heart rate falls briefly after the injection [1].", injection);
    }
}
