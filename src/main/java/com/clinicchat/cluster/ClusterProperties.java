package com.clinicchat.cluster;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * {@code clinicchat.cluster.*}: only read with the {@code cluster} profile.
 *
 * @param nodeId          this node's name in Redis (presence entries, the origin of relayed events); unique per node;
 *                        a random one per start when not set
 * @param redisPrefix     put before every channel and key this app uses in Redis, so that several deployments (or
 *                        test runs) can share one Redis
 * @param presenceTtl     how long a node's on-duty entries live without a heartbeat: a crashed node's consoles drop
 *                        off the roster after this
 * @param presenceHeartbeat how often a node rewrites its entries and reads everyone's
 * @param oncePerCluster  scheduled jobs ({@code Class.method}) that run on one node per round, under a database lock
 * @param jobLockAtLeast  how long a job's lock is held at least, so that the other nodes skip the same round
 * @param drainTimeout    on shutdown, how long in-flight replies are waited for before the sockets are closed
 */
@Validated
@ConfigurationProperties("clinicchat.cluster")
public record ClusterProperties(
        String nodeId,
        @DefaultValue("clinicchat:") @NotNull String redisPrefix,
        @DefaultValue("30s") @NotNull Duration presenceTtl,
        @DefaultValue("10s") @NotNull Duration presenceHeartbeat,
        @DefaultValue({"RetentionJob.deleteExpired", "InactivityJob.closeInactive"}) List<String> oncePerCluster,
        @DefaultValue("30s") @NotNull Duration jobLockAtLeast,
        @DefaultValue("20s") @NotNull Duration drainTimeout) {

    /** Bound on every start (the properties scan sees it), so nothing is required here: only the profile uses it. */
    public ClusterProperties {
        nodeId = nodeId == null || nodeId.isBlank() ? UUID.randomUUID().toString() : nodeId;
    }

    String channel() {
        return redisPrefix + "events";
    }
}
