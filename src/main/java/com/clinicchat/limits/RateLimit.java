package com.clinicchat.limits;

import io.github.bucket4j.Bandwidth;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket's shape: {@code capacity} tokens at most (the burst), refilled evenly over {@code period}. Each
 * limit has a {@code name} that keeps its buckets apart from other limits' buckets for the same key (an address
 * has one bucket for chat frames and another for {@code /api/ask}).
 */
public record RateLimit(String name, long capacity, Duration period) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1 and a positive period.");
        }
    }

    /** The Bucket4j bandwidth, the same for a local bucket and for one kept in a shared store (e.g. Redis). */
    public Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
    }
}
