package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Negations}: a sentence's negations compared with its evidence's, directly and through the verifier. Where
 * the negations of one text are and what each negates is {@link NegationScopeTest}'s.
 */
class NegationsTest {

    private static Optional<String> conflict(String sentence, String evidence) {
        return Negations.firstConflict(Words.of(sentence), Words.of(evidence));
    }

    @Test
    void aNegationAddedOrDroppedConflicts() {
        assertThat(conflict("tablets are not absorbed well", "tablets are absorbed well"))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("negation of"));
        assertThat(conflict("patients get enough vegetables", "patients do not get enough vegetables"))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("dropped negation of"));
        assertThat(conflict("patients do not get enough vegetables", "patients do not get enough vegetables"))
                .isEmpty();
        // a lone claim word and the word after it: "respond well" repeated without the passage's "do not"
        assertThat(conflict("the spray suits people who respond well to tablets",
                "the spray suits people who do not respond well to tablets"))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("dropped negation of"));
        assertThat(conflict("the spray suits people who don't respond well to pills",
                "the spray suits people who do not respond well to tablets")).isEmpty();
    }

    @Test
    void aCautionIsNeitherDismissedNorMadeABan() {
        String caution = "caution is advised for people with liver disease";
        assertThat(conflict("liver disease is not a concern", caution))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("caution dismissed"));
        assertThat(conflict("people with liver disease should never receive it", caution))
                .hasValue("caution made a ban: never");
        assertThat(conflict("people with liver disease should take care", caution)).isEmpty();
    }

    @Test
    void aNegationInsideAWordMustBeTheEvidencesToo() {
        assertThat(Negations.insideAWord(Words.of("the drip is unsafe for children"),
                Words.of("the drip is safe for children"))).hasValue("negated by prefix: unsafe");
        assertThat(Negations.insideAWord(Words.of("the drip is unsafe for children"),
                Words.of("the drip is unsafe for children"))).isEmpty();
        // a litotes cancels the prefix
        assertThat(Negations.insideAWord(Words.of("bruising is not unusual"), Words.of("bruising is common")))
                .isEmpty();
    }

    @Test
    void aNegatedOppositeOfTheEvidencesWordSaysTheSame() {
        List<String> soreness = List.of("Mild, short-lived soreness can follow a deep-tissue massage.");
        Verdict notLong = VERIFIER.verify("Some mild soreness that doesn't last long can follow a deep-tissue massage "
                + "[1].", soreness);
        assertThat(notLong.outcome()).as(notLong.reason()).isEqualTo(Outcome.RELEASE);
        // the evidence's own word negated is still a contradiction
        assertThat(VERIFIER.verify("The soreness that can follow a deep-tissue massage is not mild [1].", soreness)
                .outcome()).isEqualTo(Outcome.DROP);
        List<String> lasting = List.of("Deep-tissue massage can leave soreness that lasts for a long time.");
        assertThat(VERIFIER.verify("The soreness a deep-tissue massage can leave doesn't last long [1].", lasting)
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void whatAVerbThatSaysNotGovernsMayBeNegatedWithNot() {
        List<String> spray = List.of("The nasal spray bypasses the stomach lining and reaches the blood faster.");
        Verdict neverPasses = VERIFIER.verify("The nasal spray never has to pass through the stomach lining, and it "
                + "reaches the blood faster [1].", spray);
        assertThat(neverPasses.outcome()).as(neverPasses.reason()).isEqualTo(Outcome.RELEASE);
        // the verb itself negated is a flip
        assertThat(VERIFIER.verify("The nasal spray does not bypass the stomach lining, but it reaches the blood "
                + "faster [1].", spray).outcome()).isEqualTo(Outcome.DROP);
    }
}
