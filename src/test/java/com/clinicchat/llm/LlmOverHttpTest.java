package com.clinicchat.llm;

import com.clinicchat.chat.ChatClient;
import com.clinicchat.llm.FakeOpenAiServer.Script;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM path as visitors reach it, {@code POST /api/ask} and the {@code /ws/chat} socket, with a local fake
 * provider streaming GPT-style tokens: what the visitor is streamed is exactly what the final message says, and
 * never holds a sentence that was withheld.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinicchat.llm.breaker-minimum-calls=1000", "clinicchat.llm.opinion-timeout=5s",
        "clinicchat.llm.first-token-timeout=5s", "clinicchat.chat.ip-rate-limit=100000",
        // what the indicator says; that only admins see it is the health security tests' concern
        "management.endpoint.health.show-components=always", "management.endpoint.health.show-details=always"})
class LlmOverHttpTest {

    static final FakeOpenAiServer MODEL = LlmAnswerGeneratorTest.start();
    static final String QUESTION = "How does magnesium help with high blood pressure?";
    static final String REPLY = "This relaxation reduces strain on the heart and can help lower high blood pressure. "
            + "[@This relaxation reduces] A weekly drip also cures type 2 diabetes in most patients. [@natural calcium] "
            + "Magnesium acts as a natural calcium channel blocker, relaxing blood vessels. [@natural calcium]";
    static final String SHOWN = "This relaxation reduces strain on the heart and can help lower high blood pressure. "
            + "Magnesium acts as a natural calcium channel blocker, relaxing blood vessels.";

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("clinicchat.llm.provider", () -> "openai");
        registry.add("clinicchat.llm.base-url", MODEL::baseUrl);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode get(String path) throws Exception {
        return ChatClient.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void askReturnsTheVerifiedSentencesWithTheirSources() throws Exception {
        MODEL.play(Script.tokens(REPLY));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + QUESTION + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode reply = ChatClient.JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(reply.path("route").asString()).isEqualTo("answer");
        assertThat(reply.path("answer").asString()).isEqualTo(SHOWN);
        assertThat(reply.path("citations").findValuesAsString("section")).contains("Managing Blood Pressure");
    }

    @Test
    void theChatStreamsOnlyWhatTheFinalMessageSays() throws Exception {
        MODEL.play(Script.tokens(REPLY));
        try (ChatClient client = ChatClient.connect(port)) {
            client.start();
            client.say("m1", QUESTION);
            List<JsonNode> frames = client.untilBotMessage();

            String streamed = frames.stream().filter(frame -> frame.path("type").asString().equals("delta"))
                    .map(frame -> frame.path("text").asString()).collect(Collectors.joining());
            JsonNode message = frames.getLast();
            assertThat(message.path("route").asString()).isEqualTo("answer");
            assertThat(message.path("text").asString()).isEqualTo(SHOWN);
            assertThat(streamed).isEqualTo(SHOWN).doesNotContain("diabetes");
        }
    }

    @Test
    void personalAdviceInTheChatHandsTheConversationToStaff() throws Exception {
        MODEL.play(Script.tokens("You should book a 2 gram drip every week [@This relaxation reduces]."));
        try (ChatClient client = ChatClient.connect(port)) {
            client.start();
            client.say("m1", QUESTION);
            List<JsonNode> frames = client.untilBotMessage();

            JsonNode message = frames.getLast();
            assertThat(message.path("route").asString()).isEqualTo("escalate");
            assertThat(frames).noneMatch(frame -> frame.path("text").asString().contains("2 gram"));
        }
    }

    @Test
    void healthShowsTheProviderCircuit() throws Exception {
        JsonNode llm = get("/actuator/health").path("components").path("llm");

        assertThat(llm.path("status").asString()).isEqualTo("UP");
        assertThat(llm.path("details").path("circuit").asString()).isEqualTo("closed");
        assertThat(llm.path("details").path("host").asString()).startsWith("127.0.0.1:");
        assertThat(llm.toString()).doesNotContain("/v1");
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }
}
