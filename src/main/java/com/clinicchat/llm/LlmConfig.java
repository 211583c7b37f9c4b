package com.clinicchat.llm;

import com.clinicchat.answering.OfflineAnswerGenerator;
import com.clinicchat.retrieval.LuceneContentRetriever;
import com.clinicchat.triage.TriageOpinion;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

    @Bean
    ChatModel chatModel(LlmProperties llm, LlmMeters meters) {
        return OpenAiChatModel.builder()
                .listeners(meters)
                .baseUrl(llm.endpoint())
                .apiKey(llm.apiKey().isBlank() ? "none" : llm.apiKey())
                .modelName(llm.model())
                .temperature(0.0)
                .timeout(llm.firstTokenTimeout())
                .maxRetries(0)
                .build();
    }

    @Bean
    RetrievalAugmentor retrievalAugmentor(LuceneContentRetriever retriever) {
        return DefaultRetrievalAugmentor.builder()
                .contentRetriever(retriever)
                .contentInjector(new NumberedPassages())
                .build();
    }

    @Bean
    @Primary
    LlmAnswerGenerator llmAnswerGenerator(StreamingChatModel model, RetrievalAugmentor augmentor,
                                          OfflineAnswerGenerator offline, EmbeddingModel embeddings,
                                          LlmProperties llm, LlmMeters meters) throws IOException {
        String systemPrompt = new ClassPathResource("llm/system-prompt.txt").getContentAsString(StandardCharsets.UTF_8);
        return new LlmAnswerGenerator(model, augmentor, offline,
                new GroundingCheck(embeddings, llm.minSimilarity(), llm.minOverlap()), systemPrompt, llm, meters);
    }

    @Bean
    @ConditionalOnProperty(name = "clinicchat.llm.triage-opinion", havingValue = "true", matchIfMissing = true)
    TriageOpinion llmTriageOpinion(ChatModel model) {
        return new LlmTriageOpinion(model);
    }
}
