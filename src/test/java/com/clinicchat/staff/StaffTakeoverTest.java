package com.clinicchat.staff;

import com.clinicchat.chat.ChatClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A staff member takes over an escalated chat, over real sockets and the real REST API. */
class StaffTakeoverTest extends StaffTestSupport {

    static final String PERSONAL = "I'm pregnant and on thyroid medication, is a magnesium drip okay for me?";

    static boolean isMessage(JsonNode frame, String author) {
        return frame.path("type").asString().equals("message") && frame.path("author").asString().equals(author);
    }

    @Test
    void aStaffMemberClaimsRepliesAndHandsBackAndTheBotAnswersAgain() throws Exception {
        StaffHttp dana = staff("Dana");
        String name = displayName(dana);
        StaffSocketClient console = console(dana);
        JsonNode firstQueue = console.next("queue");
        assertThat(firstQueue.path("onDuty").toString()).contains(name);

        ChatClient visitor = visitor();
        String id = visitor.start().path("conversationId").asString();
        visitor.say("m-1", PERSONAL);
        assertThat(visitor.untilBotMessage().getLast().path("route").asString()).isEqualTo("escalate");
        JsonNode waiting = visitor.next("state");
        assertThat(waiting.path("state").asString()).isEqualTo("waiting");
        assertThat(waiting.path("staffOnDuty").asBoolean()).as("Dana's console is open").isTrue();
        assertThat(visitor.next("message").path("text").asString()).as("one true thing, as a note")
                .isEqualTo("Someone from the clinic will reply here shortly.");

        JsonNode escalation = console.next("escalation");
        assertThat(escalation.path("conversation").path("id").asString()).isEqualTo(id);
        assertThat(escalation.path("conversation").path("reason").asString()).isEqualTo("medical_question");
        JsonNode queue = console.next(frame -> frame.path("type").asString().equals("queue")
                && frame.path("waiting").toString().contains(id));
        JsonNode item = queue.path("waiting").valueStream()
                .filter(i -> i.path("conversation").path("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(item.path("trigger").path("text").asString()).isEqualTo(PERSONAL);
        assertThat(item.path("trigger").path("route").asString()).isEqualTo("escalate");
        assertThat(item.path("askedForPerson").asBoolean()).as("the bot handed it over").isFalse();
        assertThat(item.path("since").asString()).isNotBlank();

        HttpResponse<String> claimed = dana.post("/api/staff/conversations/" + id + "/claim", null);
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(dana.json(claimed).path("staffName").asString()).isEqualTo(name);
        JsonNode staffState = visitor.next("state");
        assertThat(staffState.path("state").asString()).isEqualTo("staff");
        assertThat(staffState.path("staffName").asString()).isEqualTo(name);
        JsonNode joined = visitor.next("message");
        assertThat(joined.path("author").asString()).isEqualTo("system");
        assertThat(joined.path("text").asString()).isEqualTo(name + " from the clinic has joined the chat.");

        console.watch(id);
        JsonNode transcript = dana.json(dana.get("/api/staff/conversations/" + id));
        assertThat(transcript.path("messages").valueStream().map(m -> m.path("author").asString()).toList())
                .containsExactly("visitor", "bot", "system", "system");
        assertThat(transcript.path("messages").get(0).path("route").asString())
                .as("staff see each visitor message's route").isEqualTo("escalate");

        visitor.send("type", "typing");
        assertThat(console.next("typing").path("conversationId").asString()).isEqualTo(id);
        visitor.say("m-2", "Are you a real person?");
        JsonNode seen = console.next(frame -> frame.path("type").asString().equals("message")
                && frame.path("message").path("author").asString().equals("visitor"));
        assertThat(seen.path("message").path("text").asString()).isEqualTo("Are you a real person?");

        assertThat(dana.post("/api/staff/conversations/" + id + "/typing", null).statusCode()).isEqualTo(204);
        assertThat(visitor.next().path("name").asString()).isEqualTo(name);
        HttpResponse<String> replied = dana.post("/api/staff/conversations/" + id + "/messages",
                Map.of("text", "Yes, I'm a nurse at the clinic. Which medication do you take?"));
        assertThat(replied.statusCode()).isEqualTo(201);
        JsonNode reply = visitor.next("message");
        assertThat(reply.path("author").asString()).isEqualTo("staff");
        assertThat(reply.path("authorName").asString()).isEqualTo(name);
        assertThat(reply.path("text").asString()).startsWith("Yes, I'm a nurse");

        assertThat(dana.post("/api/staff/conversations/" + id + "/hand-back", null).statusCode()).isEqualTo(200);
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("bot");
        JsonNode left = visitor.next("message");
        assertThat(left.path("author").asString()).isEqualTo("system");
        assertThat(left.path("text").asString()).startsWith(name + " has left the chat.");
        assertThat(console.next("conversation").path("conversation").path("state").asString()).isEqualTo("bot");

        visitor.say("m-3", "How does magnesium help blood pressure?");
        JsonNode answer = visitor.untilBotMessage().getLast();
        assertThat(answer.path("route").asString()).isEqualTo("answer");
        assertThat(answer.path("text").asString()).containsIgnoringCase("blood pressure");
    }

    @Test
    void closingTellsTheVisitorWhoClosedAndKeepsTheOutcomeForStaff() throws Exception {
        StaffHttp lee = staff("Lee");
        String name = displayName(lee);
        ChatClient visitor = visitor();
        String id = visitor.start().path("conversationId").asString();
        visitor.send("type", "request_staff");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("waiting");
        visitor.next("message"); // you asked to talk to a person
        JsonNode asked = lee.json(lee.get("/api/staff/queue")).path("waiting").valueStream()
                .filter(i -> i.path("conversation").path("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(asked.path("askedForPerson").asBoolean()).as("the button, not a message").isTrue();
        assertThat(asked.path("conversation").path("reason").asString()).isEqualTo("asked_for_person");
        assertThat(lee.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);
        visitor.next("state");
        visitor.next("message");

        HttpResponse<String> closed = lee.post("/api/staff/conversations/" + id + "/close",
                Map.of("outcome", "booked for Friday"));
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(lee.json(closed).path("conversation").path("outcome").asString()).isEqualTo("booked for Friday");
        assertThat(visitor.next("state").path("state").asString()).isEqualTo("closed");
        JsonNode note = visitor.next("message");
        assertThat(note.path("author").asString()).isEqualTo("system");
        assertThat(note.path("text").asString()).startsWith(name + " has closed the chat.");
        assertThat(note.has("outcome")).isFalse();
        assertThat(lee.post("/api/staff/conversations/" + id + "/close", Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void ofTwoStaffClaimingAtOnceOverTheApiExactlyOneWins() throws Exception {
        StaffHttp dana = staff("Dana");
        StaffHttp lee = staff("Lee");
        Map<StaffHttp, String> names = Map.of(dana, displayName(dana), lee, displayName(lee));
        for (int round = 0; round < 5; round++) {
            ChatClient visitor = visitor();
            String id = visitor.start().path("conversationId").asString();
            visitor.send("type", "request_staff");
            visitor.next("state");
            visitor.next("message"); // you asked to talk to a person

            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<HttpResponse<String>>> claims = List.of(dana, lee).stream()
                    .<Callable<HttpResponse<String>>>map(staff -> () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return staff.post("/api/staff/conversations/" + id + "/claim", null);
                    }).toList();
            List<HttpResponse<String>> results = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (Future<HttpResponse<String>> result : pool.invokeAll(claims, 30, TimeUnit.SECONDS)) {
                    results.add(result.get());
                }
            }
            assertThat(results).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> won = results.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
            HttpResponse<String> lost = results.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            String winner = StaffHttp.JSON.readTree(won.body()).path("staffName").asString();
            assertThat(names.values()).contains(winner);
            JsonNode problem = StaffHttp.JSON.readTree(lost.body());
            assertThat(problem.path("code").asString()).isEqualTo("already_taken");
            assertThat(problem.path("detail").asString()).isEqualTo("Already taken by " + winner + ".");
            assertThat(visitor.next("state").path("staffName").asString()).isEqualTo(winner);
        }
    }
}
