package com.clinicchat.limits;

import java.time.Duration;

/**
 * Where the token buckets of the shared limits (per address, per account) live. One node keeps them in memory
 * ({@link LocalRateLimitStore}); several nodes behind one load balancer would implement this on Bucket4j's
 * {@code ProxyManager} over Redis (or the database), so that an address gets one budget across the nodes.
 */
public interface RateLimitStore {

    /** Takes one token from the bucket of {@code key} under {@code limit}; refused when it has none. */
    Verdict tryTake(RateLimit limit, String key);

    /** Whether a token could be taken now, without taking it (e.g. before checking a password). */
    Verdict peek(RateLimit limit, String key);

    /** Forgets the buckets that have refilled completely, so that memory does not grow with every key ever seen. */
    void forgetFull();

    /** Allowed, or refused with how long until a token is back. */
    record Verdict(boolean allowed, Duration retryAfter) {

        public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        /** Whole seconds for a {@code Retry-After} header: at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
