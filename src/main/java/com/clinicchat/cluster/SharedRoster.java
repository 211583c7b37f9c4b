package com.clinicchat.cluster;

import com.clinicchat.staff.StaffRoster;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who has a console open on any node, in one Redis sorted set: a member per node and name, scored with the time it
 * expires. Each node rewrites its own members every heartbeat (and at once when its consoles change), so a node
 * that dies without saying so drops off after {@code presence-ttl}. Read from memory (the set as of the last
 * heartbeat or notice, plus this node's own consoles): a visitor's reply never waits on Redis for it.
 */
class SharedRoster implements StaffRoster {

    private static final Logger log = LoggerFactory.getLogger(SharedRoster.class);
    private static final char SEPARATOR = '\t';

    private final StaffRoster local;
    private final StringRedisTemplate redis;
    private final ClusterProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FanOut fanOut;
    private volatile List<String> cluster = List.of();

    SharedRoster(StaffRoster local, StringRedisTemplate redis, ClusterProperties properties, FanOut fanOut,
                 ApplicationEventPublisher events, Clock clock) {
        this.local = local;
        this.fanOut = fanOut;
        this.redis = redis;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<String> displayNames() {
        Set<String> names = new TreeSet<>(cluster);
        names.addAll(local.displayNames());
        return List.copyOf(names);
    }

    @Override
    public void consolesChanged() {
        heartbeat();
        fanOut.rosterChanged();
    }

    /**
     * Renews this node's members (a new expiry), then drops the ones no longer open and everyone's expired ones, then
     * reads them all. Renewed before anything is removed, so a reader never sees a gap.
     */
    @Scheduled(initialDelay = 0, fixedDelayString = "${clinicchat.cluster.presence-heartbeat:PT10S}")
    synchronized void heartbeat() {
        try {
            long now = clock.millis();
            ZSetOperations<String, String> set = redis.opsForZSet();
            String mine = properties.nodeId() + SEPARATOR;
            Set<String> current = new TreeSet<>();
            local.displayNames().forEach(name -> current.add(mine + name));
            long expires = now + properties.presenceTtl().toMillis();
            current.forEach(member -> set.add(key(), member, expires));
            Set<String> members = set.range(key(), 0, -1);
            Object[] gone = members == null ? new Object[0] : members.stream()
                    .filter(m -> m.startsWith(mine) && !current.contains(m)).toArray();
            if (gone.length > 0) {
                set.remove(key(), gone);
            }
            set.removeRangeByScore(key(), Double.NEGATIVE_INFINITY, now);
        } catch (RuntimeException e) {
            log.warn("Could not write the staff roster to Redis: {}", e.getClass().getName());
        }
        refresh();
    }

    /** Reads the unexpired members; a change is published so that presence is checked again. */
    void refresh() {
        try {
            Set<String> members = redis.opsForZSet().rangeByScore(key(), clock.millis(), Double.POSITIVE_INFINITY);
            List<String> names = members == null ? List.of() : members.stream()
                    .map(m -> m.substring(m.indexOf(SEPARATOR) + 1)).distinct().sorted().toList();
            if (!names.equals(cluster)) {
                cluster = names;
                events.publishEvent(new StaffRoster.Changed());
            }
        } catch (RuntimeException e) {
            log.debug("Could not read the staff roster from Redis: {}", e.toString());
        }
    }

    /** A node that stops cleanly takes its consoles off at once. */
    @PreDestroy
    void leave() {
        try {
            Set<String> members = redis.opsForZSet().range(key(), 0, -1);
            String mine = properties.nodeId() + SEPARATOR;
            if (members != null) {
                Object[] own = members.stream().filter(m -> m.startsWith(mine)).toArray();
                if (own.length > 0) {
                    redis.opsForZSet().remove(key(), own);
                }
            }
        } catch (RuntimeException e) {
            log.debug("Could not take this node's consoles off the roster: {}", e.toString());
        }
    }

    private String key() {
        return properties.redisPrefix() + "presence";
    }
}
