package com.clinicchat.answering;

import com.clinicchat.HardeningTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/ask} over real HTTP, as callers reach it through the clinic's proxy (one address each, from
 * {@code X-Forwarded-For}): rate-limited per address, body capped, text checked, conversation ids issued by the
 * server and bound to a token, and replies that promise nothing the API cannot do.
 */
class AskOverHttpTest extends HardeningTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> ask(String from, HttpRequest.BodyPublisher body) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", from)
                    .timeout(Duration.ofSeconds(30)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> ask(String from, String json) throws Exception {
        return ask(from, HttpRequest.BodyPublishers.ofString(json));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void eachAddressGetsItsQuestionsThen429WithRetryAfter() throws Exception {
        int answered = 0;
        HttpResponse<String> response;
        do {
            response = ask("203.0.113.1", "{\"question\": \"What is magnesium?\"}");
            answered += response.statusCode() == 200 ? 1 : 0;
        } while (response.statusCode() == 200 && answered < 100);

        assertThat(answered).as("requests before 429").isEqualTo(5);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(json(response).path("code").asString()).isEqualTo("rate_limited");
        assertThat(ask("203.0.113.2", "{\"question\": \"What is magnesium?\"}").statusCode())
                .as("another visitor behind the same proxy").isEqualTo(200);
    }

    @Test
    void aBodyOverTheCapIs413WithOrWithoutALength() throws Exception {
        String big = "{\"question\": \"" + "a".repeat(20_000) + "\"}";
        HttpResponse<String> sized = ask("203.0.113.3", big);
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(json(sized).path("code").asString()).isEqualTo("too_large");
        HttpResponse<String> chunked = ask("203.0.113.4",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())));
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void invalidAndInvisibleTextGetClearErrors() throws Exception {
        HttpResponse<String> lone = ask("203.0.113.5", "{\"question\": \"Is it safe? \\ud800\"}");
        assertThat(lone.statusCode()).isEqualTo(400);
        assertThat(json(lone).path("code").asString()).isEqualTo("invalid_text");
        HttpResponse<String> invisible = ask("203.0.113.5", "{\"question\": \"\\u200b\\u2060\\ufeff \"}");
        assertThat(invisible.statusCode()).isEqualTo(400);
        assertThat(json(invisible).path("code").asString()).isEqualTo("empty_question");
    }

    @Test
    void followUpsNeedTheIssuedIdAndItsToken() throws Exception {
        JsonNode first = json(ask("203.0.113.6", "{\"question\": \"Can magnesium help muscle cramps?\"}"));
        String id = first.path("conversationId").asString();
        String token = first.path("token").asString();

        HttpResponse<String> chosenId = ask("203.0.113.6", "{\"question\": \"and the side effects?\", "
                + "\"conversationId\": \"c-42\", \"token\": \"" + token + "\"}");
        assertThat(chosenId.statusCode()).isEqualTo(400);
        assertThat(json(chosenId).path("code").asString()).isEqualTo("unknown_conversation");
        HttpResponse<String> noToken = ask("203.0.113.6", "{\"question\": \"and the side effects?\", "
                + "\"conversationId\": \"" + id + "\"}");
        assertThat(json(noToken).path("code").asString()).isEqualTo("unknown_conversation");
        HttpResponse<String> wrongToken = ask("203.0.113.6", "{\"question\": \"and the side effects?\", "
                + "\"conversationId\": \"" + id + "\", \"token\": \"" + "x".repeat(32) + "\"}");
        assertThat(json(wrongToken).path("code").asString()).isEqualTo("unknown_conversation");

        HttpResponse<String> followUp = ask("203.0.113.6", "{\"question\": \"and the side effects?\", "
                + "\"conversationId\": \"" + id + "\", \"token\": \"" + token + "\"}");
        assertThat(followUp.statusCode()).isEqualTo(200);
        assertThat(json(followUp).path("route").asString()).isEqualTo("answer");
    }

    @Test
    void emergencyAndEscalationRepliesSayHowToReachAPerson() throws Exception {
        JsonNode emergency = json(ask("203.0.113.7", "{\"question\": \"My friend collapsed after the drip and "
                + "is not breathing\"}"));
        assertThat(emergency.path("route").asString()).isEqualTo("emergency");
        assertThat(emergency.path("answer").asString()).contains("911").doesNotContain("I have alerted");

        JsonNode person = json(ask("203.0.113.7", "{\"question\": \"Can I talk to a real person please?\"}"));
        assertThat(person.path("route").asString()).isEqualTo("escalate");
        assertThat(person.path("answer").asString()).doesNotContain("I've asked")
                .contains("open the chat on the clinic's website");
    }
}
