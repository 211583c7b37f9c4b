package com.clinicchat.llm.grounding;

import com.clinicchat.knowledge.KnowledgeBase;
import com.clinicchat.knowledge.KnowledgeProperties;
import com.clinicchat.knowledge.SubjectWords;
import com.clinicchat.knowledge.SubjectWordsTest;
import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier on the sentences the issue found reaching visitors, and on their honest counterparts; the labelled
 * corpus (GroundingCorpusTest) measures it on many more.
 */
class GroundingVerifierTest {

    /** What the project's own articles are about, read from the knowledge folder as the application does. */
    static final SubjectWords CLINIC_SUBJECT = subjectOf(Path.of("knowledge"));
    static final GroundingVerifier VERIFIER = new GroundingVerifier(RetrieverFixture.MODEL, () -> CLINIC_SUBJECT, 0.5,
            0.85); // LlmProperties' defaults
    static final List<String> PASSAGES = List.of(
            "Compared to oral magnesium supplements, an IV drip ensures higher absorption and faster results.",
            "This relaxation reduces strain on the heart and can help lower high blood pressure.",
            "With a proper treatment plan and supervision, magnesium infusions remain safe and effective.",
            "But we advise caution for:\n- People with kidney disease (since the kidneys regulate magnesium levels).\n"
                    + "- Those with severe heart block or certain cardiac conditions.\n"
                    + "- Pregnant or breastfeeding women (only after a medical consultation).",
            "Magnesium acts as a natural calcium channel blocker, relaxing blood vessels and easing strain on the heart.");

    static SubjectWords subjectOf(Path folder) {
        KnowledgeBase knowledge = new KnowledgeBase(new KnowledgeProperties(folder, false, Duration.ofMillis(100)),
                event -> { });
        knowledge.reload();
        return knowledge.subjectWords();
    }

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
        // an announcement of what follows claims nothing, whatever passage it cites
        assertThat(verify("Good question — let me go over what the passages say about blood pressure [2].").outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(verify("Good question — let me go over what the passages say about blood pressure [2].").reason())
                .contains("courtesy");
    }

    /** Passages in words of our own, for the rules added in round 3 (each a kind the corpus's writers found). */
    static final List<String> OWN = List.of(
            "Compared to tablets, an infusion raises blood levels faster and more reliably.",
            "Many adults do not get enough vitamin D from sunlight alone, and tablets may not fully correct low levels.",
            "We advise caution for people with liver disease, since the liver clears the infusion.",
            "Most patients tolerate the infusion well; brief flushing can occur.",
            "Pregnant women should have it only after a medical consultation.",
            "Chronic deficiency contributes to vascular stiffness and high blood pressure.",
            "Deficiency raises the chances of muscle cramps.");

    static Verdict verifyOwn(String sentence) {
        return VERIFIER.verify(sentence, OWN);
    }

