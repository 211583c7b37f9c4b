package com.clinicchat.staff;

import com.clinicchat.chat.ChatClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the visitor says about a chat reaches a console that has it open at once, over real sockets: a thumb on an
 * answer, and the end-of-chat rating given after staff closed it. Consoles that do not watch it are not sent it.
 */
class StaffSeesRatingsLiveTest extends StaffTestSupport {

    static final String ANSWERABLE = "How does magnesium help blood pressure?";

    @Test
    void aThumbAndARatingAfterTheCloseArePushedToTheConsoleWatchingTheChat() throws Exception {
        StaffHttp dana = staff("Dana");
        StaffSocketClient watching = console(dana);
        StaffHttp lee = staff("Lee");
        StaffSocketClient elsewhere = console(lee);

        ChatClient visitor = visitor();
        String id = visitor.start().path("conversationId").asString();
        visitor.say("m-1", ANSWERABLE);
        JsonNode answer = visitor.untilBotMessage().getLast();
        assertThat(answer.path("route").asString()).isEqualTo("answer");
        long answerSeq = answer.path("seq").asLong();
        watching.watch(id);

        visitor.send("type", "feedback", "seq", answerSeq, "value", "down");
        visitor.until(frame -> frame.path("type").asString().equals("feedback_received"));
        JsonNode thumb = watching.next("feedback");
        assertThat(thumb.path("conversationId").asString()).isEqualTo(id);
        assertThat(thumb.path("seq").asLong()).isEqualTo(answerSeq);
        assertThat(thumb.path("feedback").asString()).isEqualTo("down");
        visitor.send("type", "feedback", "seq", answerSeq, "value", "up");
        visitor.until(frame -> frame.path("type").asString().equals("feedback_received"));
        assertThat(watching.next("feedback").path("feedback").asString()).as("a changed mind shows too")
                .isEqualTo("up");

        visitor.send("type", "request_staff");
        visitor.until(frame -> frame.path("type").asString().equals("state")
                && frame.path("state").asString().equals("waiting"));
        assertThat(dana.post("/api/staff/conversations/" + id + "/claim", null).statusCode()).isEqualTo(200);
        assertThat(dana.post("/api/staff/conversations/" + id + "/close", Map.of("outcome", "answered"))
                .statusCode()).isEqualTo(200);
        visitor.until(frame -> frame.path("type").asString().equals("state")
                && frame.path("state").asString().equals("closed"));
        watching.next(frame -> frame.path("type").asString().equals("conversation")
                && frame.path("conversation").path("state").asString().equals("closed"));

        visitor.send("type", "rate", "score", 2, "comment", "Took a while");
        visitor.until(frame -> frame.path("type").asString().equals("rated"));
        JsonNode rated = watching.next(frame -> frame.path("type").asString().equals("conversation")
                && frame.path("conversation").has("rating") && !frame.path("conversation").path("rating").isNull());
        assertThat(rated.path("conversation").path("id").asString()).isEqualTo(id);
        assertThat(rated.path("conversation").path("state").asString()).isEqualTo("closed");
        assertThat(rated.path("conversation").path("rating").asInt()).isEqualTo(2);
        assertThat(rated.path("conversation").path("ratingComment").asString()).isEqualTo("Took a while");

        // the console that never opened the chat was sent neither (its frames are the lists and the escalation)
        elsewhere.send("type", "ping");
        assertThat(elsewhere.until(frame -> frame.path("type").asString().equals("pong")))
                .noneMatch(frame -> frame.path("type").asString().equals("feedback")
                        || frame.path("type").asString().equals("conversation"));
    }
}
