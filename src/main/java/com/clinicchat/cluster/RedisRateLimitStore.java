package com.clinicchat.cluster;

import com.clinicchat.limits.LocalRateLimitStore;
import com.clinicchat.limits.RateLimit;
import com.clinicchat.limits.RateLimitStore;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared limits' buckets in Redis, through Bucket4j's Lettuce proxy manager (compare-and-swap on one key per
 * bucket, which expires once the bucket would be full again): an address gets one budget however many nodes its
 * requests land on. While Redis cannot be reached, each node counts on its own ({@link LocalRateLimitStore}):
 * limits stay in force, per node, rather than refusing every visitor or letting everything through. After a failed
 * call Redis is left alone for {@link #RETRY_AFTER}, so that visitors' frames do not each wait for a timeout.
 */
class RedisRateLimitStore implements RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimitStore.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;
    private final String prefix;
    private final LocalRateLimitStore fallback = new LocalRateLimitStore();
    private volatile long skipRedisUntil = System.nanoTime();
    private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - Duration.ofHours(1).toNanos());

    RedisRateLimitStore(RedisClient client, String prefix, Duration timeout) {
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .requestTimeout(timeout)
                .build();
        this.prefix = prefix + "limit:";
    }

    @Override
    public Verdict tryTake(RateLimit limit, String key) {
        if (skippingRedis()) {
            return fallback.tryTake(limit, key);
        }
        try {
            ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Verdict.ALLOWED
                    : new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException e) {
            unreachable(e);
            return fallback.tryTake(limit, key);
        }
    }

    @Override
    public Verdict peek(RateLimit limit, String key) {
        if (skippingRedis()) {
            return fallback.peek(limit, key);
        }
        try {
            EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Verdict.ALLOWED
                    : new Verdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException e) {
            unreachable(e);
            return fallback.peek(limit, key);
        }
    }

    /** Redis expires full buckets itself; only the fallback's are forgotten here. */
    @Override
    @Scheduled(fixedDelayString = "PT1M")
    public void forgetFull() {
        fallback.forgetFull();
    }

    private BucketProxy bucket(RateLimit limit, String key) {
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(limit.bandwidth()).build();
        return buckets.builder().build(prefix + limit.name() + ':' + key, () -> configuration);
    }

    private boolean skippingRedis() {
        return System.nanoTime() - skipRedisUntil < 0;
    }

    /** Said once a minute at most: during an outage every frame would say it. */
    private void unreachable(RuntimeException e) {
        long now = System.nanoTime();
        skipRedisUntil = now + RETRY_AFTER.toNanos();
        long last = lastWarned.get();
        if (now - last > Duration.ofMinutes(1).toNanos() && lastWarned.compareAndSet(last, now)) {
            log.warn("Rate limits in Redis unreachable, counting on this node meanwhile ({})", e.getClass().getName());
        }
    }

    @PreDestroy
    void close() {
        connection.close();
    }
}