    @Test
    void aComparisonKeepsItsSides() {
        assertThat(verifyOwn("Tablets raise blood levels faster than an infusion [1].").reason())
                .contains("comparison turned round");
        assertThat(verifyOwn("Tablets raise blood levels about as fast as an infusion [1].").reason())
                .contains("made alike what the passage compares");
        // both sides and the direction swapped: the same fact, which opposite words alone would have dropped
        assertThat(verifyOwn("Tablets raise blood levels slower and less reliably than an infusion [1].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyOwn("An infusion raises blood levels faster than tablets [1].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void eachNegationOfThePassageMustBeKeptWhereItWas() {
        // the second "not" is kept, the first one dropped
        assertThat(verifyOwn("Many adults get enough vitamin D from sunlight alone, and tablets may not fully correct "
                + "low levels [2].").outcome()).isEqualTo(Outcome.DROP);
        assertThat(verifyOwn("Many adults do not get enough vitamin D from sunlight alone, and tablets may not fully "
                + "correct low levels [2].").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void hardToDeniesTheVerbThatFollows() {
        assertThat(verifyOwn("Most patients find the infusion hard to tolerate [4].").outcome()).isEqualTo(Outcome.DROP);
        assertThat(verifyOwn("Most patients tolerate the infusion well [4].").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aCautionIsNotDismissed() {
        assertThat(verifyOwn("Liver disease is no concern, since the liver clears the infusion [3].").reason())
                .contains("caution dismissed");
    }

    @Test
    void aMultiplierIsAQuantityInWhateverFormItTakes() {
        assertThat(verifyOwn("Deficiency doubles the chances of muscle cramps [7].").reason()).contains("quantity");
        assertThat(verifyOwn("Deficiency tripling the chances of muscle cramps is possible [7].").reason()).contains("quantity");
        assertThat(verifyOwn("Deficiency raises the chances of muscle cramps [7].").outcome()).isEqualTo(Outcome.RELEASE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Here's what the article says about flushing:",
            "Below is a quick summary of the side effects:",
            "Here is what our passages mention about tablets."})
    void anAnnouncementOfWhatFollowsClaimsNothing(String sentence) {
        assertThat(verifyOwn(sentence).outcome()).isEqualTo(Outcome.DROP);
        assertThat(verifyOwn(sentence).reason()).contains("announces");
    }

    @Test
    void aClaimWordTheEvidenceNamesInOtherWordsCountsAsShared() {
        ClaimTerms terms = ClaimTerms.load();
        assertThat(terms.namedOtherwise(Words.of("stiffer arteries and hypertension"),
                Words.of("vascular stiffness and high blood pressure"))).contains("arteri", "hypertens");
        assertThat(terms.namedOtherwise(Words.of("stiffer arteries and asthma"), Words.of("vascular stiffness")))
                .doesNotContain("asthma");
        assertThat(verifyOwn("Long-term deficiency leaves arteries stiff and drives up hypertension [6].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "You'd most likely be fine to have one before a race [4].",
            "At your age you would probably tolerate it well [4].",
            "The flushing is brief, so there's no need to worry [4].",
            "With your thyroid it's best you wait a little [3].",
            "You'll want to drink water afterwards [4].",
            "You will likely tolerate the infusion well [4].",
            "If you're stressed, one drip session would probably help you unwind [4]."})
    void moreWaysOfAdvisingTheVisitorEscalate(String sentence) {
        assertThat(verifyOwn(sentence).outcome()).isEqualTo(Outcome.ESCALATE);
    }

    /** Passages in words of our own, for the rules added in round 4. */
    static final List<String> ROUND4 = List.of(
            "Some patients with migraine also benefit from zinc.",
            "Zinc lozenges shorten colds more than many other remedies.",
            "While bone and teeth health are the primary focus, vitamin D also supports:\n"
                    + "- Immune function: it helps the body fight infections.\n"
                    + "- Mood support: low levels are linked to low mood.",
            "A sublingual spray bypasses the stomach for quicker uptake.",
            "Tablets are absorbed in the gut.",
            "Regular sessions lead to improved lung capacity.",
            "Regular sessions maintain lung capacity.",
            "Our nurses adjust each session to the patient's needs.",
            "Stretching helps prevent night cramps.",
            "It supports ATP production in working muscles.",
            "Lowering inflammation that contributes to plaque.",
            "A warm compress can ease muscle soreness.");

    static Verdict verifyRound4(String sentence) {
        return VERIFIER.verify(sentence, ROUND4);
    }

    @Test
    void whatThePassageRanksFirstStaysFirst() {
        assertThat(verifyRound4("While mood is the primary focus, vitamin D also supports bone and teeth health [3].")
                .reason()).contains("ranks first");
        assertThat(verifyRound4("Bone and teeth health are the main focus of vitamin D [3].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aNegationWithoutItsApostropheIsStillANegation() {
        assertThat(Words.of("they dont absorb it").words()).contains("don't");
        assertThat(verifyOwn("Many adults dont get enough vitamin D from sunlight alone [2].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyOwn("Many adults get enough vitamin D from sunlight alone [2].").outcome())
                .isEqualTo(Outcome.DROP);
    }

    @Test
    void aSubstanceOrOutcomeAddedByAnalogyIsDropped() {
        assertThat(verifyRound4("It supports ATP and creatine production in working muscles [10].").reason())
                .contains("creatine");
        assertThat(verifyRound4("Lowering inflammation, which dissolves plaque [11].").reason()).contains("dissolves");
        assertThat(verifyRound4("It supports ATP production and bigger muscle gains [10].").outcome())
                .isEqualTo(Outcome.DROP);
    }

    @Test
    void anAmountWithoutANumberIsNoQuantity() {
        assertThat(Quantities.firstUnsupported("it goes in in bigger amounts", Words.of("it goes in in bigger amounts"),
                "higher uptake", Words.of("higher uptake"))).isEmpty();
        assertThat(Quantities.firstUnsupported("amounts of 500 mg", Words.of("amounts of 500 mg"), "higher uptake",
                Words.of("higher uptake"))).isPresent();
    }

    @Test
    void plainWordsForAClaimWordCountAsNamingIt() {
        ClaimTerms terms = ClaimTerms.load();
        assertThat(terms.namedOtherwise(Words.of("balancing brain messengers"), Words.of("regulating neurotransmitters")))
                .contains("brain", "messeng");
        assertThat(terms.firstUnsupported("poor sugar handling", Words.of("poor sugar handling"),
                Words.of("impaired glucose metabolism"), "impaired glucose metabolism")).isEmpty();
    }

    static final List<String> ROUND5 = List.of(
            "Zinc lozenges can shorten colds and ease sore throats.",
            "Vitamin D comes from foods like oily fish or fortified milk.",
            "The spray acts on receptors in the nasal lining.",
            "Patients with seasonal affective disorder often feel better with light therapy.",
            "Low calcium levels can cause muscle cramps.",
            "The spray is used alongside standard asthma care.",
            "Tablets may not fully correct levels in people with gut absorption problems.",
            "During growth spurts the body uses more zinc than usual.",
            "Stretching loosens the calf and can ease night cramps.",
            "While bone health is the main focus, vitamin D also supports:\n"
                    + "- Immune function: it helps the body fight infections.");

    static Verdict verifyRound5(String sentence) {
        return VERIFIER.verify(sentence, ROUND5);
    }

    @Test
    void anEffectAddedToThePassagesOwnIsDropped() {
        assertThat(verifyRound5("Zinc lozenges can shorten colds, ease sore throats and lower fever [1].").reason())
                .contains("effect on what the passages do not name");
        assertThat(verifyRound5("Zinc lozenges can shorten colds and ease sore throats [1].").outcome())
                .isEqualTo(Outcome.RELEASE);
        // "the balance", "a cut": nouns, not effects
        assertThat(AddedItems.firstAdded("restore the balance fast", Words.of("restore the balance fast"),
                Words.of("restore balance quickly"), List.of("restore balance quickly"),
                java.util.Set.of())).isEmpty();
    }

    @Test
    void anExampleAddedToThePassagesOwnIsDropped() {
        assertThat(verifyRound5("Vitamin D comes from foods like oily fish, egg yolks or fortified milk [2].").reason())
                .contains("example not in the passages: egg yolks");
        assertThat(verifyRound5("Vitamin D comes from foods such as oily fish or fortified milk [2].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anAbbreviationMustBeInThePassageOrSpelledOutThere() {
        assertThat(verifyRound5("The spray acts on NMDA receptors in the nasal lining [3].").reason()).contains("NMDA");
        assertThat(verifyRound5("Patients with SAD often feel better with light therapy [4].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void tooLittleOrTooMuchInTheBloodIsNamedByItsParts() {
        assertThat(verifyRound5("Hypocalcaemia can cause muscle cramps [5].").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound5("Hypocalcemia can cause muscle cramps [5].").outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound5("Hypercalcaemia can cause muscle cramps [5].").reason()).contains("hypercalcaemia");
    }

    @Test
    void inPlaceOfIsInsteadOf() {
        assertThat(Words.of("used in place of standard care").words()).containsSubsequence("instead", "of");
        assertThat(verifyRound5("The spray may be used in place of standard asthma care [6].").reason())
                .contains("says it differently");
        assertThat(verifyRound5("The spray is used along with standard asthma care [6].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anEqualityOfSeveralWordsStillDeniesTheDifference() {
        assertThat(verifyOwn("Tablets raise blood levels just as fast and reliably as an infusion [1].").reason())
                .contains("made alike what the passage compares");
    }

    @Test
    void forExampleIsNoGram() {
        String sentence = "common in gut conditions (e.g. coeliac disease)";
        assertThat(Quantities.firstUnsupported(sentence, Words.of(sentence), "gut conditions like coeliac disease",
                Words.of("gut conditions like coeliac disease"))).isEmpty();
    }

    @Test
    void aCountOfTheItemsTheSentenceListsIsNoInventedNumber() {
        assertThat(verifyRound5("Stretching can help in two ways: it loosens the calf and eases night cramps [9].")
                .outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound5("Stretching can help in three ways: it loosens the calf and eases night cramps [9].")
                .reason()).contains("three");
        assertThat(Quantities.countsListedItems("three", "night cramps affect one in three adults: a, b, c", ""))
                .isFalse();
    }

    @Test
    void aNegationThatRestatesAProblemIsNoNegationMore() {
        assertThat(verifyRound5("Tablets may not fully correct levels when the gut doesn't absorb well [7].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound5("Tablets may not fully correct levels, not even in people with no gut problems [7].")
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "For your race recovery: you may wish to book a session the day after [1].",
            "The flushing you felt is normal, so there is no need to tell anyone about it [1].",
            "Since you've been feeling tired lately, this sounds like it fits [4]."})
    void whatTheVisitorFeltOrMayWishToDoEscalates(String sentence) {
        assertThat(verifyRound5(sentence).outcome()).isEqualTo(Outcome.ESCALATE);
    }

    static final List<String> ROUND5_MORE = List.of(
            "Most patients tolerate zinc lozenges well.",
            "Poor sleep is strongly linked with higher chances of colds.",
            "Vitamin D supports immune function.");

    @Test
    void aHedgeAddedToAFlatStatementNeedsNoEvidence() {
        // the cosine shortcut off, so that only the shared words decide: "possibly", "perhaps", "seems" are not
        // counted as words the passage lacks (2 of 2 words shared, not 2 of 5)
        GroundingVerifier wordsOnly = new GroundingVerifier(RetrieverFixture.MODEL, () -> CLINIC_SUBJECT, 0.5,
                1.01);
        assertThat(wordsOnly.verify("It possibly, perhaps, seems to support immunity [3].", ROUND5_MORE).outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(wordsOnly.verify("It possibly, perhaps, seems to support bones [3].", ROUND5_MORE).outcome())
                .isEqualTo(Outcome.DROP);
    }

    @Test
    void aHeadingInTheWritersOwnWordsIsNotCountedAgainstTheOverlap() {
        assertThat(VERIFIER.verify("**Plain bottom line:** lozenges are well tolerated [1].", ROUND5_MORE).outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Plain bottom line lozenges are well tolerated [1].", ROUND5_MORE).reason())
                .contains("too little in common");
        // the heading's claim words are still checked
        assertThat(VERIFIER.verify("**Migraine relief:** most patients tolerate zinc lozenges well [1].", ROUND5_MORE)
                .reason()).contains("migraine");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Since you mentioned palpitations, it would be worth discussing with the team first [1].",
            "Let us know if you notice any flushing during the session [1]."})
    void whatTheVisitorToldUsOrShouldTellUsEscalates(String sentence) {
        assertThat(VERIFIER.verify(sentence, ROUND5_MORE).outcome()).isEqualTo(Outcome.ESCALATE);
    }

    @Test
    void aQualityOrACodedNameTheComparisonDoesNotGiveIsDropped() {
        assertThat(verifyOwn("An infusion raises blood levels faster and gentler than tablets [1].").reason())
                .contains("a quality the passages do not compare: gentler");
        assertThat(verifyOwn("An infusion gives faster, longer-lasting results than tablets [1].").reason())
                .contains("longer");
        assertThat(verifyOwn("Many adults do not get enough vitamin D or vitamin K from sunlight alone [2].").reason())
                .contains("vitamin K");
        assertThat(verifyOwn("Many adults do not get enough vitamin D from sunlight alone [2].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    static final List<String> ROUND5_OPPOSITES = List.of(
            "Compared to tablets, an infusion gives higher uptake and faster relief.",
            "If zinc levels drop too low, the sense of taste can fade.",
            "With a proper plan and supervision, the spray remains safe.",
            "Zinc acts as a natural channel blocker, relaxing the airway and easing irritation.");

    @Test
    void eachClauseOfAComparisonIsJudged() {
        assertThat(VERIFIER.verify("An infusion works faster, though tablets bring higher uptake [1].", ROUND5_OPPOSITES)
                .reason()).contains("comparison turned round");
        assertThat(VERIFIER.verify("An infusion gives faster relief, while tablets are slower [1].",
                ROUND5_OPPOSITES).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void theSubjectIsWhatTheClinicsArticlesAreAbout(@TempDir Path zincClinic) throws IOException {
        Files.writeString(zincClinic.resolve("zinc.md"), SubjectWordsTest.ZINC);
        SubjectWords zinc = subjectOf(zincClinic);
        assertThat(zinc.words()).containsExactly("zinc");
        assertThat(CLINIC_SUBJECT.words()).contains("magnesium").doesNotContain("zinc");
        GroundingVerifier zincVerifier = new GroundingVerifier(RetrieverFixture.MODEL, () -> zinc, 0.5, 0.85);
        List<String> passages = List.of("It supports immunity and wound healing.");
        // naming the subject every passage is about claims nothing: the passage need not repeat it
        assertThat(zincVerifier.verify("Zinc supports immunity and wound healing [1].", passages).outcome())
                .isEqualTo(Outcome.RELEASE);
        // in the magnesium clinic zinc is a substance like any other, which the passage must name
        assertThat(VERIFIER.verify("Zinc supports immunity and wound healing [1].", passages).reason())
                .contains("names what the passages do not: zinc");
        // and in the zinc clinic magnesium is one
        assertThat(zincVerifier.verify("Zinc and magnesium support immunity and wound healing [1].", passages)
                .reason()).contains("names what the passages do not: magnesium");
    }

    static final List<String> ROUND6 = List.of(
            "We advise caution for:\n- People with liver disease.\n- Those with gout or certain joint conditions.\n"
                    + "- Children under twelve (only with a parent present).",
            "Iron has a central role in carrying oxygen in the blood.",
            "Some runners with shin splints also improve.",
            "Iron drips are ideal for:\n- People with iron deficiency anaemia\n- Athletes seeking better endurance\n"
                    + "- Those recovering from blood loss",
            "By addressing sleep and diet together, the programme gives broader relief than single-purpose plans.",
            "Cold baths after training reduce soreness.",
            "Endurance athletes often take part in the programme.",
            "Bruising usually resolves on its own and is closely monitored by the nurse.",
            "Compared to oral tablets, the nasal spray is absorbed better and gives faster relief.");

    static Verdict verifyRound6(String sentence) {
        return VERIFIER.verify(sentence, ROUND6);
    }

    @Test
    void anItemSlippedIntoAPlainListIsDropped() {
        assertThat(verifyRound6("Caution is advised for people with liver disease, gout or lupus, and for children "
                + "under twelve [1].").reason()).contains("item not in the passages: lupus");
        // "lupus" beside the vague "certain joint conditions" is no rewording of it: it names what the passage does not
        assertThat(verifyRound6("Caution is advised for people with liver disease, gout or certain joint conditions, "
                + "lupus, and children under twelve [1].").reason()).contains("item not in the passages: lupus");
        assertThat(verifyRound6("Caution is advised for people with liver disease, gout or certain joint conditions, "
                + "and for children under twelve [1].").outcome()).isEqualTo(Outcome.RELEASE);
        // an item in other words ("podagra" for "gout") leaves one of the passage's own without a match; in a list of
        // cautions that is no longer taken for a rewording (round 8): it looks the same as a condition swapped in
        assertThat(verifyRound6("Caution is advised for people with liver disease, podagra or certain joint "
                + "conditions, and for children under twelve [1].").reason()).contains("item not in the passages: podagra");
        // qualities listed in other words are no added things
        assertThat(AddedItems.firstAdded("it is safe, quick and handy", Words.of("it is safe, quick and handy"),
                Words.of("safe, fast and convenient"), List.of("safe, fast and convenient"), java.util.Set.of())).isEmpty();
    }

    @Test
    void aRankOrOrdinalIsAQuantityToBeStated() {
        assertThat(verifyRound6("Iron is the fourth most common metal in the body and has a central role in carrying "
                + "oxygen in the blood [2].").reason()).contains("quantity not in the passages");
        assertThat(verifyRound6("Iron is the most abundant metal in the blood and has a central role in carrying "
                + "oxygen [2].").reason()).contains("quantity not in the passages: most abundant");
        assertThat(verifyRound6("Iron has a central role in carrying oxygen in the blood [2].").outcome())
                .isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anExampleListEndsWhereANewGroupBegins() {
        assertThat(verifyRound6("Iron drips suit people with conditions like iron deficiency anaemia, athletes seeking "
                + "better endurance, and those recovering from blood loss, among others [4].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Iron drips suit people with conditions like iron deficiency anaemia or coeliac "
                + "disease, and those recovering from blood loss [4].").reason())
                .contains("example not in the passages: coeliac disease");
    }

    @Test
    void attributionsAreNotCountedAgainstTheOverlap() {
        assertThat(verifyRound6("The article suggests and the clinic reports that cold baths after training reduce "
                + "soreness [6].").outcome()).isEqualTo(Outcome.RELEASE);
        // what is attributed is still checked
        assertThat(verifyRound6("According to the clinic, cold baths after training cure soreness [6].").outcome())
                .isEqualTo(Outcome.DROP);
    }

    @Test
    void focusOnSomethingIsNoClaimOfMentalFocus() {
        assertThat(verifyRound6("Endurance athletes are a particular focus of the programme [7].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Endurance athletes are one of the focus groups of the programme [7].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Endurance athletes often take part in the programme for focus [7].").reason())
                .contains("names what the passages do not: focus");
    }

    @Test
    void everydayIdiomsReadAsThePassagesFormalWords() {
        assertThat(verifyRound6("Bruising usually clears up by itself, and the nurse keeps a close eye on it [8].")
                .outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Bruising usually settles by itself and is watched closely by the nurse [8].")
                .outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Bruising never clears up by itself [8].").outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void plainWordsReadAsThePlainMedicalOnes() {
        assertThat(verifyRound6("Versus tablets by mouth, the nasal spray gives quicker relief [9].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Compared to tablets taken by mouth, the nasal spray soaks in better [9].").outcome())
                .isEqualTo(Outcome.RELEASE);
        assertThat(verifyRound6("Versus tablets by mouth, the nasal spray gives slower relief [9].").outcome())
                .isEqualTo(Outcome.DROP);
    }

    // round 7: passages of our own (iron infusions, cold-water immersion, a blood-thinner caution list)
    static final List<String> IRON = List.of(
            "Iron infusions are suited to:\n- Heavy menstrual bleeding, where iron stores run low.\n- Restless legs at night.",
            "After an iron infusion, patients report:\n- Less tiredness, because haemoglobin rises.\n- Better concentration.");

    @Test
    void aCauseStitchedAcrossTwoPassagesIsDropped() {
        assertThat(VERIFIER.verify("Restless legs are caused by low haemoglobin, which the infusion raises [1][2].", IRON)
                .reason()).contains("links what no one passage links");
        assertThat(VERIFIER.verify("Heavy menstrual bleeding leads to less tiredness after the infusion [1][2].", IRON)
                .outcome()).isEqualTo(Outcome.DROP);
        // one passage states both sides and the link
        assertThat(VERIFIER.verify("After an iron infusion, patients report less tiredness because haemoglobin rises [2].",
                IRON).outcome()).isEqualTo(Outcome.RELEASE);
    }

    static final List<String> IMMERSION = List.of(
            "Cold-water immersion is part of many rugby recovery programmes, especially after contact training.");

    private static final List<String> CAUTION = List.of(
            "We advise caution for:\n- People taking blood thinners.\n- Those with a bleeding disorder.");

    @Test
    void theArticlesOwnVoiceRepeatedIsNoPersonalAdvice() {
        assertThat(VERIFIER.verify("We advise caution for people taking blood thinners [1].", CAUTION).outcome())
                .isEqualTo(Outcome.RELEASE);
        // still checked as a claim, and still advice when it turns to the visitor or the passage never says it
        assertThat(VERIFIER.verify("We advise caution for people taking blood thinners or those with asthma [1].",
                CAUTION).outcome()).isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("We advise caution for you if you take blood thinners [1].", CAUTION).outcome())
                .isEqualTo(Outcome.ESCALATE);
        assertThat(VERIFIER.verify("We advise caution for people taking blood thinners [1].", IMMERSION).outcome())
                .isEqualTo(Outcome.ESCALATE);
    }

    // round 8: passages of our own (iron infusions again, sleep clinics)
    private static final List<String> SLEEP = List.of(
            "Poor sleep is strongly linked with higher blood pressure, weight gain and low mood.",
            "In sleep clinics, melatonin helps with jet lag, shift work or poor sleep.");

    @Test
    void aCauseThatOpensTheSentenceIsStatedByOnePassage() {
        assertThat(VERIFIER.verify("Because heavy menstrual bleeding runs iron stores low, patients report better "
                + "concentration after the infusion [1][2].", IRON).reason()).contains("links what no one passage links");
        // a word of one side ("poor sleep") in the passage that states the other is no statement of that side
        assertThat(VERIFIER.verify("Because poor sleep is strongly linked with weight gain and higher blood pressure, "
                + "sleep clinics use melatonin to help with jet lag [1][2].", SLEEP).outcome()).isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Because haemoglobin rises after an iron infusion, patients report less tiredness [2].",
                IRON).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aReasonInANounIsALinkToo() {
        assertThat(VERIFIER.verify("Restless legs at night are the main reason patients report better concentration "
                + "after an iron infusion [1][2].", IRON).reason()).contains("links what no one passage links");
    }

    private static final List<String> BLEEDING = List.of(
            "The injection is not recommended for:\n- People taking blood thinners.\n- Those with a bleeding disorder.\n"
                    + "- Pregnant or breastfeeding women (only after a medical consultation).",
            "Patients often report:\n- Sore throat.\n- Dry cough.\n- Mild headache.");

    @Test
    void aCautionListItemIsNeverRewordedAway() {
        // the list repeated with one of its items swapped for a condition of the model's own
        assertThat(VERIFIER.verify("The injection is not recommended for people taking blood thinners, those with a "
                + "bleeding disorder, or myasthenia gravis [1].", BLEEDING).reason()).contains("item not in the passages");
        // a synonym the claim words know ("lactation" for "breastfeeding") is the same item
        assertThat(VERIFIER.verify("The injection is not recommended for people taking blood thinners, those with a "
                + "bleeding disorder, or during pregnancy or lactation [1].", BLEEDING).outcome()).isEqualTo(Outcome.RELEASE);
        // a list of anything else may still say an item in other words
        assertThat(VERIFIER.verify("Patients often report a sore throat, a dry cough and a slight pounding head [2].",
                BLEEDING).outcome()).isEqualTo(Outcome.RELEASE);
    }

    private static final List<String> OXYGEN = List.of(
            "When iron stores run low, haemoglobin falls and the muscles receive less oxygen, which causes tiredness.");

    @Test
    void aLevelMustBeTheOneThePassageStates() {
        assertThat(VERIFIER.verify("When iron stores run low, the muscles receive too much oxygen, which causes "
                + "tiredness [1].", OXYGEN).reason()).contains("a level the passages do not state: too much oxygen");
        assertThat(VERIFIER.verify("When iron stores run low, the muscles receive too little oxygen, which causes "
                + "tiredness [1].", OXYGEN).outcome()).isEqualTo(Outcome.RELEASE);
    }

    private static final List<String> B12 = List.of(
            "Vitamin B12 has a vital role in the nervous system and the blood, especially the brain.",
            "Many people don't get enough vitamin B12 from their diet alone.",
            "Nasal sprays give faster and more reliable relief than tablets.",
            "Cold-water immersion eases muscle soreness after contact training.",
            "That's why many families in Leeds turn to us.",
            "Our nurses also bring treatments to homes and offices, making care both safe and convenient.");

    @Test
    void plainEnglishIsReadForWhatItSays() {
        // "above all" puts one thing first, "only from X" restricts as "from X alone" does: no absolutes
        assertThat(VERIFIER.verify("Vitamin B12 matters for the nervous system and the blood, and above all for the "
                + "brain [1].", B12).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Vitamin B12 matters for all of the body [1].", B12).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Many people don't get enough vitamin B12 only from the food they eat [2].", B12)
                .outcome()).isEqualTo(Outcome.RELEASE);
        // a predicate joined on to a clause is no item slipped into a list
        assertThat(VERIFIER.verify("Compared with tablets, nasal sprays give relief that comes faster and is more "
                + "reliable [3].", B12).outcome()).isEqualTo(Outcome.RELEASE);
        // "for good", "is sure to", "without fail" are absolutes in plain words
        assertThat(VERIFIER.verify("Cold-water immersion eases muscle soreness after contact training for good [4].", B12)
                .reason()).contains("absolute");
        assertThat(VERIFIER.verify("Cold-water immersion is sure to ease muscle soreness after contact training [4].",
                B12).outcome()).isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Cold-water immersion eases muscle soreness after contact training without fail [4].",
                B12).reason()).contains("absolute");
    }

    @Test
    void aSentenceThatOnlySeemsToContradictAPassageItBarelySharesIsACitationSlip() {
        Verdict verdict = VERIFIER.verify("Our nurses also bring treatments to homes and offices, which makes care safe "
                + "and convenient [5].", B12);
        assertThat(verdict.outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(verdict.citations()).containsExactly(6);
        // a sentence that shares most of its words with the passage it contradicts is still dropped
        assertThat(VERIFIER.verify("Nasal sprays give slower and less reliable relief than tablets [3].", B12).outcome())
                .isEqualTo(Outcome.DROP);
    }

    @Test
    void aClosingCourtesyIsDroppedNotHandedToStaff() {
        assertThat(VERIFIER.verify("Please don't hesitate to ask if you have more questions.", B12).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("I hope this helps, and please take good care of yourself!", B12).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Great question — thanks so much for reaching out to Sunrise Clinic!", B12).outcome())
                .isEqualTo(Outcome.DROP);
        // advice dressed as a courtesy is still advice
        assertThat(VERIFIER.verify("Please don't hesitate to book an injection if you have a bleeding disorder.", B12)
                .outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(VERIFIER.verify("I hope this helps, and you should take vitamin B12 daily [2].", B12).outcome())
                .isEqualTo(Outcome.ESCALATE);
    }

    @Test
    void whatACourtesyHopesToHelpWithIsPartOfIt() {
        Verdict wish = VERIFIER.verify("I hope this helps you prepare for your injection [2].", B12);
        assertThat(wish.outcome()).as(wish.reason()).isEqualTo(Outcome.DROP);
        assertThat(wish.reason()).contains("courtesy");
        // a claim after the courtesy, set apart by a comma, is still judged as one
        assertThat(VERIFIER.verify("I hope this helps, and you should take vitamin B12 every day [2].", B12)
                .outcome()).isEqualTo(Outcome.ESCALATE);
    }

    private static final List<String> CALVES = List.of(
            "Compression stockings squeeze the calves, pushing blood back towards the heart.");

    @Test
    void aMeansOrAConsequenceIsALinkToo() {
        assertThat(VERIFIER.verify("By running iron stores low, heavy menstrual bleeding brings better concentration "
                + "after an infusion [1][2].", IRON).reason()).contains("links what no one passage links: 'by'");
        assertThat(VERIFIER.verify("Heavy menstrual bleeding runs iron stores low, so patients report better "
                + "concentration after an infusion [1][2].", IRON).reason()).contains("links what no one passage links: 'so'");
        // a passage that links by a participle states the link
        assertThat(VERIFIER.verify("By squeezing the calves, compression stockings push blood back towards the heart [1].",
                CALVES).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Compression stockings squeeze the calves, so blood is pushed back towards the "
                + "heart [1].", CALVES).outcome()).isEqualTo(Outcome.RELEASE);
    }

    // round 9: claims that contradict or overstate a passage in the words it uses

    @Test
    void aComparisonMadeAnEqualityInAnAdjectiveIsDropped() {
        List<String> tablets = List.of("Compared to iron tablets, an iron infusion ensures higher absorption and "
                + "faster results.");
        assertThat(VERIFIER.verify("Compared to an infusion, iron tablets generally offer similar absorption, just "
                + "with slower results [1].", tablets).reason()).contains("made alike what the passage compares");
        assertThat(VERIFIER.verify("Iron tablets match an infusion for absorption [1].", tablets).reason())
                .contains("made alike what the passage compares");
        assertThat(VERIFIER.verify("Iron tablets give lower absorption and slower results than an infusion [1].",
                tablets).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void theWordsAPassageNegatesRepeatedWithoutTheNegationAreDropped() {
        List<String> visits = List.of("Home visits are for people who cannot get out easily to a clinic.");
        assertThat(VERIFIER.verify("Home visits are mainly for people who already get out easily [1].", visits)
                .reason()).contains("dropped negation");
        assertThat(VERIFIER.verify("Home visits are for people who cannot get out easily [1].", visits).outcome())
                .isEqualTo(Outcome.RELEASE);
        List<String> diet = List.of("The service supports those who may not get enough vitamin D through sunlight "
                + "or food.");
        assertThat(VERIFIER.verify("The service supports those who already have enough vitamin D through sunlight "
                + "[1].", diet).reason()).contains("dropped negation");
        assertThat(VERIFIER.verify("The service supports those who struggle to get enough vitamin D through sunlight "
                + "[1].", diet).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aRareWordNamingASubstanceIsANewClaimEvenUnlisted() {
        List<String> forms = List.of("Ferric carboxymaltose or iron sucrose infusions restore iron stores quickly.");
        // neither word is in claim-terms.txt: one is a substance by its form, and no everyday English word
        assertThat(VERIFIER.verify("Ferric carboxymaltose, iron sucrose, or ferumoxytol infusions restore iron stores "
                + "quickly [1].", forms).reason()).contains("ferumoxytol");
        assertThat(VERIFIER.verify("Ferric carboxymaltose, iron sucrose, or monofer infusions restore iron stores "
                + "quickly [1].", forms).reason()).contains("item not in the passages: monofer");
        assertThat(VERIFIER.verify("Ferric carboxymaltose or iron sucrose infusions restore iron stores quickly [1].",
                forms).outcome()).isEqualTo(Outcome.RELEASE);
        // a rare quality in a list, and a rare verb of a chemical ending, name nothing new
        List<String> effects = List.of("Side effects include warmth, temporary flushing of the skin, and a brief "
                + "drop in blood pressure.", "When iron runs low, calcium can overstimulate the muscle fibres, "
                + "causing cramps.");
        assertThat(VERIFIER.verify("Side effects include warmth, transient cutaneous flushing, and a brief drop in "
                + "blood pressure [1].", effects).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("When iron runs low, calcium can overexcite the muscle fibres, causing cramps [2].",
                effects).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aHedgedInstructionToStopTreatmentIsStillAdvice() {
        assertThat(VERIFIER.verify("You could probably stop your iron tablets once you start the infusions [1].", B12)
                .outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(VERIFIER.verify("You might notice a metallic taste during the injection [1].", B12).outcome())
                .isNotEqualTo(Outcome.ESCALATE);
    }

    @Test
    void plainEnglishCountsAndNamesForWhatThePassageSays() {
        List<String> recovery = List.of("Recovery needs both sleep and protein.", "Iron plays a role in both.");
        assertThat(VERIFIER.verify("Iron helps recovery in two ways: with sleep and with protein [1][2].", recovery)
                .outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Iron helps recovery in both within two sessions [1][2].", recovery)
                .reason()).contains("quantity not in the passages: two");
        List<String> overload = List.of("Chronic iron overload contributes to vascular stiffness and impaired glucose "
                + "metabolism.", "For people with existing cardiovascular diseases, a supervised plan may include "
                + "regular blood tests.");
        assertThat(VERIFIER.verify("Over time, iron overload adds to stiffer arteries and poorer blood sugar handling "
                + "[1].", overload).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("For people who already have heart or blood vessel disease, a supervised plan may "
                + "include regular blood tests [2].", overload).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Over time, iron overload adds to stiffer arteries and diabetes [1].", overload)
                .reason()).contains("names what the passages do not: diabetes");
    }

    @Test
    void inOtherWordsOpeningASentenceRestatesTheOneBefore() {
        List<String> support = List.of("By raising ferritin quickly, an iron infusion provides targeted support for "
                + "two areas of health: energy and concentration.");
        assertThat(VERIFIER.verify("In other words, by lifting ferritin quickly, an iron infusion gives targeted "
                + "support to two areas of health, energy and concentration [1].", support).outcome())
                .isEqualTo(Outcome.RELEASE);
        // inside a sentence it still glosses what comes before it
        assertThat(VERIFIER.verify("An iron infusion provides targeted support for concentration, in other words "
                + "better exam grades [1].", support).outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void anImprovementMustBeClaimedForWhatItImproves() {
        List<String> overload = List.of("Untreated thyroid problems contribute to dry skin, increased tiredness, and "
                + "impaired bone turnover.", "Vitamin D is involved in bone turnover.",
                "Regular vitamin D can help support bone turnover in older adults.");
        // the passage names bone turnover as harmed, never as made better: an outcome built from its own words
        assertThat(VERIFIER.verify("Treating thyroid problems improves bone turnover and skin health [1].", overload)
                .reason()).contains("an outcome the passages do not claim");
        assertThat(VERIFIER.verify("Vitamin D boosts bone turnover [2].", overload).outcome())
                .isEqualTo(Outcome.DROP);
        // what the passages do claim: the harm itself, and a change said next to the thing
        assertThat(VERIFIER.verify("Untreated thyroid problems add to dry skin, more tiredness and impaired bone "
                + "turnover [1].", overload).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(Outcomes.firstUnclaimed(Words.of("Vitamin D can help improve bone turnover in older adults."),
                overload.get(2))).isEmpty();
        // a verb governs all it is coordinated with in its clause
        assertThat(Outcomes.firstUnclaimed(Words.of("Regular walks improve circulation."),
                "Regular walks help by improving blood vessel flexibility and circulation.")).isEmpty();
        assertThat(Outcomes.firstUnclaimed(Words.of("Vitamin D can help improve bone turnover in older adults."),
                overload.get(1))).isPresent();
    }

    @Test
    void namingTheClinicForTheArticlesWeClaimsNothing() {
        GroundingVerifier named = new GroundingVerifier(RetrieverFixture.MODEL,
                () -> new SubjectWords(Set.of("zinc"), Set.of("Bright Drip Ohio")), 0.5, 0.85);
        List<String> passages = List.of("Our nurses give each zinc infusion with care and skill.",
                "We also bring infusions to homes, offices and events.");
        assertThat(named.verify("Bright Drip Ohio's nurses give each infusion with care and skill [1].", passages)
                .outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(named.verify("Bright Drip Ohio also brings infusions to homes, offices and events [2].", passages)
                .outcome()).isEqualTo(Outcome.RELEASE);
        // the name is the clinic's; a place it is not said to serve is still a claim
        assertThat(named.verify("Bright Drip Ohio also brings infusions to homes in Cleveland [2].", passages)
                .reason()).contains("Cleveland");
        // a passage naming the clinic itself shares the name's words
        assertThat(named.verify("The clinic is Bright Drip Ohio, and it brings infusions to homes and offices [1][2].",
                List.of("Many runners in Ohio turn to Bright Drip Ohio.", passages.get(1))).outcome())
                .isEqualTo(Outcome.RELEASE);
        // a price is a fact of its own: "complimentary" must be the passage's word too
        assertThat(named.verify("Bright Drip Ohio's nurses offer a complimentary consultation before each infusion "
                + "[1].", List.of("Our nurses offer a consultation before each infusion.")).reason())
                .contains("names what the passages do not: complimentary");
        // a clinic whose articles do not go by that name: the name is a claim like any other
        assertThat(VERIFIER.verify("Bright Drip Ohio's nurses give each infusion with care and skill [1].", passages)
                .outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void theParticlesOfPhrasalVerbsAreNoWordsToShare() {
        GroundingVerifier wordsOnly = new GroundingVerifier(RetrieverFixture.MODEL, () -> CLINIC_SUBJECT, 0.5, 1.01);
        List<String> baths = List.of("Cold baths after a hike reduce fatigue.");
        // "bouncing back", "cut down": one word each of the writer's own, not two
        assertThat(wordsOnly.verify("Bouncing back from a hike, people cut down their fatigue fast in cold baths [1].",
                baths).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(wordsOnly.verify("Bouncing back from a hike, people cut down their fatigue fast in warm showers "
                + "[1].", baths).outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void aSentenceCitingTwoPassagesMayLeanOnOneMore() {
        List<String> iron = List.of("Iron has a central role in the body, especially in the kidneys.",
                "It affects energy levels, oxygen transport and skin colour.",
                "When given by infusion, its effects on tiredness are quicker.");
        Verdict three = VERIFIER.verify("Iron affects energy levels, oxygen transport in the kidneys and skin colour, "
                + "and by infusion its effects on tiredness are quicker [2][3].", iron);
        assertThat(three.outcome()).as(three.reason()).isEqualTo(Outcome.RELEASE);
        assertThat(three.citations()).containsExactlyInAnyOrder(1, 2, 3);
        // one citation joins one more passage, never two the sentence did not point to
        assertThat(VERIFIER.verify("Iron affects energy levels, oxygen transport in the kidneys and skin colour, and "
                + "by infusion its effects on tiredness are quicker [2].", iron).outcome()).isEqualTo(Outcome.DROP);
    }

    // round 11: passages of our own (iron and restless legs, melatonin in sleep clinics)
    @Test
    void aNotBeforeANegativeInTheWritersWordsExcludesWhomThePassageIncludes() {
        List<String> home = List.of("Home infusions suit people who live far from town, busy parents, or patients who "
                + "do not tolerate tablets well.");
        assertThat(VERIFIER.verify("Home infusions suit people who live far from town and busy parents, but not "
                + "patients who tolerate tablets poorly [1].", home).reason())
                .contains("negates what the passage already negates");
        // the passage's "not" said once, either way, is the same claim
        assertThat(VERIFIER.verify("Home infusions suit busy parents and patients who tolerate tablets poorly [1].",
                home).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Home infusions suit busy parents and patients who do not tolerate tablets well "
                + "[1].", home).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aVerbWithItsObjectJoinedOnIsNoListedThing() {
        List<String> zinc = List.of("Zinc infusions give targeted support by:\n\n- Restoring low zinc stores faster "
                + "than diet or tablets.\n- Calming skin inflammation that contributes to redness and itching.");
        // "quells the skin inflammation": a verb the vocabulary may not know, but with its object after it
        Verdict quells = VERIFIER.verify("It restores low zinc stores faster than food or tablets and quells the skin "
                + "inflammation behind redness and itching [1].", zinc);
        assertThat(quells.outcome()).as(quells.reason()).isEqualTo(Outcome.RELEASE);
        // a rare thing slipped into the list is still one
        assertThat(VERIFIER.verify("It restores low zinc stores faster than diet, tablets or picolinate, and calms "
                + "skin inflammation [1].", zinc).outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void aThingThatConcentratesItsSupportClaimsNoConcentration() {
        List<String> zinc = List.of("By raising zinc levels quickly, the infusion gives targeted support to two areas: "
                + "the skin and the immune system.");
        Verdict aimed = VERIFIER.verify("By raising zinc levels quickly, the infusion concentrates its support on two "
                + "areas, the skin and the immune system [1].", zinc);
        assertThat(aimed.outcome()).as(aimed.reason()).isEqualTo(Outcome.RELEASE);
        // a person's concentration is still a claim the passage must make
        assertThat(VERIFIER.verify("By raising zinc levels quickly, the infusion helps people concentrate on the "
                + "skin and the immune system [1].", zinc).reason()).contains("names what the passages do not");
    }

    @Test
    void anElementSymbolWithoutANumberIsNoUnit() {
        List<String> cramps = List.of("Low magnesium lets calcium overexcite the muscle fibres, which causes painful "
                + "cramps and twitching.", "A drip takes 1-2 hours and its 200 ml bag is given slowly.");
        // "Mg" is magnesium's symbol here, not milligrams: no number states an amount of it
        Verdict symbol = VERIFIER.verify("When Mg runs low, calcium can overexcite the muscle fibres and cause painful "
                + "cramps [1].", cramps);
        assertThat(symbol.outcome()).as(symbol.reason()).isEqualTo(Outcome.RELEASE);
        // the symbol of an element no passage names is still a name of its own
        assertThat(VERIFIER.verify("When Zn runs low, calcium can overexcite the muscle fibres and cause painful "
                + "cramps [1].", cramps).reason()).contains("names what the passages do not: Zn");
        // a unit with its number is still an amount the passages must state, however it is written
        assertThat(VERIFIER.verify("Low magnesium lets calcium overexcite the muscle fibres, and 200 mg eases painful "
                + "cramps [1][2].", cramps).reason()).contains("quantity not in the passages: mg");
        assertThat(VERIFIER.verify("Its 200mg bag is given slowly [2].", cramps).reason())
                .contains("quantity not in the passages: mg");
        assertThat(VERIFIER.verify("A drip of 1-2 g takes 1-2 hours [2].", cramps).reason())
                .contains("quantity not in the passages: g");
        assertThat(VERIFIER.verify("A drip takes 1-2 hours to give a gram slowly [2].", cramps).reason())
                .contains("quantity not in the passages: gram");
        // and a dose for the reader is still theirs to discuss with staff
        assertThat(VERIFIER.verify("When your Mg runs low, you should get 2 g every week [1].", cramps).outcome())
                .isEqualTo(Outcome.ESCALATE);
    }

    @Test
    void aUnitCountsWithItsNumberOrAWordOfHowMany() {
        for (String amount : List.of("2 g of it", "200mg of it", "1–2 g of it", "2 or more grams of it", "two grams",
                "a gram", "half a gram", "hundreds of milligrams")) {
            assertThat(Quantities.firstUnsupported(amount, Words.of(amount), "it", Words.of("it"))).as(amount)
                    .isPresent();
        }
        for (String symbol : List.of("Mg and Ca", "low Mg", "a lack of Mg", "Mg levels")) {
            assertThat(Quantities.firstUnsupported(symbol, Words.of(symbol), "it", Words.of("it"))).as(symbol)
                    .isEmpty();
        }
    }

    // round 12: passages of our own (iron infusions, a vitamin D shot, physiotherapy, exercise and arteries)
    @Test
    void anotherKindOfTheEvidencesExampleIsAnAddedExample() {
        List<String> physio = List.of("Physiotherapy speeds recovery from injuries like ankle sprains.");
        assertThat(VERIFIER.verify("Physiotherapy speeds recovery from injuries like ankle sprains and tendon sprains "
                + "[1].", physio).reason()).contains("example not in the passages: tendon sprains");
        Verdict same = VERIFIER.verify("Physiotherapy speeds recovery from injuries such as ankle sprains [1].", physio);
        assertThat(same.outcome()).as(same.reason()).isEqualTo(Outcome.RELEASE);
        // an item that rewords the evidence's kind keeps no example of the evidence's beside it
        Verdict reworded = VERIFIER.verify("Injections can cause reactions such as passing cutaneous redness [1].",
                List.of("Injections can cause reactions such as temporary redness of the skin."));
        assertThat(reworded.outcome()).as(reworded.reason()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void enthusiasmIsNoClaimThePassagesMake() {
        List<String> sun = List.of("Vitamin D is often called the sunshine vitamin.");
        assertThat(VERIFIER.verify("What a great question — vitamin D is an amazing vitamin!", sun).outcome())
                .isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Vitamin D is a fascinating vitamin [1].", sun).reason())
                .contains("a judgment the passages do not make");
        // the passage's own judgment may be repeated
        Verdict said = VERIFIER.verify("The history of vitamin D is fascinating [1].",
                List.of("Many readers find the history of vitamin D fascinating."));
        assertThat(said.outcome()).as(said.reason()).isEqualTo(Outcome.RELEASE);
    }

    static void released(String sentence, List<String> passages) {
        Verdict verdict = VERIFIER.verify(sentence, passages);
        assertThat(verdict.outcome()).as(sentence + " -> " + verdict.reason()).isEqualTo(Outcome.RELEASE);
    }

    static void dropped(String sentence, List<String> passages, String reason) {
        Verdict verdict = VERIFIER.verify(sentence, passages);
        assertThat(verdict.outcome()).as(sentence + " -> " + verdict.reason()).isEqualTo(Outcome.DROP);
        assertThat(verdict.reason()).contains(reason);
    }

    @Test
    void listNumbersInsideASentenceCountNothing() {
        List<String> careful = List.of("Who should be careful:\n- People with liver disease.\n- Those on blood "
                + "thinners.\n- Children under twelve.");
        released("Three groups should be careful: 1. people with liver disease, 2. those on blood thinners, and 3. "
                + "children under twelve [1].", careful);
        released("Three groups should be careful: 1) people with liver disease, 2) those on blood thinners, and 3) "
                + "children under twelve [1].", careful);
        released("Three groups should be careful: (1) people with liver disease, (2) those on blood thinners, and (3) "
                + "children under twelve [1].", careful);
        // the numbers the items state are still checked
        dropped("Three groups should be careful: 1. people with liver disease, 2. those on blood thinners, and 3. "
                + "children under 10 [1].", careful, "quantity not in the passages: 10");
        // numbers that do not count 1, 2, 3 … are read as the numbers they may be
        dropped("Two groups should be careful: 2. people with liver disease and 5. those on blood thinners [1].",
                careful, "quantity not in the passages");
    }

    @Test
    void atOnceAndOnceOpeningAClauseCountNothing() {
        List<String> stretching = List.of("Stretching improves flexibility, eases stiffness and lowers the risk of "
                + "strains.");
        released("Stretching works on several fronts at once: it improves flexibility, eases stiffness and lowers the "
                + "risk of strains [1].", stretching);
        dropped("Stretching improves flexibility once a week [1].", stretching, "quantity not in the passages: once");
    }

    @Test
    void aDifferenceIsNotMadeAnEqualityInAnyQuality() {
        List<String> iron = List.of("Iron infusions raise ferritin faster and more reliably than iron tablets.");
        dropped("Iron infusions and tablets are equally reliable, though infusions work a little faster [1].", iron,
                "made alike what the passage compares: equally reliable");
        dropped("Iron tablets are as reliable as infusions [1].", iron, "made alike what the passage compares");
        released("Iron infusions raise ferritin faster and more reliably than iron tablets do [1].", iron);
        // "as soon as", "equally" of a quality the passage does not compare: no equality of its comparison
        released("Iron infusions raise ferritin faster than iron tablets, and more reliably too [1].", iron);
    }

    @Test
    void aStandingThePassagesDoNotGiveIsAnInventedFact() {
        List<String> physio = List.of("Our licensed physiotherapists treat sprains with guided exercise.",
                "This makes guided exercise part of many sports clinics' programmes, especially for runners.");
        dropped("Guided exercise is part of many sports clinics' programmes and is permitted under league rules for "
                + "runners [2].", physio, "a standing the passages do not state: is permitted");
        dropped("Our physiotherapists, the city's highest-rated team, treat sprains with guided exercise [1].", physio,
                "highest-rated");
        dropped("Our award-winning physiotherapists treat sprains with guided exercise [1].", physio, "award-winning");
        dropped("Our physiotherapists, rated the best in town, treat sprains with guided exercise [1].", physio,
                "rated the best");
        dropped("Guided exercise is sanctioned by the national sports council for runners [2].", physio,
                "a standing the passages do not state");
        // the passage's own standing ("licensed"), and "allowing" or "top" in their everyday senses
        released("Our physiotherapists are licensed and treat sprains with guided exercise [1].", physio);
        released("Guided exercise is part of many sports clinics' programmes, especially for runners [2].", physio);
        released("Smoking ranks among the top risk factors for gum disease [1].",
                List.of("Smoking is one of the top risk factors for gum disease."));
    }

    @Test
    void aNegationSaidByKeepFromOrFallShortIsKept() {
        List<String> tablets = List.of("Even tablets may not fully restore iron levels, especially for people with "
                + "coeliac disease.");
        released("Coeliac disease can keep tablets from fully restoring iron levels [1].", tablets);
        dropped("Tablets can fully restore iron levels, even for people with coeliac disease [1].", tablets,
                "negation");
        List<String> food = List.of("Many people don't get enough iron from their food alone.");
        released("Many people fall short on iron from food alone [1].", food);
        dropped("Many people get enough iron from their food alone [1].", food, "negation");
    }

    // round 14: passages of our own (sports massage, a caution list, a clinic's catchment)

    @Test
    void aContrastThatSetsAsideWhatThePassageStatesIsANegation() {
        List<String> massage = List.of("Sports massage loosens tight fascia, improving circulation and easing "
                + "soreness after a race.");
        dropped("Rather than improving circulation, sports massage eases soreness after a race [1].", massage,
                "sets aside what the passage states");
        dropped("Sports massage eases soreness after a race instead of loosening tight fascia [1].", massage,
                "sets aside what the passage states");
        // what the passage sets aside itself may be set aside
        released("Rather than passing through the stomach, the nasal spray reaches the blood directly [1].",
                List.of("The nasal spray reaches the blood directly instead of passing through the stomach."));
    }

    @Test
    void aPassagesEqualityIsNotRanked() {
        List<String> iron = List.of("Iron is equally important for endurance, from carrying oxygen to easing fatigue.");
        dropped("Iron is even more important for endurance than for sprinting, from carrying oxygen to easing fatigue "
                + "[1].", iron, "ranked what the passage calls alike");
        released("Iron is just as important for endurance, from carrying oxygen to easing fatigue [1].", iron);
    }

    @Test
    void anExampleAddedBeforeWhereTheListedThingsAreIsAnAddedItem() {
        List<String> extractor = List.of("The clinic's extractor clears fine dust like sawdust from the workshop.");
        dropped("The clinic's extractor clears fine dust like sawdust and metal filings from the workshop [1].",
                extractor, "example not in the passages: metal filings");
        released("The clinic's extractor clears fine dust like sawdust from the workshop [1].", extractor);
    }

    @Test
    void aCautionNamedAndThenSaidToBeNeedlessIsDismissed() {
        List<String> caution = List.of("We advise caution for:\n- People taking blood thinners.\n- Those with a "
                + "bleeding disorder.");
        dropped("For people taking blood thinners caution is not needed [1].", caution, "caution dismissed");
        dropped("Caution is unnecessary for people taking blood thinners [1].", caution, "caution dismissed");
        dropped("For those with a bleeding disorder, caution isn't really required [1].", caution, "caution dismissed");
        released("Caution is advised for people taking blood thinners [1].", caution);
    }

    @Test
    void aCompoundSaidWithOfIsTheSameClaimTerm() {
        List<String> training = List.of("Weight training improves balance and strength in older adults.");
        dropped("Weight training improves balance and the density of bone in older adults [1].", training,
                "names what the passages do not: density of bone");
        released("Weight training improves balance and strength in older adults [1].", training);
    }

    @Test
    void aNegationKeptInAnotherVerbAfterTheThingIsKept() {
        List<String> inhaler = List.of("A spacer suits children who don't respond well to a standard inhaler.");
        released("A spacer suits children for whom a standard inhaler does not work well [1].", inhaler);
        dropped("A spacer suits children who respond well to a standard inhaler [1].", inhaler, "negation");
    }

    @Test
    void aListOfExamplesEndsAtAVerb() {
        // the subject words (the clinic's "magnesium") claim nothing: only the verb tells the clause from an item
        List<String> rest = List.of("Recovery needs energy and the clearing of waste such as lactic acid, and "
                + "magnesium supports both.");
        released("Recovery needs energy and the clearing of waste such as lactic acid, and magnesium has a part in "
                + "both [1].", rest);
        dropped("Recovery needs energy and the clearing of waste such as lactic acid and urea [1].", rest, "urea");
    }

    @Test
    void aCountWithoutANumberMustCountWhatThePassageNames() {
        List<String> practice = List.of("The physiotherapy practice also visits patients at home or at work.");
        dropped("The practice has several branches across the county and also visits patients at home or at work [1].",
                practice, "quantity not in the passages: several branches");
        dropped("A few trials show the practice's home visits work [1].", practice, "a few trials");
        // counting what the sentence then lists, or what the passage names, states nothing new
        List<String> massage = List.of("Sports massage eases soreness and improves flexibility.");
        released("Sports massage helps in several ways: it eases soreness and improves flexibility [1].", massage);
        List<String> branches = List.of("The practice has branches in Leeds, York and Hull.");
        released("The practice has several branches, in Leeds, York and Hull [1].", branches);
    }

    @Test
    void oneItemOfAnUnrankedListIsNotTheMainOne() {
        List<String> massage = List.of("For runners, a sports massage offers:\n- Less stiffness after long runs.\n"
                + "- Better range of motion in the hips.\n- Quicker recovery between sessions.");
        dropped("The main benefit for runners is better range of motion [1].", massage,
                "ranks first what the passage does not rank");
        dropped("Its chief advantage for runners is quicker recovery between sessions [1].", massage,
                "ranks first what the passage does not rank");
        // a ranking of the whole list, and one the passage makes in words of its own, rank nothing new
        released("For runners, a sports massage offers three main benefits: less stiffness, better range of motion "
                + "and quicker recovery [1].", massage);
        released("The main benefit of a sports massage for runners is quicker recovery between sessions [1].",
                List.of("One of the most important benefits of a sports massage for runners is quicker recovery "
                        + "between sessions."));
        released("Runners mainly notice quicker recovery between sessions after a sports massage [1].",
                List.of("After a sports massage, runners notice quicker recovery between sessions, especially after "
                        + "long runs."));
    }

    @Test
    void whatALinkLeadsToMustBeStatedByAPassage() {
        List<String> liver = List.of("People with liver disease need a consultation before an iron infusion.");
        dropped("People with liver disease need a consultation before an iron infusion because their bodies struggle "
                + "to clear the mineral [1].", liver, "links to what no passage states: 'because'");
        released("People with liver disease need a consultation before an iron infusion because the liver is where "
                + "iron is kept [1].", List.of("People with liver disease need a consultation before an iron infusion, "
                + "because the liver stores iron."));
        // a reason in other words that means what the passage says
        released("Because it goes around the gut, an iron infusion gets stores up sooner and higher than pills do [1].",
                List.of("Iron given by infusion bypasses the digestive system for faster and higher absorption than "
                        + "pills."));
    }

    @Test
    void causeAndEffectStayTheWayRoundThePassageHasThem() {
        List<String> vitaminD = List.of("Low vitamin D can lead to bone pain and muscle weakness.");
        dropped("Bone pain and muscle weakness slowly use up the body's vitamin D [1].", vitaminD, "cause and effect the other way round");
        List<String> thyroid = List.of("An underactive thyroid often causes tiredness and weight gain.");
        dropped("Tiredness and weight gain often cause an underactive thyroid [1].", thyroid,
                "cause and effect the other way round");
        // the same way round, in other verbs or in the passive
        released("A shortage of vitamin D can bring on bone pain and muscle weakness [1].", vitaminD);
        released("Bone pain and muscle weakness can be caused by low vitamin D [1].", vitaminD);
        released("An underactive thyroid often results in tiredness and weight gain [1].", thyroid);
    }

    @Test
    void notAmongAGroupNegatesWhatTheGroupIsFor() {
        List<String> care = List.of("Extra care is advised for:\n- People with liver disease.\n- Children under "
                + "twelve.\n- Anyone on blood thinners.");
        dropped("People on blood thinners are not among the groups for which extra care is advised [1].", care,
                "negation of");
        dropped("Children under twelve are not one of the groups that need extra care [1].", care, "negation of");
        released("People on blood thinners are among the groups for whom extra care is advised [1].", care);
    }

    @Test
    void aTrueReasonDoesNotCarryANewOutcome() {
        List<String> caution = List.of("We advise caution for:\n- People with liver disease (since the liver stores "
                + "iron).\n- Children under twelve.");
        dropped("Since the liver stores iron, iron infusions also help improve liver function [1].", caution,
                "an outcome the passages do not claim");
        // what does the changing is not what is changed; a passage that says it is changed backs the sentence
        assertThat(Outcomes.firstUnclaimed(Words.of("Infusions improve liver health."), "since the liver stores iron"))
                .isPresent();
        assertThat(Outcomes.firstUnclaimed(Words.of("Stretching improves flexibility."),
                "Regular stretching helps flexibility, since muscles lengthen with practice.")).isEmpty();
        released("Since muscles lengthen with practice, regular stretching helps flexibility [1].",
                List.of("Regular stretching helps flexibility, since muscles lengthen with practice."));
    }

    @Test
    void aLabelOrAVerdictAddressedToTheVisitorIsPersonal() {
        List<String> tablets = List.of("Iron tablets may not fully restore levels, especially for those with coeliac "
                + "disease.");
        assertThat(VERIFIER.verify("**For you:** an evening appointment is easiest to fit around work [1].", tablets)
                .outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(VERIFIER.verify("In your case: with coeliac disease, tablets may not fully restore levels [1].",
                tablets).outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(VERIFIER.verify("An infusion is the better option because tablets may not fully restore your "
                + "levels [1].", tablets).outcome()).isEqualTo(Outcome.ESCALATE);
        // a "your" that states a fact, and a verdict for a group rather than the visitor, are judged as claims
        released("When your iron levels fall too low, tablets may not fully restore them, especially with coeliac "
                + "disease [1].", tablets);
        assertThat(PersonalAdvice.find("For people with coeliac disease, an infusion may be the better option, since "
                + "tablets may not fully restore levels.")).isEmpty();
    }

    @Test
    void noteStyleShorthandIsReadForWhatItSays() {
        List<String> iron = List.of("Iron infusions are suitable for children only after a paediatric consultation.",
                "Iron lifts energy and reduces breathlessness on exertion.",
                "Side effects can include a brief drop in heart rate during the infusion.");
        // "w/o" is a negation, an arrow is a direction: each flips what the passage says
        dropped("Children: OK w/o a paediatric consultation [1].", iron, "negation");
        dropped("Iron → ↑ breathlessness on exertion [2].", iron, "");
        dropped("Possible side effect: a brief ↑ in heart rate during the infusion [3].", iron, "opposite");
        released("Iron: ↑ energy, ↓ breathlessness on exertion [2].", iron);
        released("Possible side effect: a brief ↓ in heart rate during the infusion [3].", iron);
        assertThat(NoteStyle.spelledOut("Kids w/ coeliac disease & anaemia, esp. teens")).isEqualTo(
                "Kids with coeliac disease and anaemia, especially teens");
    }

    @Test
    void aCountInDigitsIsJudgedAsTheSameCountInWords() {
        List<String> kinds = List.of("Iron infusions help with:\n- Heavy periods.\n- Pregnancy anaemia.\n- "
                + "Anaemia after surgery.", "Recovery needs both rest and nutrition, and iron supports both.");
        released("Helps with 3 kinds of anaemia: heavy periods, pregnancy, after surgery [1].", kinds);
        released("Recovery needs 2 things — rest + nutrition; iron supports both [2].", kinds);
        // a count that lists nothing of its own, and a multiplier, are quantities the passages do not state
        dropped("Most people need 3 sessions for heavy periods, pregnancy anaemia and anaemia after surgery [1].",
                kinds, "quantity not in the passages");
        dropped("Infusions help anaemia after surgery three times more than tablets [1].", kinds,
                "quantity not in the passages");
    }

    @Test
    void aCautionIsNotABan() {
        List<String> caution = List.of("We advise caution with iron infusions for:\n- People with liver disease.\n- "
                + "Children under twelve.");
        dropped("People with liver disease should never have iron infusions [1].", caution, "caution made a ban");
        released("Caution is advised for people with liver disease [1].", caution);
    }

    @Test
    void tellingTheVisitorToIgnoreOrPauseIsPersonal() {
        List<String> effects = List.of("A metallic taste is common during the infusion and resolves on its own.");
        assertThat(VERIFIER.verify("If you notice a metallic taste again, you can just ignore it [1].", effects)
                .outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(VERIFIER.verify("A metallic taste during the infusion is normal for you [1].", effects)
                .outcome()).isEqualTo(Outcome.ESCALATE);
        assertThat(VERIFIER.verify("Since the infusion replaces iron, you could pause your tablets meanwhile [1].",
                effects).outcome()).isEqualTo(Outcome.ESCALATE);
    }
}
