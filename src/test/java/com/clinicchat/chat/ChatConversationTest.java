package com.clinicchat.chat;

import com.clinicchat.conversation.Author;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.StoredMessage;
import com.clinicchat.staff.ConversationTakenException;
import com.clinicchat.staff.StaffDesk;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.socket.WebSocketHttpHeaders;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conversations over {@code /ws/chat}, end to end: real sockets, the real pipeline, the database. */
class ChatConversationTest extends SocketTestSupport {

    @Autowired
    StaffDesk desk;
    @Autowired
    ConversationStore store;

    @Test
    void anAnswerableQuestionIsStreamedAndAnsweredWithCitations() throws Exception {
        ChatClient visitor = connect();
        JsonNode session = visitor.start();
        String id = session.path("conversationId").asString();
        assertThat(id).isNotBlank();
        assertThat(Base64.getUrlDecoder().decode(session.path("token").asString())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(session.path("state").asString()).isEqualTo("bot");

        JsonNode echo = visitor.say("m-1", ANSWERABLE);
        assertThat(echo.path("seq").asLong()).isEqualTo(1);
        assertThat(echo.path("author").asString()).isEqualTo("visitor");
        assertThat(echo.path("text").asString()).isEqualTo(ANSWERABLE);
        assertThat(Instant.parse(echo.path("createdAt").asString())).isBeforeOrEqualTo(Instant.now());

        List<JsonNode> reply = visitor.untilBotMessage();
        JsonNode answer = reply.getLast();
        assertThat(answer.path("seq").asLong()).isEqualTo(2);
        assertThat(answer.path("route").asString()).isEqualTo("answer");
        assertThat(answer.path("urgent").asBoolean()).isFalse();
        assertThat(answer.path("text").asString()).containsIgnoringCase("blood pressure");
        JsonNode citation = answer.path("citations").get(0);
        assertThat(citation.path("title").asString()).startsWith("Magnesium IV Benefits");
        assertThat(citation.path("section").asString()).isEqualTo("Managing Blood Pressure");
        assertThat(citation.path("url").asString()).isEqualTo("/blog/magnesium-iv-benefits#managing-blood-pressure");

        List<JsonNode> deltas = reply.stream().filter(frame -> frame.path("type").asString().equals("delta")).toList();
        assertThat(deltas).isNotEmpty();
        assertThat(deltas).allSatisfy(delta ->
                assertThat(delta.path("streamId").asString()).isEqualTo(answer.path("streamId").asString()));
        assertThat(deltas.stream().map(delta -> delta.path("text").asString()).collect(Collectors.joining()))
                .isEqualTo(answer.path("text").asString());
        assertThat(reply).extracting(frame -> frame.path("type").asString()).containsOnly("typing", "delta", "message");

        List<StoredMessage> stored = store.messagesAfter(id, 0);
        assertThat(stored).extracting(StoredMessage::author).containsExactly(Author.VISITOR, Author.BOT);
        assertThat(stored.getFirst().route()).as("the visitor message is marked once triaged").isEqualTo(Route.ANSWER);
    }

    @Test
    void aDroppedConnectionResumesWithNothingLostOrDuplicated() throws Exception {
        ChatClient first = connect();
        JsonNode session = first.start();
        String id = session.path("conversationId").asString();
        String token = session.path("token").asString();
        first.say("m-1", ANSWERABLE);
        assertThat(first.untilBotMessage().getLast().path("seq").asLong()).isEqualTo(2);
        first.say("m-2", "Can I talk to a person please?");
        assertThat(first.untilBotMessage().getLast().path("route").asString()).isEqualTo("escalate");
        assertThat(first.next("state").path("state").asString()).isEqualTo("waiting");
        assertThat(first.next("message").path("text").asString()).as("nobody is on duty: said once, as a note")
                .startsWith("Nobody from the clinic is on duty");
        first.close(); // the visitor saw seq 1 and 2 only, say; the rest goes on without them
        desk.claim(id, "Dana");
        desk.reply(id, "Dana", "Hi, I'm Dana from the clinic. How can I help?");

        ChatClient second = connect();
        second.send("type", "resume", "conversationId", id, "token", token, "afterSeq", 2);
        JsonNode resumed = second.next("session");
        assertThat(resumed.path("conversationId").asString()).isEqualTo(id);
        assertThat(resumed.path("state").asString()).isEqualTo("staff");
        assertThat(resumed.path("staffName").asString()).isEqualTo("Dana");
        List<JsonNode> replay = second.until(frame -> frame.path("type").asString().equals("state"));
        assertThat(replay).extracting(frame -> frame.path("type").asString())
                .containsExactly("message", "message", "message", "message", "message", "state");
        assertThat(replay.subList(0, 5)).extracting(frame -> frame.path("seq").asLong())
                .containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(replay.subList(0, 5)).extracting(frame -> frame.path("author").asString())
                .containsExactly("visitor", "bot", "system", "system", "staff");
        assertThat(replay.get(3).path("text").asString()).isEqualTo("Dana from the clinic has joined the chat.");
        assertThat(replay.get(4).path("authorName").asString()).isEqualTo("Dana");
        assertThat(replay.get(5).path("state").asString()).isEqualTo("staff");

        assertThat(second.say("m-3", "Thanks, my question is about my dose").path("seq").asLong()).isEqualTo(8);

        ChatClient fromScratch = connect();
        fromScratch.send("type", "resume", "conversationId", id, "token", token);
        fromScratch.next("session");
        List<JsonNode> everything = fromScratch.until(frame -> frame.path("type").asString().equals("state"));
        assertThat(everything.subList(0, everything.size() - 1)).extracting(frame -> frame.path("seq").asLong())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void aResentMessageGetsTheSameEchoAndIsStoredOnce() throws Exception {
        ChatClient visitor = connect();
        JsonNode session = visitor.start();
        String id = session.path("conversationId").asString();
        JsonNode echo = visitor.say("m-1", ANSWERABLE);
        assertThat(visitor.untilBotMessage().getLast().path("seq").asLong()).isEqualTo(2);

        visitor.send("type", "message", "clientMessageId", "m-1", "text", ANSWERABLE);
        assertThat(visitor.next("message")).isEqualTo(echo);
        assertThat(visitor.say("m-2", "Can magnesium help muscle cramps?").path("seq").asLong())
                .as("the resend took no seq").isEqualTo(3);
        // replies are queued in order: a second reply to the resend would come before this one
        JsonNode nextReply = visitor.untilBotMessage().getLast();
        assertThat(nextReply.path("text").asString()).as("the resend got no second reply")
                .containsIgnoringCase("cramp");
        assertThat(nextReply.path("seq").asLong()).isEqualTo(4);

        ChatClient reconnected = connect();
        reconnected.send("type", "resume", "conversationId", id, "token", session.path("token").asString(),
                "afterSeq", 4);
        reconnected.next("session");
        reconnected.next("state");
        reconnected.send("type", "message", "clientMessageId", "m-1", "text", ANSWERABLE);
        assertThat(reconnected.next("message")).isEqualTo(echo);
        assertThat(store.messagesAfter(id, 0)).extracting(StoredMessage::seq).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anEmergencyGoesToStaffUrgentlyAndTheBotThenStaysSilent() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.say("m-1", "I can't breathe and my chest feels tight");
        JsonNode emergency = visitor.untilBotMessage().getLast();
        assertThat(emergency.path("route").asString()).isEqualTo("emergency");
        assertThat(emergency.path("urgent").asBoolean()).isTrue();
        assertThat(emergency.path("text").asString()).contains("911");
        JsonNode waiting = visitor.next("state");
        assertThat(waiting.path("state").asString()).isEqualTo("waiting");
        assertThat(waiting.path("urgent").asBoolean()).isTrue();
        assertThat(waiting.path("staffOnDuty").asBoolean()).isFalse();

        assertThat(visitor.say("m-2", ANSWERABLE).path("seq").asLong()).isEqualTo(3);
        desk.claim(id, "Dana");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("staff");
        assertThat(visitor.next("message").path("author").asString()).as("Dana has joined").isEqualTo("system");
        assertThat(visitor.say("m-3", "How does magnesium help the heart?").path("seq").asLong()).isEqualTo(5);
        desk.handBack(id, "Dana");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("bot");
        assertThat(visitor.next("message").path("author").asString()).as("Dana has left").isEqualTo("system");

        // replies are queued per conversation in order: one to m-2 or m-3 would come before this one
        visitor.say("m-4", "Can magnesium help muscle cramps?");
        JsonNode reply = visitor.untilBotMessage().getLast();
        assertThat(reply.path("text").asString()).as("the first reply is to m-4").containsIgnoringCase("cramp");
        assertThat(reply.path("seq").asLong()).isEqualTo(8);
        assertThat(store.messagesAfter(id, 0)).extracting(StoredMessage::author).containsExactly(
                Author.VISITOR, Author.BOT, Author.VISITOR, Author.SYSTEM, Author.VISITOR, Author.SYSTEM,
                Author.VISITOR, Author.BOT);
    }

    @Test
    void anEmergencyWrittenWhileWithStaffStillGetsTheInstructionsAtOnce() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        JsonNode waiting = visitor.next("state");
        assertThat(waiting.path("state").asString()).isEqualTo("waiting");
        assertThat(waiting.path("urgent").asBoolean()).isFalse();
        visitor.next("message"); // you asked to talk to a person

        visitor.say("m-1", "my husband just collapsed and is not breathing");
        JsonNode emergency = visitor.untilBotMessage().getLast();
        assertThat(emergency.path("route").asString()).isEqualTo("emergency");
        assertThat(emergency.path("text").asString()).contains("911");
        JsonNode urgent = visitor.next("state");
        assertThat(urgent.path("state").asString()).isEqualTo("waiting");
        assertThat(urgent.path("urgent").asBoolean()).isTrue();
        assertThat(store.find(id).orElseThrow().urgent()).isTrue();

        // anything else while waiting still gets no bot reply
        desk.claim(id, "Dana");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("staff");
        visitor.next("message"); // Dana has joined
        visitor.say("m-2", "How does magnesium help the heart?");
        visitor.say("m-3", "I want to end my life");
        JsonNode second = visitor.untilBotMessage().getLast();
        assertThat(second.path("route").asString()).isEqualTo("emergency");
        assertThat(store.messagesAfter(id, 0)).extracting(StoredMessage::author).containsExactly(
                Author.SYSTEM, Author.VISITOR, Author.BOT, Author.SYSTEM, Author.VISITOR, Author.VISITOR, Author.BOT);
    }

    @Test
    void staffActionsArePushedToTheVisitorLive() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        JsonNode waiting = visitor.next("state");
        assertThat(waiting.path("state").asString()).isEqualTo("waiting");
        assertThat(visitor.next("message").path("text").asString()).startsWith("You asked to talk to a person.");
        assertThat(desk.list(StaffDesk.View.WAITING)).extracting(c -> c.id()).contains(id);
        visitor.send("type", "request_staff");
        assertThat(visitor.next("state").path("state").asString()).as("asking again only repeats the state")
                .isEqualTo("waiting");

        desk.claim(id, "Dana");
        JsonNode claimed = visitor.next("state");
        assertThat(claimed.path("state").asString()).isEqualTo("staff");
        assertThat(claimed.path("staffName").asString()).isEqualTo("Dana");
        JsonNode joined = visitor.next("message");
        assertThat(joined.path("author").asString()).isEqualTo("system");
        assertThat(joined.path("text").asString()).isEqualTo("Dana from the clinic has joined the chat.");
        assertThat(desk.list(StaffDesk.View.ACTIVE)).extracting(c -> c.id()).contains(id);

        desk.typing(id, "Dana");
        JsonNode typing = visitor.next();
        assertThat(typing.path("type").asString()).isEqualTo("typing");
        assertThat(typing.path("author").asString()).isEqualTo("staff");
        assertThat(typing.path("name").asString()).isEqualTo("Dana");

        desk.reply(id, "Dana", "Hello, I'm Dana. What can I do for you?");
        JsonNode staffMessage = visitor.next("message");
        assertThat(staffMessage.path("author").asString()).isEqualTo("staff");
        assertThat(staffMessage.path("authorName").asString()).isEqualTo("Dana");
        assertThat(staffMessage.path("seq").asLong()).isEqualTo(3);
        assertThatThrownBy(() -> desk.reply(id, "Lee", "Hi!")).isInstanceOf(ConversationTakenException.class)
                .hasMessageContaining("already taken by Dana");

        visitor.say("m-1", "Can I book for Friday?");
        desk.handBack(id, "Dana");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("bot");
        assertThat(visitor.next("message").path("text").asString())
                .isEqualTo("Dana has left the chat. The assistant is back to answer your questions.");
        visitor.send("type", "request_staff");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("waiting");
        visitor.next("message"); // you asked to talk to a person
        desk.claim(id, "Lee");
        assertThat(visitor.next("state").path("staffName").asString()).isEqualTo("Lee");
        assertThat(visitor.next("message").path("text").asString()).startsWith("Lee from the clinic has joined");

        desk.close(id, "Lee", "booked");
        JsonNode closed = visitor.next("state");
        assertThat(closed.path("state").asString()).isEqualTo("closed");
        JsonNode closedNote = visitor.next("message");
        assertThat(closedNote.path("author").asString()).isEqualTo("system");
        assertThat(closedNote.path("text").asString()).startsWith("Lee has closed the chat.");
        assertThat(desk.list(StaffDesk.View.RECENT)).extracting(c -> c.id()).contains(id);
        assertThat(store.find(id).orElseThrow().outcome()).isEqualTo("booked");

        visitor.send("type", "message", "clientMessageId", "m-2", "text", "Hello?");
        JsonNode refused = visitor.next("error");
        assertThat(refused.path("code").asString()).isEqualTo("conversation_closed");
        assertThat(refused.path("clientMessageId").asString()).isEqualTo("m-2");
        visitor.send("type", "request_staff");
        assertThat(visitor.next("error").path("code").asString()).isEqualTo("conversation_closed");
    }

