package com.clinicchat.llm.grounding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PersonalAdvice}: what advises this visitor, however it is put, and what only states a fact. */
class PersonalAdviceTest {

    @Test
    void adviceSaidAsAJudgementOfTheChoiceIsAdvice() {
        assertThat(PersonalAdvice.find("With a fever that high, you'd be wise to postpone the session.")).isPresent();
        assertThat(PersonalAdvice.find("You'd better skip the sauna afterwards.")).isPresent();
        assertThat(PersonalAdvice.find("You would be better off booking a morning slot.")).isPresent();
        assertThat(PersonalAdvice.find("Honestly, you're better off with the spray than the tablets.")).isPresent();
        assertThat(PersonalAdvice.find("For you, the short warmth in the arm shouldn't matter much.")).isPresent();
    }

    @Test
    void whatTheVisitorNoLongerNeedsOrMayDoAfterwardsIsAdvice() {
        assertThat(PersonalAdvice.find("You no longer need your inhaler once the course has started.")).isPresent();
        assertThat(PersonalAdvice.find("You don't need a referral letter for the first visit.")).isPresent();
        assertThat(PersonalAdvice.find("Because the sedation is light, you can drive home right after the scan."))
                .isPresent();
        assertThat(PersonalAdvice.find("You can go back to work the same afternoon.")).isPresent();
    }

    @Test
    void adviceAddressedThroughAGroupOrAListItemOfTheirOwnIsAdvice() {
        assertThat(PersonalAdvice.find("Swimmers like yourself would recover faster with the spray.")).isPresent();
        assertThat(PersonalAdvice.find("People like you, with stiff knees, are exactly who the sessions are for."))
                .isPresent();
        assertThat(PersonalAdvice.find("As a shift worker, you'd likely sleep better after a course.")).isPresent();
        assertThat(PersonalAdvice.find("- You: fine to start next week")).isPresent();
        assertThat(PersonalAdvice.find("You'd likely feel a real lift in energy from a weekly session.")).isPresent();
        assertThat(PersonalAdvice.find("You'll see the best results by booking the spray the morning after a swim."))
                .isPresent();
        // a group, without the reader, is a fact
        assertThat(PersonalAdvice.find("Swimmers often recover faster with the spray.")).isEmpty();
        // placed in the group by the reply
        assertThat(PersonalAdvice.find("That puts you right in the group the spray was made for.")).isPresent();
        assertThat(PersonalAdvice.find("With stiff knees, you fall squarely into the second category.")).isPresent();
        assertThat(PersonalAdvice.find("The sessions fall into two categories.")).isEmpty();
        // reassurance about the visitor's own condition, a choice judged worth it for them
        assertThat(PersonalAdvice.find("I wouldn't worry, the spray is gentle.")).isPresent();
        assertThat(PersonalAdvice.find("With a nurse watching, your asthma shouldn't be an issue.")).isPresent();
        assertThat(PersonalAdvice.find("A course is definitely worth trying for you.")).isPresent();
        assertThat(PersonalAdvice.find("Your teen should be fine to start the course.")).isPresent();
        assertThat(PersonalAdvice.find("Mild asthma is not an issue for the spray, the leaflet says.")).isEmpty();
    }

    @Test
    void aYouThatStatesAFactIsNotAdvice() {
        assertThat(PersonalAdvice.find("The scan takes pictures of your spine in about twenty minutes.")).isEmpty();
        assertThat(PersonalAdvice.find("During the session you can feel a brief warmth in the arm.")).isEmpty();
        assertThat(PersonalAdvice.find("The spray works better than tablets for most people.")).isEmpty();
        assertThat(PersonalAdvice.find("Patients are better off resting for an hour, the leaflet says.")).isEmpty();
        assertThat(PersonalAdvice.find("Swimmers get the most from the spray in the first week.")).isEmpty();
    }
}
