package com.clinicchat.gaps;

import com.clinicchat.answering.Assistant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Unknown and declined questions are recorded through the real pipeline and listed grouped for admins. */
@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeGapsTest {

    @Autowired
    Assistant assistant;
    @Autowired
    KnowledgeGapStore store;
    @Autowired
    MockMvc mvc;

    @Test
    void uncoveredQuestionsAreRecordedAndGroupedByMeaning() {
        Instant before = Instant.now().minusSeconds(1);
        for (String question : List.of("Is Medicare insurance accepted?", "Do you take Medicare insurance?",
                "Tell me a joke about cats",
                "How does magnesium help the heart?", "I'm pregnant, can I have one?")) {
            assistant.reply(question, List.of());
        }

        List<GapGroup> groups = store.groups(before, 0.7);
        List<String> recorded = groups.stream().flatMap(g -> g.questions().stream()).map(KnowledgeGap::question).toList();
        assertThat(recorded).contains("Is Medicare insurance accepted?", "Do you take Medicare insurance?",
                "Tell me a joke about cats")
                .doesNotContain("How does magnesium help the heart?", "I'm pregnant, can I have one?");
        GapGroup insurance = groups.stream()
                .filter(g -> g.questions().stream().anyMatch(q -> q.question().contains("Medicare"))).findFirst().orElseThrow();
        assertThat(insurance.count()).isEqualTo(2);
        assertThat(insurance.questions()).extracting(KnowledgeGap::question)
                .containsExactlyInAnyOrder("Is Medicare insurance accepted?", "Do you take Medicare insurance?");
        assertThat(groups.stream().flatMap(g -> g.questions().stream())
                .filter(g -> g.question().contains("joke")).findFirst().orElseThrow().route().wireName())
                .isEqualTo("decline");
    }

    @Test
    void theListNeedsAnAdmin() throws Exception {
        mvc.perform(get("/api/admin/knowledge-gaps")).andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffWithoutAdminRoleAreRefused() throws Exception {
        mvc.perform(get("/api/admin/knowledge-gaps")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsGetTheGroupsAndBadParametersGetA400() throws Exception {
        assistant.reply("Do you sell gift cards?", List.of());
        mvc.perform(get("/api/admin/knowledge-gaps").param("days", "7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].questions[*].question").value(org.hamcrest.Matchers.hasItem("Do you sell gift cards?")));
        mvc.perform(get("/api/admin/knowledge-gaps").param("similarity", "7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_parameter"));
    }
}
