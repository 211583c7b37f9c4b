package com.clinicchat.chat;

import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Feedback;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.staff.StaffDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visitor's end of a chat over {@code /ws/chat}: ending it, rating it, thumbs on answers, and the system notes
 * that say what happens after a hand-over to staff (nobody is on duty in this context: no console is open).
 */
class ChatRatingsAndNotesTest extends SocketTestSupport {

    @Autowired
    ConversationStore store;
    @Autowired
    StaffDesk desk;

    @Test
    void aVisitorEndsTheChatRatesItAndTheRatingIsStoredWithTheConversation() throws Exception {
        ChatClient visitor = connect();
        JsonNode session = visitor.start();
        String id = session.path("conversationId").asString();
        visitor.say("m-1", ANSWERABLE);
        visitor.untilBotMessage();

        visitor.send("type", "rate", "score", 2);
        assertThat(visitor.next("error").path("code").asString()).as("only a finished chat is rated")
                .isEqualTo("not_closed");

        visitor.send("type", "end");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("closed");
        JsonNode note = visitor.next("message");
        assertThat(note.path("author").asString()).isEqualTo("system");
        assertThat(note.path("text").asString()).isEqualTo("You ended the chat.");

        visitor.send("type", "rate", "score", 2);
        assertThat(visitor.next("rated").path("score").asInt()).isEqualTo(2);
        visitor.send("type", "rate", "score", 4, "comment", "  Quick and clear.  ");
        JsonNode rated = visitor.next("rated");
        assertThat(rated.path("score").asInt()).isEqualTo(4);
        assertThat(rated.path("comment").asString()).isEqualTo("Quick and clear.");
        assertThat(store.find(id).orElseThrow().rating()).satisfies(rating -> {
            assertThat(rating.score()).as("a later rating replaces the first").isEqualTo(4);
            assertThat(rating.comment()).isEqualTo("Quick and clear.");
        });

        ChatClient again = connect();
        again.send("type", "resume", "conversationId", id, "token", session.path("token").asString(), "afterSeq", 3);
        again.next("session");
        JsonNode state = again.next("state");
        assertThat(state.path("state").asString()).isEqualTo("closed");
        assertThat(state.path("rating").asInt()).as("a reload knows the chat was rated").isEqualTo(4);
    }

    @Test
    void badRatingsAreRefusedAndNothingIsStored() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "end");
        visitor.next("state");
        visitor.next("message");
        for (Object score : List.of(0, 6, 2.5, "5")) {
            visitor.send("type", "rate", "score", score);
            assertThat(visitor.next("error").path("code").asString()).as("score %s", score).isEqualTo("missing_field");
        }
        visitor.send("type", "rate", "score", 3, "comment", "x".repeat(1001));
        assertThat(visitor.next("error").path("code").asString()).isEqualTo("too_long");
        assertThat(store.find(id).orElseThrow().rating()).isNull();
    }

    @Test
    void aThumbOnAnAnswerIsStoredWithTheMessageAndComesBackOnResume() throws Exception {
        ChatClient visitor = connect();
        JsonNode session = visitor.start();
        String id = session.path("conversationId").asString();
        visitor.say("m-1", ANSWERABLE);
        long answer = visitor.untilBotMessage().getLast().path("seq").asLong();

        visitor.send("type", "feedback", "seq", answer, "value", "down");
        JsonNode received = visitor.next("feedback_received");
        assertThat(received.path("seq").asLong()).isEqualTo(answer);
        assertThat(received.path("value").asString()).isEqualTo("down");
        assertThat(store.messagesAfter(id, 0)).filteredOn(m -> m.author() == Author.BOT)
                .extracting(StoredMessage::feedback).containsExactly(Feedback.DOWN);

        visitor.send("type", "feedback", "seq", 1, "value", "up");
        assertThat(visitor.next("error").path("code").asString()).as("the visitor's own message")
                .isEqualTo("unknown_message");
        visitor.send("type", "feedback", "seq", answer, "value", "meh");
        assertThat(visitor.next("error").path("code").asString()).isEqualTo("missing_field");

        ChatClient again = connect();
        again.send("type", "resume", "conversationId", id, "token", session.path("token").asString(), "afterSeq", 0);
        again.next("session");
        again.next("message");
        JsonNode replayed = again.next("message");
        assertThat(replayed.path("seq").asLong()).isEqualTo(answer);
        assertThat(replayed.path("feedback").asString()).isEqualTo("down");
    }

    @Test
    void askingForAPersonPostsANoteThatSaysSoAndThatNobodyIsOnDuty() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        JsonNode state = visitor.next("state");
        assertThat(state.path("state").asString()).isEqualTo("waiting");
        assertThat(state.path("staffOnDuty").asBoolean()).isFalse();
        JsonNode note = visitor.next("message");
        assertThat(note.path("author").asString()).isEqualTo("system");
        assertThat(note.path("text").asString()).isEqualTo(WaitingNotes.afterRequest(false))
                .startsWith("You asked to talk to a person.").contains("Nobody from the clinic is on duty");
        assertThat(store.messagesAfter(id, 0)).extracting(StoredMessage::text)
                .containsExactly(WaitingNotes.afterRequest(false));
    }

    @Test
    void aMedicalQuestionWithNobodyOnDutyGetsOneTrueStoryNotAPromiseOfAReply() throws Exception {
        ChatClient visitor = connect();
        visitor.start();
        visitor.say("m-1", "I'm pregnant and on thyroid medication, is a magnesium drip okay for me?");
        JsonNode reply = visitor.untilBotMessage().getLast();
        assertThat(reply.path("route").asString()).isEqualTo("escalate");
        assertThat(reply.path("text").asString()).doesNotContain("reply here");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("waiting");
        JsonNode note = visitor.next("message");
        assertThat(note.path("author").asString()).isEqualTo("system");
        assertThat(note.path("text").asString()).isEqualTo(WaitingNotes.OFF_DUTY);
    }

    @Test
    void anEmergencyGetsNoWaitingNote() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.say("m-1", "My friend collapsed after her drip and isn't breathing");
        List<JsonNode> first = visitor.untilBotMessage();
        assertThat(first.getLast().path("route").asString()).isEqualTo("emergency");
        // the urgent state change may arrive before or after the reply
        if (first.stream().noneMatch(frame -> frame.path("type").asString().equals("state"))) {
            assertThat(visitor.next("state").path("urgent").asBoolean()).isTrue();
        }
        // the next message's emergency check runs after the first reply's work is done, note included
        visitor.say("m-2", "my husband just collapsed and is not breathing");
        assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("emergency");
        assertThat(store.messagesAfter(id, 0)).extracting(StoredMessage::author)
                .containsExactly(Author.VISITOR, Author.BOT, Author.VISITOR, Author.BOT);
    }

    @Test
    void aVisitorCanEndAChatAStaffMemberHolds() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        visitor.next("state");
        visitor.next("message");
        desk.claim(id, "Dana");
        visitor.next("state");
        visitor.next("message");

        visitor.send("type", "end");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("closed");
        assertThat(visitor.next("message").path("text").asString()).isEqualTo("You ended the chat.");
        visitor.send("type", "end");
        assertThat(visitor.next("state").path("state").asString()).as("ending twice: the state again").isEqualTo("closed");
    }
}
