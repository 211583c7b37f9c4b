package com.clinicchat.staff;

import com.clinicchat.chat.ChatClient;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.NewMessage;
import com.clinicchat.triage.EscalationReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One conversation holding text no socket can send (a lone surrogate stored before text was checked) must not
 * silence the consoles: they still get the lists, with that text repaired, and every later escalation. Staff
 * replies with such text, or with nothing visible, are refused.
 */
class StaffBadTextTest extends StaffTestSupport {

    @Autowired
    Conversations conversations;
    @Autowired
    ConversationStore store;

    @Test
    void aConsoleKeepsReceivingWhileABadConversationWaits() throws Exception {
        String bad = conversations.start().conversation().id();
        store.append(bad, NewMessage.fromVisitor("old-1", "Help \ud83d please"), Instant.now());
        conversations.escalate(bad, EscalationReason.ASKED_FOR_PERSON, false, "visitor");

        StaffSocketClient console = console(staff("Mia"));
        JsonNode queue = console.next("queue");
        assertThat(queue.path("waiting").toString()).contains(bad).contains("Help \ufffd please");

        ChatClient visitor = visitor();
        String good = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        JsonNode escalation = console.next(frame -> frame.path("type").asString().equals("escalation")
                && frame.path("conversation").path("id").asString().equals(good));
        assertThat(escalation.path("conversation").path("reason").asString()).isEqualTo("asked_for_person");

        HttpResponse<String> transcript = staff("Lea").get("/api/staff/conversations/" + bad);
        assertThat(transcript.statusCode()).isEqualTo(200);
        assertThat(transcript.body()).contains("Help \ufffd please");
    }

    @Test
    void repliesWithInvalidOrInvisibleTextAreRefused() throws Exception {
        StaffHttp nora = staff("Nora");
        ChatClient visitor = visitor();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        visitor.next("state");
        assertThat(nora.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);

        HttpResponse<String> lone = nora.postJson("/api/staff/conversations/" + id + "/messages",
                "{\"text\": \"Hello \\udc00\"}", true);
        assertThat(lone.statusCode()).isEqualTo(400);
        assertThat(lone.body()).contains("invalid Unicode");
        HttpResponse<String> invisible = nora.post("/api/staff/conversations/" + id + "/messages",
                Map.of("text", "\u200b\u200d"));
        assertThat(invisible.statusCode()).isEqualTo(400);
        assertThat(invisible.body()).contains("empty");
        assertThat(nora.post("/api/staff/conversations/" + id + "/messages", Map.of("text", "Hello!"))
                .statusCode()).isEqualTo(201);
    }
}
