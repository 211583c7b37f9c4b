package com.clinicchat.llm;

import com.clinicchat.llm.GroundingVerifier.Outcome;
import com.clinicchat.llm.GroundingVerifier.Verdict;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier on the sentences the issue found reaching visitors, and on their honest counterparts; the labelled
 * corpus (GroundingCorpusTest) measures it on many more.
 */
class GroundingVerifierTest {

    static final GroundingVerifier VERIFIER = new GroundingVerifier(RetrieverFixture.MODEL, 0.5, 0.85);
    static final List<String> PASSAGES = List.of(
            "Compared to oral magnesium supplements, an IV drip ensures higher absorption and faster results.",
            "This relaxation reduces strain on the heart and can help lower high blood pressure.",
            "With a proper treatment plan and supervision, magnesium infusions remain safe and effective.",
            "But we advise caution for:\n- People with kidney disease (since the kidneys regulate magnesium levels).\n"
                    + "- Those with severe heart block or certain cardiac conditions.\n"
                    + "- Pregnant or breastfeeding women (only after a medical consultation).",
            "Magnesium acts as a natural calcium channel blocker, relaxing blood vessels and easing strain on the heart.");

    private static Verdict verify(String sentence) {
        return VERIFIER.verify(sentence, PASSAGES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "An IV drip gives faster results than oral supplements and cures type 2 diabetes [1].",
            "Magnesium infusions are not safe, even with a proper treatment plan [3].",
            "Relief from high blood pressure comes within 10 minutes [2].",
            "Magnesium infusions are always safe and effective [3].",
            "Magnesium acts as a natural potassium channel blocker, relaxing blood vessels [5].",
            "The infusion does not reduce strain on the heart [2].",
            "A magnesium drip is ideal for people with kidney disease [4]."})
    void unsupportedClaimsAreDropped(String sentence) {
        assertThat(verify(sentence).outcome()).isEqualTo(Outcome.DROP);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "You should get a 2 gram drip every week [2].",
            "It is safe for you, even if you have kidney disease [3].",
            "A magnesium drip can replace your pills [1].",
            "If you're pregnant, talk to your doctor first [4].",
            "You'd be a great candidate for IV magnesium [2]."})
    void personalAdviceBecomesAnEscalation(String sentence) {
        assertThat(verify(sentence).outcome()).isEqualTo(Outcome.ESCALATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Magnesium relaxes blood vessels and eases strain on the heart, working like a natural calcium channel blocker [5].",
            "An IV drip is absorbed better and works faster than magnesium pills. [1]",
            "People with kidney disease should be cautious, since the kidneys regulate magnesium levels [4].",
            "With a proper plan and supervision, the infusions remain safe and effective [3].",
            "- Pregnant or breastfeeding women, only after a medical consultation [4]"})
    void faithfulParaphrasesAreReleased(String sentence) {
        assertThat(verify(sentence).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aSupportedSentenceCitingTheWrongPassageOrNoneGetsTheRightCitation() {
        assertThat(verify("This relaxation can help lower high blood pressure [1].").citations()).containsExactly(2);
        assertThat(verify("This relaxation can help lower high blood pressure.").citations()).containsExactly(2);
        assertThat(verify("This relaxation can help lower high blood pressure [9].").citations()).containsExactly(2);
        assertThat(verify("This relaxation can help lower high blood pressure [2, 5].").citations()).containsExactlyInAnyOrder(2, 5);
    }

    @Test
    void aSentenceWithNothingToCheckIsNotShown() {
        assertThat(verify("I hope this helps!").outcome()).isEqualTo(Outcome.DROP);
    }
}
