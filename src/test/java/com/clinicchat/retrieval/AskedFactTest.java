package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AskedFactTest {

    private static final List<String> ABOUT_THE_DRIP = List.of(
            "Magnesium IV drip therapy delivers magnesium directly into the bloodstream.",
            "Side effects include a feeling of warmth or temporary flushing of the skin.");
    private static final List<String> WITHOUT_TIME_OR_MONEY = List.of(
            "Magnesium IV drip therapy delivers magnesium directly into the bloodstream.");

    @Test
    void aPriceQuestionIsNotAnsweredByPassagesThatStateNoPrice() {
        assertThat(AskedFact.missingFrom("how much is the magnesium drip?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("How much cost one magnesium drip?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("can i use my HSA for it", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("can you come to our office in Provo how much", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("how much is it", List.of("A session costs $149, travel included.")))
                .isFalse();
    }

    @Test
    void howMuchAboutAnythingButMoneyIsNotAPriceQuestion() {
        assertThat(AskedFact.missingFrom("how much does it help with cramps", ABOUT_THE_DRIP)).isFalse();
        assertThat(AskedFact.missingFrom("how much magnesium do most people lack", ABOUT_THE_DRIP)).isFalse();
    }

    @Test
    void aDurationQuestionNeedsPassagesThatSpeakOfTime() {
        assertThat(AskedFact.missingFrom("how long does the drip take", WITHOUT_TIME_OR_MONEY)).isTrue();
        assertThat(AskedFact.missingFrom("how long does the flushing last", ABOUT_THE_DRIP))
                .as("'temporary' is an answer about time").isFalse();
        assertThat(AskedFact.missingFrom("how long is a session?",
                List.of("A typical session lasts two to four hours."))).isFalse();
        assertThat(AskedFact.missingFrom("I had one a week ago, how long ago was the recall?", WITHOUT_TIME_OR_MONEY))
                .as("'how long ago' asks about the visitor's past, not a length").isFalse();
    }

    @Test
    void aSideEffectCalledTemporaryAnswersHowLongTheReactionLastsButNotHowLongASessionTakesOrItsBenefitsLast() {
        assertThat(AskedFact.missingFrom("what are the side effects? how long do they last", ABOUT_THE_DRIP))
                .isFalse();
        assertThat(AskedFact.missingFrom("ok and how long does that last", ABOUT_THE_DRIP)).isFalse();
        assertThat(AskedFact.missingFrom("and the warmth, how long", ABOUT_THE_DRIP)).isFalse();
        assertThat(AskedFact.missingFrom("how long does the drip take, start to finish?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("how long till you feel it working", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("how long do the results last after a session", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("how long do the results last after a session",
                List.of("Most clients feel the benefits for two to three weeks."))).isFalse();
    }

    @Test
    void speedIsNoLengthButAnswersHowSoon() {
        List<String> speedOnly = List.of("An IV drip ensures higher absorption and faster results.",
                "Magnesium supports long-term heart health.");
        assertThat(AskedFact.missingFrom("how long does a session take start to finish?", speedOnly)).isTrue();
        assertThat(AskedFact.missingFrom("how long do the effects last", speedOnly)).isTrue();
        assertThat(AskedFact.missingFrom("how quickly does it work?", speedOnly)).isFalse();
        assertThat(AskedFact.missingFrom("how soon will I feel it", speedOnly)).isFalse();
    }

    @Test
    void aFrequencyQuestionNeedsPassagesThatGiveOne() {
        assertThat(AskedFact.missingFrom("how often do people come back?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("how many sessions until you notice a difference", ABOUT_THE_DRIP))
                .isTrue();
        assertThat(AskedFact.missingFrom("how often can you get one?",
                List.of("Most clients come back every four weeks."))).isFalse();
        assertThat(AskedFact.missingFrom("how many sessions does it take?",
                List.of("Most people feel a difference after 2 sessions."))).isFalse();
    }

    @Test
    void aTestBeforeTheInfusionNeedsPassagesThatSpeakOfOne() {
        assertThat(AskedFact.missingFrom("do u guys check mag levels first or just go for it", ABOUT_THE_DRIP))
                .isTrue();
        assertThat(AskedFact.missingFrom("do I need bloodwork before my first drip?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("do you do a blood test first",
                List.of("We may ask for a recent blood test before your first infusion."))).isFalse();
        // a blood test mentioned without asking whether one comes first
        assertThat(AskedFact.missingFrom("my blood test showed low magnesium, what does that mean",
                ABOUT_THE_DRIP)).isFalse();
    }

    @Test
    void aRateNeedsPassagesThatGiveANumberAsAShare() {
        List<String> most = List.of("Most people tolerate magnesium infusions well.");
        assertThat(AskedFact.missingFrom("what percentage of people get side effects?", most)).isTrue();
        assertThat(AskedFact.missingFrom("whats the success rate for cramps like a %", most)).isTrue();
        assertThat(AskedFact.missingFrom("what percent of people get flushing",
                List.of("About 1 in 10 people notice brief flushing."))).isFalse();
        assertThat(AskedFact.missingFrom("is it common to get flushing", most)).isFalse();
    }

    @Test
    void whatToDoBeforeOrAfterNeedsPassagesThatSaySo() {
        assertThat(AskedFact.missingFrom("do i have to fast before the drip", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("ok to drive after?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("should I eat before it",
                List.of("Eat a light meal beforehand and bring water."))).isFalse();
        assertThat(AskedFact.missingFrom("I can't drive after my surgery, do you come to me?", ABOUT_THE_DRIP))
                .as("an 'after' that is not the drip's").isFalse();
    }

    @Test
    void aPayerOrAReferralNeedsPassagesThatNameOne() {
        assertThat(AskedFact.missingFrom("do you take medicare? we both have a supplement plan", ABOUT_THE_DRIP))
                .isTrue();
        assertThat(AskedFact.missingFrom("do i need a doctor's referral", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("do you need a prescription for it?",
                List.of("No referral or prescription is needed; our nurse reviews your history."))).isFalse();
        assertThat(AskedFact.missingFrom("we're writing referral criteria, who should get it?", ABOUT_THE_DRIP))
                .isFalse();
    }

    @Test
    void theStudiesThemselvesNeedPassagesThatSpeakOfResearch() {
        assertThat(AskedFact.missingFrom("is there any real research behind the cramp claim? links please",
                ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("sources?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("any peer reviewed papers on the vitamin c drip",
                List.of("These findings come from small studies, and more research is needed."))).isFalse();
        // whether there is evidence that it helps is answered by the article's claims
        assertThat(AskedFact.missingFrom("any evidence it helps blood pressure or is it hype", ABOUT_THE_DRIP))
                .isFalse();
        assertThat(AskedFact.missingFrom("which foods are good sources of magnesium", ABOUT_THE_DRIP)).isFalse();
    }

    @Test
    void openingHoursNeedPassagesThatGiveDaysOrTimes() {
        assertThat(AskedFact.missingFrom("what hours?", ABOUT_THE_DRIP)).isTrue();
        assertThat(AskedFact.missingFrom("are you open on sundays", List.of("We visit Monday to Saturday, 8am to 6pm.")))
                .isFalse();
    }

    @Test
    void otherQuestionsAreLeftToTheCoverageModel() {
        assertThat(AskedFact.missingFrom("who gives the IV, a nurse?", WITHOUT_TIME_OR_MONEY)).isFalse();
        assertThat(AskedFact.missingFrom("is it safe?", WITHOUT_TIME_OR_MONEY)).isFalse();
    }
}
