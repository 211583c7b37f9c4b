package com.clinicchat.cluster;

import com.clinicchat.chat.SocketsPerAddress;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Visitor sockets per address across the nodes, so that {@code max-sockets-per-address} holds for the cluster and
 * not per node. In Redis: a hash per address with one field per node (that node's count), and a sorted set of the
 * live nodes scored with their expiry. Only live nodes' fields are summed, so a node that dies without saying so
 * stops counting once its entry expires ({@code presence-ttl}); a hash expires after the same time unless a node
 * holding sockets from that address renews it. Each heartbeat rewrites this node's fields from its own count, which
 * repairs whatever an outage or a race left wrong. While Redis cannot be reached, each node applies the cap to its
 * own sockets only, as a single node does, and leaves Redis alone for {@link RedisRateLimitStore#RETRY_AFTER} after
 * a failure, so that new sockets do not each wait for a timeout.
 */
class SharedSocketsPerAddress implements SocketsPerAddress {

    private static final Logger log = LoggerFactory.getLogger(SharedSocketsPerAddress.class);

    private final StringRedisTemplate redis;
    private final ClusterProperties properties;
    private final Clock clock;
    private final Map<String, AtomicInteger> mine = new ConcurrentHashMap<>();
    private volatile long skipRedisUntil = System.nanoTime();
    private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - Duration.ofMinutes(2).toNanos());

    SharedSocketsPerAddress(StringRedisTemplate redis, ClusterProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts the socket in first, then sums the live nodes' counts: of two racing opens both may be refused. */
    @Override
    public boolean opening(String address, int cap) {
        mine.compute(address, (a, count) -> {
            AtomicInteger held = count == null ? new AtomicInteger() : count;
            held.incrementAndGet(); // inside compute: the heartbeat may be dropping the entry at zero
            return held;
        });
        if (skippingRedis()) {
            return true;
        }
        try {
            HashOperations<String, String, String> hash = redis.opsForHash();
            String key = key(address);
            hash.increment(key, properties.nodeId(), 1);
            redis.expire(key, properties.presenceTtl());
            Set<String> live = redis.opsForZSet().rangeByScore(nodesKey(), clock.millis(), Double.POSITIVE_INFINITY);
            long sum = hash.entries(key).entrySet().stream()
                    .filter(e -> e.getKey().equals(properties.nodeId()) || live != null && live.contains(e.getKey()))
                    .mapToLong(e -> Long.parseLong(e.getValue())).sum();
            if (sum <= cap) {
                return true;
            }
            hash.increment(key, properties.nodeId(), -1);
        } catch (RuntimeException e) {
            unreachable(e);
            return true; // this node's own count was checked already
        }
        release(address);
        return false;
    }

    @Override
    public void closed(String address) {
        release(address);
        if (skippingRedis()) {
            return;
        }
        try {
            redis.opsForHash().increment(key(address), properties.nodeId(), -1);
        } catch (RuntimeException e) {
            unreachable(e);
        }
    }

    /** Kept at zero until the next heartbeat has taken the field off Redis (it may hold more after an outage). */
    private void release(String address) {
        mine.computeIfPresent(address, (a, count) -> {
            count.updateAndGet(n -> Math.max(0, n - 1));
            return count;
        });
    }

    /** Renews this node's entry and rewrites its counts (dropping the fields of addresses it no longer holds). */
    @Scheduled(initialDelay = 0, fixedDelayString = "${clinicchat.cluster.presence-heartbeat:PT10S}")
    void heartbeat() {
        try {
            long now = clock.millis();
            redis.opsForZSet().add(nodesKey(), properties.nodeId(), now + properties.presenceTtl().toMillis());
            redis.opsForZSet().removeRangeByScore(nodesKey(), Double.NEGATIVE_INFINITY, now);
            mine.forEach((address, count) -> {
                int held = count.get();
                if (held == 0) {
                    redis.opsForHash().delete(key(address), properties.nodeId());
                    mine.computeIfPresent(address, (a, c) -> c.get() == 0 ? null : c);
                } else {
                    redis.opsForHash().put(key(address), properties.nodeId(), String.valueOf(held));
                    redis.expire(key(address), properties.presenceTtl());
                }
            });
        } catch (RuntimeException e) {
            unreachable(e);
        }
    }

    /** A node that stops cleanly stops counting at once. */
    @PreDestroy
    void leave() {
        try {
            redis.opsForZSet().remove(nodesKey(), properties.nodeId());
            mine.keySet().forEach(address -> redis.opsForHash().delete(key(address), properties.nodeId()));
        } catch (RuntimeException e) {
            log.debug("Could not take this node's socket counts off: {}", e.toString());
        }
    }

    private String key(String address) {
        return properties.redisPrefix() + "sockets:" + address;
    }

    private String nodesKey() {
        return properties.redisPrefix() + "nodes";
    }

    private boolean skippingRedis() {
        return System.nanoTime() - skipRedisUntil < 0;
    }

    /** Said once a minute at most. */
    private void unreachable(RuntimeException e) {
        long now = System.nanoTime();
        skipRedisUntil = now + RedisRateLimitStore.RETRY_AFTER.toNanos();
        long last = lastWarned.get();
        if (now - last > Duration.ofMinutes(1).toNanos() && lastWarned.compareAndSet(last, now)) {
            log.warn("Socket counts in Redis unreachable, capping this node's own meanwhile ({})",
                    e.getClass().getName());
        }
    }
}
