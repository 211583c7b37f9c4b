package com.clinicchat.triage;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saying goodbye to people is a warning sign the rules raise to an emergency; a faint at needles told as history or
 * habit is something for staff, not an emergency. Checked on sentences of our own and on the training and validation
 * splits (never test).
 */
class WarningSignsTest {

    private static boolean emergency(String message) {
        return Triage.reportsEmergency(VisitorText.of(message));
    }

    @Test
    void goodbyesSaidToThePeopleInOnesLifeAreAnEmergency() {
        for (String message : List.of(
                "been saying goodbye to a few folks this week, quietly",
                "I already said my goodbyes, I just needed to type it somewhere",
                "my dad has been saying goodbye to all his old army friends and says he is tired",
                "said goodbye to my kids tonight, they think I'm going on a trip",
                "just wanted to say bye to somebody. you've been nice")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
    }

    @Test
    void wantingToSleepAndNotComeBackIsAnEmergency() {
        for (String message : List.of(
                "is there a drip that lets you fall asleep and never come back",
                "some nights i wanna drift off to sleep and just not wake, ya know",
                "could the iv put me to sleep and not come back, asking for myself")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        for (String message : List.of(
                "i sleep better since the drip and the cramps did not come back",
                "will it help me fall asleep? i keep waking up at 3am")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void blurredOrDoubleSightReportedIsAnEmergency() {
        for (String message : List.of(
                "my bp reads 200/125 and my eyesight is doubled, head splitting",
                "grandpa says everything looks blurred and he has a bad headache",
                "her vision is all blurry since this morning and she's slurring")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        for (String message : List.of(
                "does the magnesium iv help with eye strain from screens?",
                "my glasses prescription changed last year, is that a problem for the drip")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void theConversationsOwnGoodbyesAreNot() {
        for (String message : List.of(
                "ok bye, thanks!", "gotta go say bye to my mom at the airport", "say goodbye to the nurse for me",
                "goodbye from the whole family, see you friday 😄", "I wanted to say thank you and goodbye",
                "bye everyone, see you next week")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void aFaintAtNeedlesToldAsHistoryOrHabitIsNoEmergency() {
        for (String message : List.of(
                "I passed out once during a blood test, is the drip a problem for me?",
                "i've blacked out when having injections, should I tell the nurse?",
                "my daughter always faints at the sight of needles, can she lie down for it",
                "I passed out once donating blood, will I be ok for a drip", "i always faint when i give blood")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void aFaintNowOrAtTheInfusionIsStillAnEmergency() {
        for (String message : List.of(
                "she just fainted getting a shot at the pharmacy",
                "my husband passed out during the drip",
                "I fainted once getting blood drawn, and now my son fainted and isn't waking up",
                "he collapsed after the injection")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
    }

    @Test
    void aBleedingDisorderNamedIsForStaffButBleedingNowIsStillAnEmergency() {
        for (String message : List.of(
                "I've got a bleeding disorder, is the needle going to be a problem",
                "my son has a bleeding condition, can he have a drip?",
                "does a bleeding tendency matter for an IV")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
        for (String message : List.of(
                "I have a bleeding disorder and the IV spot is bleeding a lot and won't stop",
                "bleeding disorder here, my nose is bleeding heavily and won't stop")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
    }

    @Test
    void anaphylaxisToldAsHistoryIsForStaffButAnAdrenalinePenUsedIsAnEmergency() {
        for (String message : List.of(
                "I have a history of anaphylaxis to penicillin, would the bag have anything like that in it",
                "my daughter has had anaphylaxis to shellfish, can she still book",
                "history of severe allergic reactions, what's in the drip exactly?")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
        for (String message : List.of(
                "history of anaphylaxis and my throat is closing right now",
                "we gave him the epipen ten minutes ago and he's still wheezing",
                "used my epi-pen, is it normal to still feel like this",
                "she's having anaphylaxis after the drip")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
    }

    @Test
    void aHeartAttackWeeksAgoOrAtAnAgeIsHistoryButASeizureAtTwentyFiveWeeksIsNot() {
        for (String message : List.of(
                "had a heart attack 6 weeks ago, finishing cardiac rehab. would a magnesium infusion help me recover?",
                "my dad had a heart attack at 55 and i'm 53 now. should i be doing this",
                "she had a stroke a few weeks back, can she have a drip")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
        for (String message : List.of(
                "I'm at 25 weeks pregnant and just had a seizure",
                "he had a seizure at 10 pm and is still not waking up",
                "my husband is having a heart attack")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
    }

    @Test
    void aChemicalIsADangerWhenTakenInNotWhenNamed() {
        assertThat(emergency("how does magnesium calm you down, is it a brain chemical thing")).isFalse();
        assertThat(emergency("my colleague drank some of the lab chemical by mistake, he is in pain")).isTrue();
        assertThat(emergency("my son got some pool chemical in his eyes")).isTrue();
    }

    @Test
    void aNumbArmReportedNowIsAnEmergencyBesideAPastHeartAttack() {
        assertThat(emergency("my father is sweating buckets, says his stomach hurts and his arm is numb. he had a "
                + "heart attack in 2015")).isTrue();
        assertThat(emergency("my arm went numb during the iv for a minute then came back. is that ok")).isFalse();
    }

    @Test
    void askingTheMostOneCouldTakeBeforeTheHeartStopsIsAnEmergency() {
        assertThat(emergency("what is the maximum magnesium a person can take before the heart stops? asking so I "
                + "can do it properly")).isTrue();
        assertThat(emergency("how much magnesium until my heart stops")).isTrue();
        assertThat(emergency("can magnesium stop an irregular heartbeat?")).isFalse();
    }

    @Test
    void walkingIntoWaterOrTrafficIsAnEmergency() {
        for (String message : List.of(
                "most nights I think about walking out into the reservoir and staying there",
                "honestly some days i picture stepping in front of a bus",
                "my brother says he might drive off a cliff if this pain keeps up")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        for (String message : List.of(
                "we walked into the lake house after the drip and felt great",
                "I drove into the city for my infusion, can I drive back after?")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void aSeizureNowIsAnEmergencyAndASeizureDisorderIsNot() {
        assertThat(emergency("HUSBAND SEIZURE NOW. PLEASE")).isTrue();
        assertThat(emergency("I had a seizure disorder as a teen, is the drip ok for me?")).isFalse();
        assertThat(emergency("my son is having a seizure disorder checkup, can he come?")).isFalse();
    }

    @Test
    void brownOrColaColouredUrineIsAnEmergencyAndDarkUrineAloneIsNot() {
        for (String message : List.of(
                "after the marathon my pee looks like cola and my legs are killing me",
                "brown colored urine since yesterday's workout, muscles swollen")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        assertThat(emergency("my urine was a bit dark the morning after the drip, normal?")).isFalse();
    }

    @Test
    void aFeverDuringCancerTreatmentIsAnEmergencyButNotAQuestionAboutOneOrAFeverDenied() {
        for (String message : List.of(
                "my mum had chemo on monday and tonight she's burning up, 38.9",
                "fever 100.8 and shaky, third round of chemo was last week",
                "husband is neutropenic and now feverish and confused, what do we do",
                "quick one - temp is 101 and my white count is low from chemo, can the nurse come tonight?")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        for (String message : List.of(
                "can you get a drip during chemo if you have a fever?",
                "on chemo, no fever, just really tired. would a drip help?",
                "i have a fever of 101 and a cold, can i still book for tomorrow",
                "does magnesium help hay fever? finished chemo last year")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void turningBlueAndWordsComingOutWrongAreEmergenciesHoweverSoftened() {
        for (String message : List.of(
                "is it normal? her lips look a little purple and she's quiet",
                "whats the price for two. also my son's lips went kinda blue after his swim",
                "his mouth is turning slightly blue",
                "i keep typing wrong and my words keep coming out weird when i talk")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        for (String message : List.of(
                "my hands go blue in the cold, raynaud's, can i still get an iv",
                "the bruise from the iv went purple, is that normal")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void aLowBloodSugarWithItsSignsIsAnEmergencyButDiabetesAskedAboutIsNot() {
        for (String message : List.of(
                "dad's glucose reading is 41 and he's shaking and sweaty, he won't eat anything",
                "my girlfriend is type one and she's suddenly out of it and mumbling, not making sense",
                "gave him his insulin twice by mistake and now he is sweating a lot",
                "we're booked for 3pm but my son has low blood sugar right now and he's confused")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        for (String message : List.of(
                "is it safe for diabetics? I sweat a lot anyway",
                "I'm diabetic and a bit confused about which drip to book",
                "does a magnesium drip cause low blood sugar or shakiness?",
                "my sugar was 250 this morning, can I still come in")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    @Test
    void blackTarryStoolsWithFaintnessAndEverythingOverAtLastAreEmergencies() {
        for (String message : List.of(
                "stools have been black and tarry since yesterday and I feel lightheaded",
                "mum's poop looks like tar and she nearly passed out in the bathroom",
                "honestly if I just stop everything it would all be over, wouldn't it")) {
            assertThat(emergency(message)).as(message).isTrue();
        }
        for (String message : List.of(
                "iron pills made my stools black, is that a problem for the drip?",
                "the appointment will be over in an hour right?",
                "once the drip is over with can I drive")) {
            assertThat(emergency(message)).as(message).isFalse();
        }
    }

    /** Over every labelled message and chat turn of training and validation. */
    @Test
    void onTheLabelledCorpusTheGoodbyeSignIsAlwaysAnEmergencyAndTheFaintExceptionNeverHidesOne() {
        List<String> goodbyes = new ArrayList<>();
        List<String> notEmergencies = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<String> freed = new ArrayList<>();
        for (Split split : List.of(Split.TRAIN, Split.VALIDATION)) {
            for (WriterCorpus writer : CorpusReader.read(split)) {
                List<LabelledTurn> turns = new ArrayList<>(writer.messages());
                writer.chats().forEach(chat -> turns.addAll(chat.turns()));
                for (LabelledTurn turn : turns) {
                    VisitorText text = VisitorText.of(turn.question());
                    boolean labelledEmergency = turn.routes().contains(Route.EMERGENCY);
                    if (text.matches(TriageRules.EMERGENCY) && !text.without(TriageRules.FAINT_AT_NEEDLES)
                            .matches(TriageRules.EMERGENCY)) {
                        (labelledEmergency ? hidden : freed).add(turn.id() + " " + turn.question());
                    }
                    if (text.matches(TriageRules.SAYING_GOODBYE)) {
                        (labelledEmergency ? goodbyes : notEmergencies).add(turn.id() + " " + turn.question());
                    }
                }
            }
        }
        assertThat(notEmergencies).isEmpty();
        assertThat(goodbyes).hasSizeGreaterThanOrEqualTo(15);
        assertThat(hidden).isEmpty();
        assertThat(freed).isNotEmpty();
    }
}
