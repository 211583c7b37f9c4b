package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NegationScope}: where the negations of one text are and what each negates, read directly and through the
 * verifier (idioms that look like a negation and are not one, and words that negate without "not").
 */
class NegationScopeTest {

    /** The stems of {@code text}, so that expectations are written in words and not in the stemmer's output. */
    private static String[] stemsOf(String text) {
        return Words.of(text).stems().toArray(String[]::new);
    }

    @Test
    void findsEachWordThatSaysNot() {
        assertThat(NegationScope.negations(Words.of("magnesium is not absorbed well"))).containsExactly(2);
        assertThat(NegationScope.negations(Words.of("patients who don't respond never improve"))).containsExactly(2, 4);
        // "hard to" denies the verb after it; "hard" alone denies nothing
        assertThat(NegationScope.negations(Words.of("tablets are hard to tolerate"))).containsExactly(2);
        assertThat(NegationScope.negations(Words.of("the hard part is the wait"))).isEmpty();
        // "no longer carry" negates what follows "longer"
        assertThat(NegationScope.negations(Words.of("they no longer carry a risk"))).containsExactly(2);
    }

    @Test
    void idiomsThatOnlyLookLikeANegationAreNone() {
        assertThat(NegationScope.negations(Words.of("it is not only safe but quick"))).isEmpty();
        assertThat(NegationScope.negations(Words.of("no matter the dose, rest helps"))).isEmpty();
        assertThat(NegationScope.negations(Words.of("the benefits aren't limited to the heart"))).isEmpty();
        assertThat(NegationScope.negations(Words.of("the benefits aren't merely restricted to adults"))).isEmpty();
        // a litotes: both halves cancel
        assertThat(NegationScope.negations(Words.of("bruising is not unusual"))).isEmpty();
        assertThat(NegationScope.negations(Words.of("the site isn't left unchecked"))).isEmpty();
        // an answer in two parts denies nothing; a plain "no" still does
        assertThat(NegationScope.negations(Words.of("yes and no: older adults need a check first"))).isEmpty();
        assertThat(NegationScope.negations(Words.of("no, older adults need a check first"))).containsExactly(0);
    }

    @Test
    void aLitotesNeedsANegationBeforeAPrefixedWordThatIsNoJudgementOfSafety() {
        Words unheardOf = Words.of("bruising isn't unheard of");
        assertThat(NegationScope.litotes(unheardOf, unheardOf.words().indexOf("unheard"))).isTrue();
        Words unwatched = Words.of("they aren't left unwatched");
        assertThat(NegationScope.litotes(unwatched, unwatched.words().indexOf("unwatched"))).isTrue();
        Words noNegation = Words.of("the site is left unchecked");
        assertThat(NegationScope.litotes(noNegation, noNegation.words().indexOf("unchecked"))).isFalse();
        Words unsafe = Words.of("it is not unsafe");
        assertThat(NegationScope.litotes(unsafe, unsafe.words().indexOf("unsafe"))).isFalse();
        assertThat(NegationScope.negations(unsafe)).containsExactly(2);
    }

    @Test
    void aNegationReachesThreeContentWordsWithinItsClause() {
        Words words = Words.of("not eating enough green vegetables is linked to fatigue");
        assertThat(NegationScope.scope(words, 0)).containsExactly(stemsOf("eating enough green"));
        Words clause = Words.of("not eating greens is linked to fatigue");
        assertThat(NegationScope.scope(clause, 0)).containsExactly(stemsOf("eating greens"));
        // a longer reach, as for what "rather than" sets aside
        assertThat(NegationScope.scope(words, 0, 4)).containsExactly(stemsOf("eating enough green vegetables"));
        // "hard to" denies only the verb that follows
        Words hard = Words.of("hard to control blood pressure");
        assertThat(NegationScope.scope(hard, 0)).containsExactly(stemsOf("control"));
    }

