package com.clinicchat.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.net.URI;
import java.time.Instant;

/**
 * {@code /actuator/health/llm}: whether the LLM provider is being used or skipped. A skipped provider is
 * {@code DEGRADED}, not DOWN: visitors still get the offline answers, so the service as a whole stays UP (the
 * aggregate ignores statuses outside its order). Details (provider, model, host, circuit state, failure rate,
 * skipped calls, last failure) are for administrators; the endpoint's show-details setting decides who sees them.
 */
final class LlmHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "LLM provider skipped; answering offline");

    private final ProviderBreaker breaker;
    private final LlmProperties properties;

    LlmHealthIndicator(ProviderBreaker breaker, LlmProperties properties) {
        this.breaker = breaker;
        this.properties = properties;
    }

    @Override
    public Health health() {
        CircuitBreaker.State state = breaker.state();
        Health.Builder health = state == CircuitBreaker.State.CLOSED ? Health.up() : Health.status(DEGRADED);
        health.withDetail("provider", properties.provider().name().toLowerCase(java.util.Locale.ROOT))
                .withDetail("model", properties.model())
                .withDetail("host", host(properties.endpoint()))
                .withDetail("circuit", state.name().toLowerCase(java.util.Locale.ROOT))
                .withDetail("failureRatePercent", Math.max(0, breaker.failureRate()))
                .withDetail("skippedCalls", breaker.skippedCalls());
        Instant lastSuccess = breaker.lastSuccessAt();
        Instant lastFailure = breaker.lastFailureAt();
        if (lastSuccess != null) {
            health.withDetail("lastSuccess", lastSuccess.toString());
        }
        if (lastFailure != null) {
            health.withDetail("lastFailure", lastFailure.toString()).withDetail("lastFailureReason", breaker.lastFailure());
        }
        return health.build();
    }

    /** The endpoint's host only: its path and any credentials in it stay private. */
    private static String host(String endpoint) {
        try {
            URI uri = URI.create(endpoint);
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return "unparsable";
        }
    }
}
