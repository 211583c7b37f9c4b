package com.clinicchat.insights;

import com.clinicchat.answering.AssistantReply;
import com.clinicchat.conversation.Conversations;
import com.clinicchat.conversation.Feedback;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/admin/insights} and its CSV tables through the whole application: admins only, bad dates refused. */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Conversations conversations;

    @Test
    void anonymousCallersAndStaffWithoutAdminAreRefused() throws Exception {
        mvc.perform(get("/api/admin/insights")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/insights/daily.csv")).andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffWithoutAdminAreRefused() throws Exception {
        mvc.perform(get("/api/admin/insights")).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/insights/daily.csv")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void chatsStoredTodayShowInTodaysReport() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode before = report("?from=" + today + "&to=" + today);

        Conversations.Started settled = conversations.start();
        conversations.postVisitorMessage(settled.conversation().id(), "c1", "Is a magnesium drip safe?");
        long answer = conversations.postBotReply(settled.conversation().id(), new AssistantReply(Route.ANSWER,
                "It is.", List.of(Seed.BLOOD_PRESSURE), null), null).seq();
        // the visitor thumbs the answer up, ends the chat and rates it, as the widget lets them
        conversations.giveFeedback(settled.conversation().id(), answer, Feedback.UP);
        conversations.endByVisitor(settled.conversation().id());
        conversations.rate(settled.conversation().id(), 4, "Clear, thanks " + settled.conversation().id());
        Conversations.Started handedOver = conversations.start();
        conversations.postVisitorMessage(handedOver.conversation().id(), "c1", "Can I talk to a nurse?");
        conversations.escalate(handedOver.conversation().id(), EscalationReason.ASKED_FOR_PERSON, false, "visitor");
        conversations.start(); // only opened: not counted

        JsonNode after = report("?from=" + today + "&to=" + today);
        assertThat(delta(before, after, "conversations")).isEqualTo(2);
        assertThat(delta(before, after, "visitorMessages")).isEqualTo(2);
        assertThat(delta(before, after, "resolvedByAssistant")).isEqualTo(1);
        assertThat(delta(before, after, "unattended")).isEqualTo(1);
        assertThat(after.path("period").path("days").asInt()).isEqualTo(1);
        assertThat(after.path("daily")).hasSize(1);
        assertThat(after.path("definitions").path("resolutionRate").asString()).contains("settled alone");
        assertThat(delta(before, after, "ratings")).isEqualTo(1);
        assertThat(delta(before, after, "thumbsUp")).isEqualTo(1);
        assertThat(after.path("ratings").path("available").asBoolean()).isTrue();
        assertThat(after.path("ratings").path("comments").valueStream()
                .filter(c -> c.path("conversationId").asString().equals(settled.conversation().id())).toList())
                .singleElement().satisfies(c -> {
                    assertThat(c.path("score").asInt()).isEqualTo(4);
                    assertThat(c.path("comment").asString()).startsWith("Clear, thanks");
                });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void withoutDatesTheReportCoversTheLast30Days() throws Exception {
        JsonNode report = report("");

        assertThat(report.path("period").path("days").asInt()).isEqualTo(30);
        assertThat(report.path("period").path("to").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(report.path("daily")).hasSize(30);
        assertThat(report.path("previousPeriod").path("days").asInt()).isEqualTo(30);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void badDatesGetAClearError() throws Exception {
        mvc.perform(get("/api/admin/insights?from=2026-13-01&to=2026-12-31")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_date"))
                .andExpect(jsonPath("$.detail").value("'from' must be a date as YYYY-MM-DD, e.g. 2026-05-04."));
        mvc.perform(get("/api/admin/insights?from=2026-05-04&to=2026-05-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_period"));
        mvc.perform(get("/api/admin/insights?from=2024-01-01&to=2026-01-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_period"))
                .andExpect(jsonPath("$.detail").value("A period is at most 366 days; this one has 732."));
        mvc.perform(get("/api/admin/insights/daily.csv?to=yesterday")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_date"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void eachTableDownloadsAsCsv() throws Exception {
        MvcResult daily = mvc.perform(get("/api/admin/insights/daily.csv?from=2026-03-01&to=2026-03-07"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"insights-daily-2026-03-01-to-2026-03-07.csv\""))
                .andReturn();
        List<String> lines = daily.getResponse().getContentAsString().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.getFirst())
                .isEqualTo("date,conversations,visitor_messages,assistant,rated_badly,staff,unattended,knowledge_gaps");
        assertThat(lines.get(1)).isEqualTo("2026-03-01,0,0,0,0,0,0,0");
        for (String table : InsightsCsv.names()) {
            mvc.perform(get("/api/admin/insights/" + table + ".csv")).andExpect(status().isOk());
        }
        mvc.perform(get("/api/admin/insights/passwords.csv")).andExpect(status().isNotFound());
    }

    private JsonNode report(String query) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/admin/insights" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.path("summary").path(field).asLong() - before.path("summary").path(field).asLong();
    }
}
