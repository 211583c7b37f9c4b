package com.clinicchat.llm;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The optional LLM. With {@code provider: none} (the default) the service answers offline. Every time limit counts
 * from the visitor's message, not from the call, so that no wait adds to another.
 *
 * @param provider          none, openai (any OpenAI-compatible endpoint) or ollama (its OpenAI-compatible API)
 * @param baseUrl           the endpoint; empty means the provider's usual one (api.openai.com, localhost:11434)
 * @param apiKey            for openai; ollama ignores it
 * @param model             the model name, e.g. gpt-4o-mini or llama3.1
 * @param firstTokenTimeout the answer's first token must arrive within this of the message, else offline answer
 * @param tokenGapTimeout   longest silence between two tokens; a stalled reply ends with what was verified
 * @param totalTimeout      the whole reply must be done within this of the message
 * @param opinionTimeout    how long the triage opinion may take (it runs alongside the answer)
 * @param minOverlap        share of a sentence's content words its supporting passages must contain
 * @param minSimilarity     embedding cosine (bge-small-en-v1.5) that lets a reworded sentence pass with half that
 *                          overlap; chosen on the grounding corpus (docs/grounding-corpus.md), not portable to
 *                          another embedding model
 * @param triageOpinion     whether the model is also asked for a triage opinion (which can only raise a route)
 * @param breakerWindow     calls the circuit breaker judges the provider on
 * @param breakerMinimumCalls calls needed before errors may open it (an answer that times out opens it at once)
 * @param breakerFailureRate percentage of failed calls in the window that opens it
 * @param breakerOpenFor    how long it stays open before a background probe (never a visitor) tries the provider
 */
@Validated
@ConfigurationProperties("clinicchat.llm")
public record LlmProperties(@NotNull @DefaultValue("none") Provider provider,
                            @DefaultValue("") String baseUrl,
                            @DefaultValue("") String apiKey,
                            @DefaultValue("gpt-4o-mini") String model,
                            @NotNull @DefaultValue("4s") Duration firstTokenTimeout,
                            @NotNull @DefaultValue("3s") Duration tokenGapTimeout,
                            @NotNull @DefaultValue("20s") Duration totalTimeout,
                            @NotNull @DefaultValue("2s") Duration opinionTimeout,
                            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double minOverlap,
                            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.85") double minSimilarity,
                            @DefaultValue("true") boolean triageOpinion,
                            @Min(1) @DefaultValue("10") int breakerWindow,
                            @Min(1) @DefaultValue("2") int breakerMinimumCalls,
                            @DecimalMin("1") @DecimalMax("100") @DefaultValue("50") float breakerFailureRate,
                            @NotNull @DefaultValue("15s") Duration breakerOpenFor) {

    public enum Provider { NONE, OPENAI, OLLAMA }

    /** The endpoint to call: the configured one, or the provider's usual one. */
    public String endpoint() {
        if (!baseUrl.isBlank()) {
            return baseUrl;
        }
        return provider == Provider.OLLAMA ? "http://localhost:11434/v1" : "https://api.openai.com/v1";
    }
}
