package com.clinicchat.staff;

import com.clinicchat.chat.ChatClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Nobody on duty: the visitor is offered the call-back form, and staff work off the requests in the console. */
class StaffCallbackTest extends StaffTestSupport {

    @Test
    void withNobodyOnDutyTheVisitorLeavesDetailsAndStaffMarkThemDone() throws Exception {
        ChatClient visitor = visitor();
        String id = visitor.start().path("conversationId").asString();
        visitor.say("m-1", "I can't breathe and my chest feels tight");
        JsonNode emergency = visitor.untilBotMessage().getLast();
        assertThat(emergency.path("route").asString()).as("emergency instructions come first").isEqualTo("emergency");
        JsonNode waiting = visitor.next("state");
        assertThat(waiting.path("state").asString()).isEqualTo("waiting");
        assertThat(waiting.path("staffOnDuty").asBoolean()).as("no console is open").isFalse();

        visitor.send("type", "callback", "name", "Ann", "contact", "+1 555 010 0100", "note", "after 5pm");
        long callbackId = visitor.next("callback_received").path("id").asLong();

        StaffHttp lee = staff("Lee");
        StaffSocketClient console = console(lee);
        JsonNode queue = console.next("queue");
        JsonNode request = queue.path("callbacks").valueStream()
                .filter(c -> c.path("id").asLong() == callbackId).findFirst().orElseThrow();
        assertThat(request.path("conversationId").asString()).isEqualTo(id);
        assertThat(request.path("name").asString()).isEqualTo("Ann");
        assertThat(request.path("contact").asString()).isEqualTo("+1 555 010 0100");
        assertThat(request.path("note").asString()).isEqualTo("after 5pm");
        assertThat(queue.path("waiting").valueStream().filter(w -> w.path("conversation").path("id").asString()
                .equals(id)).findFirst().orElseThrow().path("conversation").path("urgent").asBoolean()).isTrue();

        assertThat(lee.post("/api/staff/callbacks/" + callbackId + "/done", null).statusCode()).isEqualTo(204);
        assertThat(lee.json(lee.get("/api/staff/callbacks")).valueStream()
                .noneMatch(c -> c.path("id").asLong() == callbackId)).isTrue();
        console.next(frame -> frame.path("type").asString().equals("queue")
                && frame.path("callbacks").valueStream().noneMatch(c -> c.path("id").asLong() == callbackId));
        assertThat(lee.post("/api/staff/callbacks/" + callbackId + "/done", null).statusCode())
                .as("already done").isEqualTo(400);
    }

    @Test
    void waitingVisitorsAreToldWhenTheLastStaffMemberLeavesAndACallBackArrivesLive() throws Exception {
        StaffHttp dana = staff("Dana");
        StaffSocketClient console = console(dana);
        ChatClient visitor = visitor();
        visitor.start();
        visitor.send("type", "request_staff");
        // presence is pushed to every open chat as well, so state frames may repeat: wait for the one that matters
        JsonNode note = visitor.until(frame -> frame.path("type").asString().equals("message")).getLast();
        assertThat(note.path("text").asString()).as("someone is on duty: the note says so")
                .isEqualTo("You asked to talk to a person. Someone from the clinic will reply here shortly.");

        console.close();
        JsonNode nobody = visitor.until(frame -> frame.path("type").asString().equals("state")
                && !frame.path("staffOnDuty").asBoolean()).getLast();
        assertThat(nobody.path("state").asString()).isEqualTo("waiting");

        StaffSocketClient again = console(dana);
        assertThat(visitor.until(frame -> frame.path("type").asString().equals("state")
                && frame.path("staffOnDuty").asBoolean()).getLast().path("state").asString()).isEqualTo("waiting");
        visitor.send("type", "callback", "name", "Bo", "contact", "bo@example.org");
        long callbackId = visitor.next("callback_received").path("id").asLong();
        JsonNode live = again.next("callback_requested");
        assertThat(live.path("callback").path("id").asLong()).isEqualTo(callbackId);
    }
}
