package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.verifyOwn;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.verifyRound4;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.verifyRound5;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.verifyRound6;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Absolutes}, through the verifier: an absolute, an intensifier or a benefit verb must be the passage's, or
 * backed by a word of the same strength.
 */
class AbsolutesTest {

    @Test
    void aRestrictingOnlyMustRestrictWhatThePassageRestricts() {
        assertThat(verifyOwn("Only pregnant women should have a medical consultation [5].").outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(verifyOwn("Pregnant women should only have it after a medical consultation [5].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anAbsoluteIsBackedByAWordOfTheSameMeaning() {
        assertThat(verifyOwn("Tablets may not completely correct low levels [2].").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verifyOwn("Tablets may not bring low levels all the way back up [2].").reason())
                .doesNotContain("absolute");
    }

    @Test
    void anIntensifierMustBeInThePassage() {
        assertThat(verifyRound4("Patients with migraine consistently benefit from zinc [1].").reason())
                .contains("intensifier 'consistently'");
        assertThat(verifyRound4("Zinc lozenges shorten colds dramatically [2].").outcome()).isEqualTo(Outcome.DROP);
        assertThat(verifyRound4("Some migraine patients benefit from zinc too [1].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aComparisonIsNotWidenedToEverything() {
        assertThat(verifyRound4("Zinc lozenges shorten colds more than any other remedy [2].").reason())
                .contains("any other");
        assertThat(verifyRound4("Zinc lozenges shorten colds more than many other remedies do [2].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anAbsoluteThatRestatesATotalVerbAddsNothing() {
        assertThat(verifyRound4("The spray skips the stomach entirely, for quicker uptake [4].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound4("Tablets are entirely absorbed in the gut [5].").outcome()).isEqualTo(Outcome.DROP);
        // a comparative of an absolute is a comparison, not an absolute
        assertThat(verifyRound4("The spray bypasses the stomach, so it is taken up more completely [4].").reason())
                .doesNotContain("absolute");
    }

    @Test
    void aBenefitVerbMayRestateAnImprovementOfTheSameThing() {
        assertThat(verifyRound4("Regular sessions boost lung capacity [6].").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound4("Regular sessions boost lung capacity [7].").outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void absolutesOfTheSameStrengthBackEachOther() {
        assertThat(verifyRound4("Our nurses adjust every session to the patient's needs [8].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound4("Stretching helps stop night cramps [9].").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aBenefitNamedInAHeadingIsTheTopicOfWhatFollows() {
        assertThat(verifyRound5("**Immune protection:** vitamin D helps the body fight infections [10].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound5("**Guaranteed protection:** vitamin D helps the body fight infections [10].").outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(verifyRound5("Vitamin D protects the body from infections [10].").reason())
                .contains("absolute 'protect'");
    }

    @Test
    void onlyOneThingIsSinglePurpose() {
        assertThat(verifyRound6("By addressing sleep and diet together, the programme gives broader relief than plans "
                + "that target only one thing [5].").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aNegatedAbsoluteClaimsLessAndBestSuitedIsWhoItIsIdealFor() {
        List<String> stockings = List.of("Even compression stockings may not fully relieve swelling, especially for "
                + "those with heart failure or on long flights.");
        GroundingVerifier.Verdict notAlways = VERIFIER.verify("Compression stockings don't always relieve swelling all "
                + "the way, particularly for those with heart failure or on long flights [1].", stockings);
        assertThat(notAlways.outcome()).as(notAlways.reason()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Compression stockings always relieve swelling, particularly for those with heart "
                + "failure or on long flights [1].", stockings).outcome()).isEqualTo(Outcome.DROP);
        List<String> home = List.of("Home iron infusions are ideal for:\n\n- People who cannot travel\n- Patients "
                + "recovering from surgery");
        assertThat(VERIFIER.verify("Home iron infusions are best suited to people who cannot travel and patients "
                + "recovering from surgery [1].", home).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Home iron infusions are the best treatment for patients recovering from surgery "
                + "[1].", home).outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void aNegatedOnlyAddsRatherThanRestricts() {
        List<String> walking = List.of("Regular walking strengthens the legs and improves sleep quality.");
        assertThat(VERIFIER.verify("Regular walking not only strengthens the legs but also improves sleep quality "
                + "[1].", walking).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Regular walking isn't only about the legs: it improves sleep quality as well [1].",
                walking).outcome()).isEqualTo(Outcome.RELEASE);
        // a plain "only" still restricts, and a negated one denies the evidence's own restriction
        assertThat(VERIFIER.verify("Regular walking only strengthens the legs [1].", walking).outcome())
                .isEqualTo(Outcome.DROP);
        List<String> nurses = List.of("The injections are given only by trained nurses.");
        assertThat(VERIFIER.verify("The injections are not only given by trained nurses [1].", nurses).outcome())
                .isEqualTo(Outcome.DROP);
    }

    @Test
    void neverComingBackIsAClaimOfPermanence() {
        List<String> iron = List.of("Low iron can bring on restless legs at night.",
                "Iron infusions refill the iron stores within weeks.");
        assertThat(VERIFIER.verify("Iron infusions refill the iron stores within weeks, and then the restless legs "
                + "that low iron can bring on never return [1][2].", iron).reason()).contains("absolute 'never return'");
        assertThat(VERIFIER.verify("Iron infusions refill the iron stores within weeks [2].", iron).outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anAllOverTheItemsJustNamedIsNoAbsolute() {
        List<String> physio = List.of("Physiotherapy is used for back pain, stiff joints and sports injuries.");
        Verdict listed = VERIFIER.verify("Back pain, stiff joints and sports injuries are all treated with "
                + "physiotherapy [1].", physio);
        assertThat(listed.outcome()).as(listed.reason()).isEqualTo(Outcome.RELEASE);
        // over a group named as such, it is still everyone of them
        assertThat(VERIFIER.verify("Sports injuries are all treated with physiotherapy [1].", physio).reason())
                .contains("absolute 'all'");
    }

    @Test
    void howVisibleAnEffectIsMustBeTheEvidencesWord() {
        List<String> mood = List.of("Vitamin D supports mood and bone health.");
        assertThat(VERIFIER.verify("Vitamin D measurably supports mood and bone health [1].", mood).reason())
                .contains("intensifier");
        assertThat(VERIFIER.verify("Vitamin D noticeably supports mood and bone health [1].", mood).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Vitamin D supports mood and bone health [1].", mood).outcome())
                .isEqualTo(Outcome.RELEASE);
    }
}
