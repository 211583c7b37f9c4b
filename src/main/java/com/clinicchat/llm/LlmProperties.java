package com.clinicchat.llm;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The optional LLM. With {@code provider: none} (the default) the service answers offline.
 *
 * @param provider          none, openai (any OpenAI-compatible endpoint) or ollama (its OpenAI-compatible API)
 * @param baseUrl           the endpoint; empty means the provider's usual one (api.openai.com, localhost:11434)
 * @param apiKey            for openai; ollama ignores it
 * @param model             the model name, e.g. gpt-4o-mini or llama3.1
 * @param firstTokenTimeout how long to wait for the first token before answering offline
 * @param totalTimeout      how long the whole reply may take before answering offline
 * @param minSimilarity     cosine between a sentence and the passages it cites, below which it is unsupported
 * @param minOverlap        share of a sentence's content words that must occur in the passages it cites
 * @param triageOpinion     whether the model is also asked for a triage opinion (which can only raise a route)
 */
@Validated
@ConfigurationProperties("clinicchat.llm")
public record LlmProperties(@NotNull @DefaultValue("none") Provider provider,
                            @DefaultValue("") String baseUrl,
                            @DefaultValue("") String apiKey,
                            @DefaultValue("gpt-4o-mini") String model,
                            @NotNull @DefaultValue("10s") Duration firstTokenTimeout,
                            @NotNull @DefaultValue("60s") Duration totalTimeout,
                            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double minSimilarity,
                            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double minOverlap,
                            @DefaultValue("true") boolean triageOpinion) {

    public enum Provider { NONE, OPENAI, OLLAMA }

    /** The endpoint to call: the configured one, or the provider's usual one. */
    public String endpoint() {
        if (!baseUrl.isBlank()) {
            return baseUrl;
        }
        return provider == Provider.OLLAMA ? "http://localhost:11434/v1" : "https://api.openai.com/v1";
    }
}
