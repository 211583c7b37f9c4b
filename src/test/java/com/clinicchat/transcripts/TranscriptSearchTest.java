package com.clinicchat.transcripts;

import com.clinicchat.answering.AssistantReply;
import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.Feedback;
import com.clinicchat.staff.StaffDesk;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff search past conversations over the REST API, against conversations stored through the real services. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "STAFF")
class TranscriptSearchTest {

    @Autowired
    Conversations conversations;
    @Autowired
    StaffDesk desk;
    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();
    /** A word only this test's conversations hold: the database is shared with the context's other tests. */
    String tag;
    String answeredOnly;
    String escalatedAndRated;
    String emergency;
    String thumbedDown;

    @BeforeEach
    void conversations() {
        tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        answeredOnly = chat("How long does a magnesium drip take " + tag + "?", Route.ANSWER, "About an hour.");
        conversations.endByVisitor(answeredOnly);

        escalatedAndRated = chat("Can I have a drip while pregnant " + tag + "?", Route.ESCALATE, "A question for our team.");
        conversations.escalate(escalatedAndRated, EscalationReason.MEDICAL_QUESTION, false, "bot");
        desk.claim(escalatedAndRated, "Robin" + tag);
        desk.reply(escalatedAndRated, "Robin" + tag, "Let's book you a consultation first.");
        desk.close(escalatedAndRated, "Robin" + tag, "Booked a consultation for Friday");
        conversations.rate(escalatedAndRated, 2, "Took too long");

        emergency = chat("My arm is swelling after the drip " + tag, Route.EMERGENCY, "Call 911 now.");
        conversations.escalate(emergency, EscalationReason.EMERGENCY, true, "bot");

        thumbedDown = chat("Does magnesium help cramps " + tag + "?", Route.ANSWER, "It can ease cramps.");
        conversations.giveFeedback(thumbedDown, 2, Feedback.DOWN);
    }

    /** A conversation with one visitor question and the bot's reply (seq 1 and 2). */
    private String chat(String question, Route route, String reply) {
        String id = conversations.start().conversation().id();
        var visitor = conversations.postVisitorMessage(id, "m-1", question).message();
        conversations.markTriaged(id, visitor.seq(), route);
        conversations.postBotReply(id, new AssistantReply(route, reply, List.of(),
                route.needsStaff() ? EscalationReason.MEDICAL_QUESTION : null), null);
        return id;
    }

    /** The ids found for a query string written plainly ("q=two words&filter=emergency"). */
    private List<String> found(String query) throws Exception {
        var request = get("/api/staff/conversations");
        for (String pair : query.split("&")) {
            request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        String body = mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode result = json.readTree(body);
        return result.path("hits").valueStream().map(hit -> hit.path("id").asString()).toList();
    }

    @Test
    void byTextEveryWordMustAppearSomewhereInTheConversation() throws Exception {
        assertThat(found("q=" + tag)).containsExactlyInAnyOrder(answeredOnly, escalatedAndRated, emergency, thumbedDown);
        assertThat(found("q=" + tag + " PREGNANT")).containsExactly(escalatedAndRated);
        assertThat(found("q=" + tag + " consultation")).as("staff replies are searched too")
                .containsExactly(escalatedAndRated);
        assertThat(found("q=" + tag + " neverSaid")).isEmpty();
        assertThat(found("q=" + tag + "%")).as("a % is a character, not a wildcard").isEmpty();
    }

    @Test
    void theFiltersFindEscalatedEmergencyAndBadlyRatedChats() throws Exception {
        assertThat(found("q=" + tag + "&filter=escalated")).containsExactlyInAnyOrder(escalatedAndRated, emergency);
        assertThat(found("q=" + tag + "&filter=emergency")).containsExactly(emergency);
        assertThat(found("q=" + tag + "&filter=rated_badly")).as("a 2/5 rating or a thumbs down")
                .containsExactlyInAnyOrder(escalatedAndRated, thumbedDown);
        assertThat(found("q=" + tag + "&filter=escalated,rated_badly")).containsExactly(escalatedAndRated);
    }

    @Test
    void byRouteOutcomeStaffMemberAndDate() throws Exception {
        assertThat(found("q=" + tag + "&route=answer")).containsExactlyInAnyOrder(answeredOnly, thumbedDown);
        assertThat(found("q=" + tag + "&outcome=friday")).containsExactly(escalatedAndRated);
        assertThat(found("q=" + tag + "&staff=robin" + tag)).containsExactly(escalatedAndRated);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(found("q=" + tag + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1))).hasSize(4);
        assertThat(found("q=" + tag + "&to=" + today.minusDays(2))).isEmpty();
    }

    @Test
    void aHitCarriesWhatTheListShows() throws Exception {
        mvc.perform(get("/api/staff/conversations").param("q", tag + " pregnant"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].state").value(ConversationState.CLOSED.wireName()))
                .andExpect(jsonPath("$.hits[0].rating").value(2))
                .andExpect(jsonPath("$.hits[0].ratingComment").value("Took too long"))
                .andExpect(jsonPath("$.hits[0].outcome").value("Booked a consultation for Friday"))
                .andExpect(jsonPath("$.hits[0].reason").value("medical_question"))
                .andExpect(jsonPath("$.hits[0].snippet.text").value("Can I have a drip while pregnant " + tag + "?"))
                .andExpect(jsonPath("$.hits[0].messages").value(5));
        mvc.perform(get("/api/staff/conversations").param("q", tag + " cramps"))
                .andExpect(jsonPath("$.hits[0].thumbsDown").value(1));
    }

    @Test
    void badParametersGetA400() throws Exception {
        for (String query : List.of("route=nonsense", "from=yesterday", "filter=lovely", "limit=0", "limit=1000",
                "from=2026-05-04&to=2026-05-01")) {
            mvc.perform(get("/api/staff/conversations?" + query)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("invalid_parameter"));
        }
    }

    @Test
    @WithMockUser(roles = {})
    void visitorsCannotSearch() throws Exception {
        mvc.perform(get("/api/staff/conversations?q=" + tag)).andExpect(status().isForbidden());
    }
}
