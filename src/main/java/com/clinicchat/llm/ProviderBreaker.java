package com.clinicchat.llm;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Skips a failing or hung provider until it recovers (a Resilience4j circuit breaker shared by the answer, the
 * triage opinion and the probe). Errors open the circuit by their rate over the last calls; an answer that timed
 * out opens it at once. Visitors' messages use the provider only while the circuit is closed; once it opens, the
 * trial call that decides whether it may close again is a background probe, so that no visitor ever waits on a
 * provider that was just failing.
 */
final class ProviderBreaker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProviderBreaker.class);

    private final CircuitBreaker breaker;
    private final BooleanSupplier probe;
    private final Clock clock;
    private final ExecutorService prober = Executors.newVirtualThreadPerTaskExecutor();
    private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();
    private volatile String lastFailure = "";
    private volatile Instant lastFailureAt;
    private volatile Instant lastSuccessAt;

    /**
     * @param probe a small call to the provider; true when it answered (run only while the circuit is half open)
     */
    ProviderBreaker(LlmProperties properties, BooleanSupplier probe, Clock clock) {
        this.probe = probe;
        this.clock = clock;
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindow(properties.breakerWindow(), properties.breakerMinimumCalls(), SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(properties.breakerFailureRate())
                .waitDurationInOpenState(properties.breakerOpenFor())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(Throwable.class)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            log.info("LLM provider circuit: {}", event.getStateTransition());
            if (event.getStateTransition().getToState() == CircuitBreaker.State.HALF_OPEN) {
                prober.submit(this::runProbe);
            }
        });
    }

    /** A permit for one visitor-facing call, or none when the provider is being skipped. */
    boolean tryCall() {
        boolean permitted = breaker.getState() == CircuitBreaker.State.CLOSED && breaker.tryAcquirePermission();
        if (!permitted) {
            skipped.incrementAndGet();
        }
        return permitted;
    }

    void succeeded(Duration took) {
        lastSuccessAt = clock.instant();
        breaker.onSuccess(took.toNanos(), TimeUnit.NANOSECONDS);
    }

    void failed(Duration took, String why) {
        lastFailure = why;
        lastFailureAt = clock.instant();
        breaker.onError(took.toNanos(), TimeUnit.NANOSECONDS, new ProviderFailure(why));
    }

    /**
     * The provider sent no first token, or stopped sending, within the answer's limits: it is hung, whatever the
     * window says, so the circuit opens at once and the next visitor does not wait for it too.
     */
    void timedOut(Duration took, String why) {
        failed(took, why);
        if (breaker.getState() == CircuitBreaker.State.CLOSED) {
            breaker.transitionToOpenState();
        }
    }

    /** The call was abandoned for reasons of ours (the route changed): it says nothing about the provider. */
    void released() {
        breaker.releasePermission();
    }

    private void runProbe() {
        if (!breaker.tryAcquirePermission()) {
            return;
        }
        long start = System.nanoTime();
        boolean answered;
        try {
            answered = probe.getAsBoolean();
        } catch (RuntimeException e) {
            answered = false;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (answered) {
            succeeded(took);
        } else {
            failed(took, "probe failed");
        }
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    float failureRate() {
        return breaker.getMetrics().getFailureRate();
    }

    long skippedCalls() {
        return skipped.get();
    }

    String lastFailure() {
        return lastFailure;
    }

    Instant lastFailureAt() {
        return lastFailureAt;
    }

    Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }

    /** Why a call counted as failed, for the breaker's records (no stack trace needed). */
    private static final class ProviderFailure extends RuntimeException {
        ProviderFailure(String message) {
            super(message, null, false, false);
        }
    }
}
