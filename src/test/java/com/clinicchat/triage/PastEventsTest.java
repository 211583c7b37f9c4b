package com.clinicchat.triage;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.clinicchat.triage.TriageRules.ACUTE_SIGN;
import static com.clinicchat.triage.TriageRules.EMERGENCY;
import static com.clinicchat.triage.TriageRules.GENERAL_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

/** A heart attack, stroke or faint told as history is not an emergency by the rules; danger now still is. */
class PastEventsTest {

    @Test
    void anEventMonthsOrYearsAgoIsHistory() {
        for (String message : List.of(
                "My wife had a stroke two years ago. Could magnesium help her recovery?",
                "i had a heart attack 2 yrs ago, could this help my heart",
                "my dad had a heart attack last year and has stents, can he have it",
                "i fainted once when getting blood taken years ago. is it safe for me to do an IV",
                "As a child I had seizures, is the drip ok for me?",
                "my uncle had a stroke back in october, would an infusion be ok for him",
                "Is magnesium ok for someone who's had a stroke?",
                "can people who have had a heart attack get the drip",
                "i fainted last week at practice, im fine now. should i get one before the game")) {
            assertThat(Triage.reportsEmergency(VisitorText.of(message))).as(message).isFalse();
        }
    }

    @Test
    void dangerNowIsStillAnEmergency() {
        for (String message : List.of(
                "he had a stroke 2 years ago and now his face is drooping",
                "I think she's having a stroke",
                "my husband just collapsed",
                "had a heart attack last year and now crushing chest pain",
                "i tried to kill myself years ago and i want to end my life again",
                "she had a seizure an hour ago and won't wake up",
                "he had a stroke in october and right now his speech is slurred",
                "my dad who had a stroke is slurring his words now",
                "someone who had a seizure at the party is not waking up",
                "she fainted last week and just fainted again",
                "i have had chest pain since last week and i passed out")) {
            assertThat(Triage.reportsEmergency(VisitorText.of(message))).as(message).isTrue();
        }
    }

    /** Over every labelled message and chat turn: the exception frees false alarms and costs no emergency. */
    @Test
    void noLabelledEmergencyLosesItsRuleAndSomeFalseAlarmsAreFreed() {
        List<String> lost = new ArrayList<>();
        List<String> freed = new ArrayList<>();
        for (Split split : Split.values()) {
            for (WriterCorpus writer : CorpusReader.read(split)) {
                List<LabelledTurn> turns = new ArrayList<>(writer.messages());
                writer.chats().forEach(chat -> turns.addAll(chat.turns()));
                for (LabelledTurn turn : turns) {
                    VisitorText text = VisitorText.of(turn.question());
                    if (byTheRulesAlone(text) && !Triage.reportsEmergency(text)) {
                        (turn.routes().contains(Route.EMERGENCY) ? lost : freed).add(turn.id() + " " + turn.question());
                    }
                }
            }
        }
        assertThat(lost).isEmpty();
        assertThat(freed).isNotEmpty();
        System.out.printf("past events no longer read as emergencies: %d%n  %s%n", freed.size(),
                String.join("\n  ", freed));
    }

    private static boolean byTheRulesAlone(VisitorText text) {
        return text.matches(EMERGENCY) || EmergencyInOtherLanguages.reportedIn(text)
                || (text.matches(ACUTE_SIGN) && !text.matches(GENERAL_QUESTION));
    }
}
