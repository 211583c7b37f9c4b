package com.clinicchat;

import com.clinicchat.staff.StaffHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a real port, over the project's own knowledge folder. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clinicchat.staff.admin-password=health admin password")
class ClinicChatApplicationTests {

    @LocalServerPort
    int port;

    @Test
    void anonymousHealthShowsTheStatusOnly() throws Exception {
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JsonMapper.builder().build().readTree(response.body());
        assertThat(health.propertyNames()).contains("status").doesNotContain("components", "details");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(response.body()).doesNotContain("diskSpace", "path", "H2", "database");
    }

    @Test
    void adminsSeeTheDetailsWithTheIndexedKnowledge() throws Exception {
        try (StaffHttp admin = new StaffHttp(port)) {
            assertThat(admin.signIn("admin", "health admin password")).isTrue();
            JsonNode health = admin.json(admin.get("/actuator/health"));
            assertThat(health.get("status").asString()).isEqualTo("UP");
            JsonNode knowledge = health.get("components").get("knowledge");
            assertThat(knowledge.get("status").asString()).isEqualTo("UP");
            assertThat(knowledge.get("details").get("documents").asInt()).isEqualTo(1);
            assertThat(knowledge.get("details").get("sections").asInt()).isPositive();
            assertThat(knowledge.get("details").get("passages").asInt()).isPositive();
            assertThat(knowledge.get("details").get("failedFiles").isEmpty()).isTrue();
            assertThat(health.get("components").has("db")).isTrue();
        }
    }
}
