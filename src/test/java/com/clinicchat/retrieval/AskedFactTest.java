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
