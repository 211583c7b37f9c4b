package com.clinicchat.chat;

import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.NewMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text no socket can carry: a lone UTF-16 surrogate (as a JSON escape, which is valid JSON) is refused at the door,
 * text with nothing visible in it counts as empty, a row stored before these checks is repaired on the way out,
 * and a send that fails all the same closes its socket with a WARN instead of leaving it mute.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChatBadTextTest extends SocketTestSupport {

    @Autowired
    ConversationStore store;
    @Autowired
    ChatSessions sessions;

    @Test
    void aLoneSurrogateInAMessageIsRefusedAndTheSocketKeepsWorking() throws Exception {
        ChatClient visitor = connect();
        visitor.start();
        visitor.send("{\"type\":\"message\",\"clientMessageId\":\"m-1\",\"text\":\"Is it safe? \\ud800\"}");
        JsonNode error = visitor.next("error");
        assertThat(error.path("code").asString()).isEqualTo("invalid_text");
        assertThat(error.path("clientMessageId").asString()).isEqualTo("m-1");

        assertThat(visitor.say("m-2", ANSWERABLE).path("seq").asLong()).as("nothing was stored").isEqualTo(1);
        assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("answer");
    }

    @Test
    void aLoneSurrogateAnywhereInAFrameIsRefused() throws Exception {
        ChatClient visitor = connect();
        visitor.start();
        visitor.send("{\"type\":\"callback\",\"name\":\"Ann \\udc00\",\"contact\":\"ann@example.com\"}");
        assertThat(visitor.next("error").path("code").asString()).isEqualTo("invalid_text");
        visitor.send("{\"type\":\"no such \\ud800 type\"}");
        assertThat(visitor.next("error").path("code").asString()).isEqualTo("invalid_text");
        visitor.send("type", "callback", "name", "Ann", "contact", "ann@example.com");
        assertThat(visitor.next("callback_received").path("id").asLong()).isPositive();
    }

    @Test
    void textWithNothingVisibleIsAsEmptyAsABlankOne() throws Exception {
        ChatClient visitor = connect();
        visitor.start();
        visitor.send("type", "message", "clientMessageId", "m-1", "text", "\u200b\u2060 \u3164\ufeff");
        JsonNode error = visitor.next("error");
        assertThat(error.path("code").asString()).isEqualTo("missing_field");
        assertThat(error.path("message").asString()).contains("visible");
        visitor.send("type", "callback", "name", "\u200b\u200b", "contact", "ann@example.com");
        assertThat(visitor.next("error").path("code").asString()).isEqualTo("missing_field");
    }

    @Test
    void aRowStoredBeforeTheCheckIsRepairedWhenItIsSent() throws Exception {
        ChatClient visitor = connect();
        JsonNode session = visitor.start();
        String id = session.path("conversationId").asString();
        store.append(id, NewMessage.fromVisitor("old-1", "Stored long ago \ud800 half a pair"), Instant.now());

        ChatClient resumed = connect();
        resumed.send("type", "resume", "conversationId", id, "token", session.path("token").asString(),
                "afterSeq", 0);
        resumed.next("session");
        assertThat(resumed.next("message").path("text").asString()).isEqualTo("Stored long ago \ufffd half a pair");
        resumed.next("state");
        assertThat(resumed.say("m-2", ANSWERABLE).path("seq").asLong()).isEqualTo(2);
    }

    @Test
    void aSocketWhoseSendFailsIsClosedWithAWarning(CapturedOutput output) throws Exception {
        ChatClient visitor = connect();
        String id = visitor.start().path("conversationId").asString();
        ChatSession session = sessions.all().stream().filter(s -> id.equals(s.conversationId())).findFirst()
                .orElseThrow();

        session.send("{\"type\":\"message\",\"text\":\"\ud800\"}"); // what no UTF-8 encoder can write

        assertThat(visitor.awaitClose().getCode()).isEqualTo(CloseStatus.SERVER_ERROR.getCode());
        assertThat(output.getOut()).contains("Closing socket " + session.id() + ": a send failed");
    }
}
