package com.clinicchat.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The buckets of one node, in memory (Bucket4j local buckets, lock-free). Several nodes share Redis's instead. */
@Component
@Profile("!cluster")
public class LocalRateLimitStore implements RateLimitStore {

    private final TimeMeter time;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    private record Entry(RateLimit limit, Bucket bucket) {
    }

    @Autowired
    public LocalRateLimitStore() {
        this(TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a clock of its own, for tests. */
    public LocalRateLimitStore(TimeMeter time) {
        this.time = time;
    }

    @Override
    public Verdict tryTake(RateLimit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Verdict.ALLOWED
                : new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Verdict peek(RateLimit limit, String key) {
        Entry entry = buckets.get(limit.name() + '|' + key);
        if (entry == null) {
            return Verdict.ALLOWED;
        }
        EstimationProbe probe = entry.bucket().estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Verdict.ALLOWED
                : new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    @Scheduled(fixedDelayString = "PT1M")
    public void forgetFull() {
        buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.limit().capacity());
    }

    /** How many buckets are held (for tests and health). */
    public int size() {
        return buckets.size();
    }

    private Bucket bucket(RateLimit limit, String key) {
        return buckets.computeIfAbsent(limit.name() + '|' + key, k -> new Entry(limit,
                Bucket.builder().addLimit(limit.bandwidth()).withCustomTimePrecision(time).build())).bucket();
    }
}
