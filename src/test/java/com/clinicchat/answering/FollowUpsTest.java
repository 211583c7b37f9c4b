package com.clinicchat.answering;

import com.clinicchat.triage.Route;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Short follow-ups are read with the question before them, offline. */
class FollowUpsTest {

    static final AssistantFixture PIPELINE = new AssistantFixture();

    private final List<Turn> history = new ArrayList<>();

    private AssistantReply ask(String question) {
        AssistantReply reply = PIPELINE.assistant.reply(question, List.copyOf(history));
        history.add(Turn.visitor(question));
        history.add(Turn.assistant(reply.text(), reply.route()));
        return reply;
    }

    @Test
    void aFollowUpKeepsTheTopicOfTheThread() {
        ask("How does IV magnesium help sore muscles?");
        AssistantReply athletes = ask("what about for athletes?");
        AssistantReply safety = ask("is that safe?");
        AssistantReply effects = ask("and the side effects?");

        assertThat(athletes.route()).isEqualTo(Route.ANSWER);
        assertThat(athletes.text().toLowerCase()).contains("athlete");
        assertThat(safety.route()).isEqualTo(Route.ANSWER);
        assertThat(safety.citations()).extracting(Citation::section).contains("Safety and Considerations");
        assertThat(effects.route()).isEqualTo(Route.ANSWER);
        assertThat(effects.text()).containsAnyOf("warmth", "flushing");
    }

    @Test
    void aBareHowOrWhyAsksMoreOfTheSectionTheTopicWasAnsweredFrom() {
        AssistantReply risk = ask("does magnesium reduce the risk of heart attack and stroke?");
        AssistantReply how = ask("how?");
        history.clear();
        AssistantReply kidneys = ask("is it safe for people with kidney problems");
        AssistantReply why = ask("why is that");

        assertThat(risk.citations()).extracting(Citation::section).containsExactly("Reducing Cardiovascular Risk");
        assertThat(how.route()).isEqualTo(Route.ANSWER);
        assertThat(how.citations()).extracting(Citation::section).containsExactly("Reducing Cardiovascular Risk");
        assertThat(kidneys.citations()).extracting(Citation::section).containsExactly("Safety and Considerations");
        assertThat(why.route()).isEqualTo(Route.ANSWER);
        assertThat(why.citations()).extracting(Citation::section).containsExactly("Safety and Considerations");
    }

    @Test
    void wordsNoArticleUsesStayInTheThreadOnlyWhenAPronounPointsBack() {
        ask("what are the side effects of a magnesium drip?");
        AssistantReply goAway = ask("do they go away?");
        history.clear();
        ask("what are the side effects of a magnesium drip?");
        AssistantReply kids = ask("and for kids?");

        assertThat(goAway.route()).isEqualTo(Route.ANSWER);
        assertThat(goAway.citations()).extracting(Citation::section).contains("Safety and Considerations");
        assertThat(kids.route()).isEqualTo(Route.UNKNOWN);
    }

    @Test
    void aQuestionThatStandsOnItsOwnIsNotMixedWithThePreviousOne() {
        assertThat(FollowUps.retrievalQuery("How does magnesium affect blood pressure levels in adults?",
                List.of(Turn.visitor("What about cramps?"))))
                .isEqualTo("How does magnesium affect blood pressure levels in adults?");
        assertThat(FollowUps.retrievalQuery("is that safe?",
                List.of(Turn.visitor("Can magnesium help migraines?"))))
                .isEqualTo("Can magnesium help migraines? is that safe?");
        assertThat(FollowUps.retrievalQuery("and the side effects?", List.of(
                Turn.visitor("Can magnesium help migraines?"),
                Turn.assistant("In medical settings, it helps with migraine headaches.", Route.ANSWER),
                Turn.visitor("what about for kids?"))))
                .isEqualTo("Can magnesium help migraines? and the side effects?");
    }

    @Test
    void theChatsFirstQuestionSetsTheTopicEvenWithAnItButAGreetingDoesNot() {
        assertThat(FollowUps.retrievalQuery("how?", List.of(Turn.visitor("does it lower heart attack risk"))))
                .isEqualTo("does it lower heart attack risk how?");
        assertThat(FollowUps.retrievalQuery("how?", List.of(
                Turn.visitor("can magnesium help with cramps?"),
                Turn.assistant("It can.", Route.ANSWER),
                Turn.visitor("is it safe then"))))
                .isEqualTo("can magnesium help with cramps? how?");
        assertThat(FollowUps.retrievalQuery("and kids?", List.of(Turn.visitor("hi there")))).isEqualTo("and kids?");
        assertThat(FollowUps.retrievalQuery("how long do those last", List.of(
                Turn.visitor("is it safe"),
                Turn.assistant("Most people tolerate it well.", Route.ANSWER),
                Turn.visitor("what about the side effects of that"))))
                .isEqualTo("is it safe how long do those last");
        // a fragment that opened the chat and was answered set the topic; a greeting answered as small talk did not
        assertThat(FollowUps.retrievalQuery("how long do they last", List.of(
                Turn.visitor("side effects?"),
                Turn.assistant("A feeling of warmth or a brief flush.", Route.ANSWER))))
                .isEqualTo("side effects? how long do they last");
        assertThat(FollowUps.retrievalQuery("and kids?", List.of(
                Turn.visitor("hello there"),
                Turn.assistant("Hello! Ask me anything about our treatments.", Route.SMALLTALK))))
                .isEqualTo("and kids?");
    }

    @Test
    void aPersonalFollowUpStillGoesToStaff() {
        ask("Who should be careful with magnesium drips?");
        assertThat(ask("what about in my case, I'm on dialysis?").route()).isEqualTo(Route.ESCALATE);
    }
}
