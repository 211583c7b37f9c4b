package com.clinicchat.llm;

import com.clinicchat.answering.OfflineAnswerGenerator;
import com.clinicchat.knowledge.KnowledgeBase;
import com.clinicchat.llm.grounding.GroundingVerifier;
import com.clinicchat.triage.TriageOpinion;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Switches the LLM answerer on when {@code clinicchat.llm.provider} is openai or ollama. Both speak the OpenAI
 * chat-completions protocol (Ollama at /v1), so one LangChain4j client serves both.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${clinicchat.llm.provider:none}'.toLowerCase() != 'none'")
class LlmConfig {

    @Bean
    LlmMeters llmMeters(MeterRegistry registry) {
        return new LlmMeters(registry);
    }

    @Bean
    StreamingChatModel streamingChatModel(LlmProperties llm, LlmMeters meters) {
        return OpenAiStreamingChatModel.builder()
                .listeners(meters)
                .baseUrl(llm.endpoint())
                .apiKey(llm.apiKey().isBlank() ? "none" : llm.apiKey())
                .modelName(llm.model())
                .temperature(0.0)
                .timeout(llm.totalTimeout())
                .build();
    }

    static final String PROBE_PROMPT = "Reply with the word OK.";

    /** For the triage opinion: one short call within its time limit, never retried (the breaker decides). */
    @Bean
    ChatModel chatModel(LlmProperties llm, LlmMeters meters) {
        return blockingModel(llm, llm.opinionTimeout(), meters);
    }

    /** The breaker's probe has its own client, with the answer's first-token limit. */
    @Bean(destroyMethod = "close")
    ProviderBreaker providerBreaker(LlmProperties llm, Clock clock, LlmMeters meters) {
        ChatModel probe = blockingModel(llm, llm.firstTokenTimeout(), meters);
        return new ProviderBreaker(llm, () -> probe.chat(ChatRequest.builder()
                .messages(UserMessage.from(PROBE_PROMPT)).maxOutputTokens(5).build()) != null, clock);
    }

    private static ChatModel blockingModel(LlmProperties llm, java.time.Duration timeout, LlmMeters meters) {
        return OpenAiChatModel.builder()
                .listeners(meters)
                .baseUrl(llm.endpoint())
                .apiKey(llm.apiKey().isBlank() ? "none" : llm.apiKey())
                .modelName(llm.model())
                .temperature(0.0)
                .timeout(timeout)
                .maxRetries(0)
                .build();
    }

    @Bean
    GroundingVerifier groundingVerifier(EmbeddingModel embeddings, KnowledgeBase knowledge, LlmProperties llm) {
        return new GroundingVerifier(embeddings, knowledge::subjectWords, llm.minOverlap(), llm.minSimilarity());
    }

    @Bean
    @Primary
    LlmAnswerGenerator llmAnswerGenerator(StreamingChatModel model, OfflineAnswerGenerator offline,
                                          GroundingVerifier verifier, ProviderBreaker breaker, LlmProperties llm,
                                          Clock clock, LlmMeters meters) throws IOException {
        String systemPrompt = new ClassPathResource("llm/system-prompt.txt").getContentAsString(StandardCharsets.UTF_8);
        return new LlmAnswerGenerator(model, offline, verifier, new AnswerPrompt(systemPrompt), breaker, llm, clock, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "clinicchat.llm.triage-opinion", havingValue = "true", matchIfMissing = true)
    TriageOpinion llmTriageOpinion(ChatModel model, ProviderBreaker breaker, LlmProperties llm) {
        return new LlmTriageOpinion(model, breaker, llm.opinionTimeout());
    }

    /** Warms the clients up in the background with a generous limit (a cold JVM is slow, not the provider). */
    @Bean
    ProviderWarmUp providerWarmUp(StreamingChatModel streaming, ProviderBreaker breaker, LlmProperties llm,
                                  LlmMeters meters) {
        return new ProviderWarmUp(blockingModel(llm, llm.totalTimeout(), meters), streaming, breaker,
                llm.totalTimeout());
    }

    @Bean("llm")
    LlmHealthIndicator llmHealthIndicator(ProviderBreaker breaker, LlmProperties llm) {
        return new LlmHealthIndicator(breaker, llm);
    }
}