    @Test
    void anotherConversationsIdWithAWrongTokenIsRefusedLikeAnUnknownId() throws Exception {
        ChatClient alice = connect();
        String aliceId = alice.start().path("conversationId").asString();
        alice.say("m-1", "My private question");
        ChatClient mallory = connect();
        JsonNode own = mallory.start();

        mallory.send("type", "resume", "conversationId", aliceId, "token", own.path("token").asString());
        JsonNode wrongToken = mallory.next("error");
        mallory.send("type", "resume", "conversationId", UUID.randomUUID().toString(), "token",
                own.path("token").asString());
        JsonNode unknownId = mallory.next("error");

        assertThat(wrongToken.path("code").asString()).isEqualTo("unknown_conversation");
        assertThat(wrongToken).as("a wrong token and an unknown id look the same").isEqualTo(unknownId);
        mallory.say("m-1", "hello");
        assertThat(visitorTexts(aliceId)).containsExactly("My private question");
        assertThat(visitorTexts(own.path("conversationId").asString())).containsExactly("hello");
    }

    @Test
    void callbackRequestsAreStoredAndAcknowledged() throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "callback", "name", "Ann", "contact", "+1 555 010 0100", "note", "after 5pm");
        JsonNode received = visitor.next("callback_received");

        assertThat(store.callbacks(id)).singleElement().satisfies(request -> {
            assertThat(request.id()).isEqualTo(received.path("id").asLong());
            assertThat(request.contact()).isEqualTo("+1 555 010 0100");
            assertThat(request.note()).isEqualTo("after 5pm");
        });
        visitor.send("type", "callback", "name", "Ann", "contact", "call me maybe");
        assertThat(visitor.next("error").path("code").asString()).isEqualTo("missing_field");
    }

    @Test
    void onlyTheSameOriginAndConfiguredOriginsMayConnect() throws Exception {
        for (String refused : List.of("https://evil.example", "https://clinic.example.evil.example",
                "http://widget.example.com")) {
            assertThatThrownBy(() -> connect(origin(refused))).as(refused).isInstanceOf(ExecutionException.class);
        }
        for (String allowed : List.of("https://widget.example.com", "https://www.clinic.example",
                "http://localhost:" + port)) {
            assertThat(connect(origin(allowed)).start().path("conversationId").asString()).as(allowed).isNotBlank();
        }
    }

    private static WebSocketHttpHeaders origin(String origin) {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin(origin);
        return headers;
    }

    private List<String> visitorTexts(String conversationId) {
        return store.messagesAfter(conversationId, 0).stream().filter(m -> m.author() == Author.VISITOR)
                .map(StoredMessage::text).toList();
    }
}
