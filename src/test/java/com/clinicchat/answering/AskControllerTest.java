package com.clinicchat.answering;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/ask} over the real pipeline. */
@SpringBootTest
@AutoConfigureMockMvc
class AskControllerTest {

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode ask(String body) throws Exception {
        String response = mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    @Test
    void answersWithRouteTextAndCitations() throws Exception {
        JsonNode reply = ask("{\"question\": \"How does magnesium help blood pressure?\"}");

        assertThat(reply.path("route").asString()).isEqualTo("answer");
        assertThat(reply.path("answer").asString()).containsIgnoringCase("blood pressure");
        assertThat(reply.path("citations").get(0).path("title").asString()).startsWith("Magnesium IV Benefits");
        assertThat(reply.path("citations").get(0).path("section").asString()).isEqualTo("Managing Blood Pressure");
        assertThat(reply.path("citations").get(0).path("url").asString())
                .isEqualTo("/blog/magnesium-iv-benefits#managing-blood-pressure");
        assertThat(reply.path("escalationReason").isNull() || reply.path("escalationReason").isMissingNode()).isTrue();
        assertThat(reply.path("conversationId").asString()).isNotBlank();
    }

    @Test
    void escalationsCarryTheirReasonAndNoCitations() throws Exception {
        JsonNode reply = ask("{\"question\": \"I'm on lithium, can I have a magnesium drip?\"}");

        assertThat(reply.path("route").asString()).isEqualTo("escalate");
        assertThat(reply.path("escalationReason").asString()).isEqualTo("medical_question");
        assertThat(reply.path("citations").size()).isZero();
        // nothing reaches staff from the API, so the reply must not say it does
        assertThat(reply.path("answer").asString()).doesNotContain("passed your question")
                .contains("open the chat on the clinic's website");
    }

    @Test
    void theIssuedConversationIdAndTokenLetFollowUpsBeUnderstood() throws Exception {
        JsonNode first = ask("{\"question\": \"Can magnesium help muscle cramps?\"}");
        String id = first.path("conversationId").asString();
        String token = first.path("token").asString();
        assertThat(token).hasSize(32);
        JsonNode followUp = ask("{\"question\": \"and the side effects?\", \"conversationId\": \"" + id
                + "\", \"token\": \"" + token + "\"}");

        assertThat(followUp.path("route").asString()).isEqualTo("answer");
        assertThat(followUp.path("conversationId").asString()).isEqualTo(id);
        assertThat(followUp.path("answer").asString()).containsAnyOf("warmth", "flushing", "side effects");
    }

    @Test
    void anEmptyQuestionIsRefused() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("empty_question"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("empty")));
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("empty_question"));
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed_json"));
        mvc.perform(post("/api/ask").contentType(MediaType.TEXT_PLAIN).content("what is magnesium?"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("not_json"));
    }

    @Test
    void anOversizedQuestionIsRefusedWithItsLength() throws Exception {
        String question = "a".repeat(2001);
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"" + question + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("too_long"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2001")));
    }

    @Test
    void aConversationIdTheServerDidNotIssueIsRefused() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"hello\", \"conversationId\": \"../../etc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown_conversation"));
    }
}