    @Test
    void aNegatedMembershipReachesIntoTheGroupsRelativeClause() {
        Words among = Words.of("not among the groups for which caution is advised");
        assertThat(NegationScope.scope(among, 0)).containsExactly(stemsOf("groups caution"));
        // without "among" the relative clause ends the reach
        Words plain = Words.of("not the groups for which caution is advised");
        assertThat(NegationScope.scope(plain, 0)).containsExactly(stemsOf("groups"));
    }

    @Test
    void isNegationKnowsNotAndItsKindOnly() {
        assertThat(NegationScope.isNegation("not")).isTrue();
        assertThat(NegationScope.isNegation("doesn't")).isTrue();
        assertThat(NegationScope.isNegation("hardly")).isTrue();
        assertThat(NegationScope.isNegation("note")).isFalse();
        assertThat(NegationScope.negatedByPrefix("unsafe")).isTrue();
        assertThat(NegationScope.negatedByPrefix("understand")).isFalse();
        assertThat(NegationScope.negatesAfterTo("unable")).isTrue();
        assertThat(NegationScope.negatesAfterTo("able")).isFalse();
    }

    @Test
    void notLimitedToWidensRatherThanDenies() {
        List<String> yoga = List.of("Yoga improves flexibility and balance, and it can also ease back pain.");
        Verdict notLimited = VERIFIER.verify("The benefits of yoga aren't limited to flexibility and balance; it can "
                + "also ease back pain [1].", yoga);
        assertThat(notLimited.outcome()).as(notLimited.reason()).isEqualTo(Outcome.RELEASE);
        Verdict notRestricted = VERIFIER.verify("Yoga's benefits are not restricted to balance: flexibility improves "
                + "too [1].", yoga);
        assertThat(notRestricted.outcome()).as(notRestricted.reason()).isEqualTo(Outcome.RELEASE);
        // a plain negation of what the evidence states is still one
        assertThat(VERIFIER.verify("Yoga does not improve flexibility or balance [1].", yoga).outcome())
                .isEqualTo(Outcome.DROP);
    }

    @Test
    void aNegatedNegativeWordCancels() {
        List<String> bruising = List.of("Some bruising at the injection site can happen, and nurses check the site "
                + "after each session.");
        Verdict notUnheardOf = VERIFIER.verify("Bruising at the injection site isn't unheard of [1].", bruising);
        assertThat(notUnheardOf.outcome()).as(notUnheardOf.reason()).isEqualTo(Outcome.RELEASE);
        Verdict notImpossible = VERIFIER.verify("It is not impossible for some bruising to happen at the injection "
                + "site [1].", bruising);
        assertThat(notImpossible.outcome()).as(notImpossible.reason()).isEqualTo(Outcome.RELEASE);
        Verdict notUnchecked = VERIFIER.verify("The injection site isn't left unchecked: nurses check it after each "
                + "session [1].", bruising);
        assertThat(notUnchecked.outcome()).as(notUnchecked.reason()).isEqualTo(Outcome.RELEASE);
        // a prefixed negative without a "not" before it still negates
        assertThat(VERIFIER.verify("The injection site is left unchecked after each session [1].", bruising)
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void aNegatedJudgementOfSafetyIsNoLitotes() {
        List<String> caution = List.of("Caution is advised for people with liver disease.");
        assertThat(VERIFIER.verify("The treatment is not unsafe for people with liver disease [1].", caution)
                .outcome()).isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("The treatment is not unsuitable for people with liver disease [1].", caution)
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void hardlyScarcelyAndBarelyNegate() {
        List<String> headaches = List.of("Tension headaches are common in office workers.");
        assertThat(VERIFIER.verify("Tension headaches are hardly common in office workers [1].", headaches).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Office workers scarcely get tension headaches [1].", headaches).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Tension headaches are common in office workers [1].", headaches).outcome())
                .isEqualTo(Outcome.RELEASE);
    }
}
