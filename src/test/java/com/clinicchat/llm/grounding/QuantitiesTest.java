package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link Quantities}, through the verifier: words that count, and the same words when they count nothing. */
class QuantitiesTest {

    private static final List<String> IRON = List.of("If iron stores run too low, the blood carries less oxygen, "
            + "which can lead to tiredness and shortness of breath.");

    @Test
    void onceOpeningAClauseCountsNothing() {
        Verdict once = VERIFIER.verify("Once iron stores run too low, the blood carries less oxygen, which can lead to "
                + "tiredness and shortness of breath [1].", IRON);
        assertThat(once.outcome()).as(once.reason()).isEqualTo(Outcome.RELEASE);
        // a "once" with a count after it still counts
        assertThat(VERIFIER.verify("Once a week, iron stores run too low and the blood carries less oxygen [1].", IRON)
                .reason()).contains("quantity not in the passages: once");
    }

    @Test
    void perNamingASourceCountsNothing() {
        Verdict source = VERIFIER.verify("Per the article, low iron stores leave the blood carrying less oxygen, which "
                + "can lead to tiredness [1].", IRON);
        assertThat(source.outcome()).as(source.reason()).isEqualTo(Outcome.RELEASE);
        // a rate still counts
        assertThat(VERIFIER.verify("Low iron stores leave the blood carrying less oxygen per breath, which can lead to "
                + "tiredness [1].", IRON).reason()).contains("quantity not in the passages: per");
    }

    @Test
    void anOrdinalOrderingTheAnswerCountsNothing() {
        Verdict ordered = VERIFIER.verify("To your second question, low iron stores leave the blood carrying less oxygen, "
                + "which can lead to tiredness [1].", IRON);
        assertThat(ordered.outcome()).as(ordered.reason()).isEqualTo(Outcome.RELEASE);
        // a second as a duration still counts
        assertThat(VERIFIER.verify("Within a second, low iron stores leave the blood carrying less oxygen [1].", IRON)
                .reason()).contains("quantity not in the passages: second");
    }
    @Test
    void aCountPointingBackAtWhatWasSaidCountsNothing() {
        List<String> benefits = List.of("Iron infusions are suited to:\n- Heavy menstrual bleeding.\n- Restless legs at "
                + "night.\n- Tiredness after surgery.");
        Verdict third = VERIFIER.verify("The third one is tiredness after surgery [1].", benefits);
        assertThat(third.outcome()).as(third.reason()).isEqualTo(Outcome.RELEASE);
        Verdict those = VERIFIER.verify("Beyond those two, iron infusions are also suited to tiredness after surgery [1].",
                benefits);
        assertThat(those.outcome()).as(those.reason()).isEqualTo(Outcome.RELEASE);
        // the same words counting something in the world still count
        assertThat(VERIFIER.verify("Iron infusions suit restless legs at night after the third session [1].", benefits)
                .reason()).contains("quantity not in the passages: third");
        assertThat(VERIFIER.verify("Iron infusions suit two kinds of tiredness after surgery [1].", benefits)
                .reason()).contains("quantity not in the passages: two");
    }
}
