package com.clinicchat.chat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Token buckets per connection and per address, on a clock the test moves. */
class RateLimitsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimits limits = new RateLimits(TestProperties.chat(Map.of(
            "clinicchat.chat.connection-rate-limit", "3", "clinicchat.chat.connection-rate-period", "3s",
            "clinicchat.chat.ip-rate-limit", "5", "clinicchat.chat.ip-rate-period", "10s")), nanos::get);

    private int allowed(TokenBucket connection, String address, int tries) {
        int allowed = 0;
        for (int i = 0; i < tries; i++) {
            allowed += limits.allow(connection, address) ? 1 : 0;
        }
        return allowed;
    }

    @Test
    void aConnectionGetsItsBurstThenOneFramePerRefill() {
        TokenBucket connection = limits.newConnectionBucket();

        assertThat(allowed(connection, "10.0.0.1", 10)).isEqualTo(3);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(allowed(connection, "10.0.0.1", 10)).isEqualTo(1);
    }

    @Test
    void connectionsFromOneAddressShareItsLimitAndOtherAddressesDoNot() {
        assertThat(allowed(limits.newConnectionBucket(), "10.0.0.1", 3)).isEqualTo(3);
        assertThat(allowed(limits.newConnectionBucket(), "10.0.0.1", 3)).as("5 per address").isEqualTo(2);
        assertThat(allowed(limits.newConnectionBucket(), "10.0.0.1", 3)).isZero();
        assertThat(allowed(limits.newConnectionBucket(), "10.0.0.2", 3)).isEqualTo(3);

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(allowed(limits.newConnectionBucket(), "10.0.0.1", 3)).isEqualTo(3);
    }

    @Test
    void addressesWhoseBucketRefilledAreForgotten() {
        limits.allow(limits.newConnectionBucket(), "10.0.0.1");
        limits.allow(limits.newConnectionBucket(), "10.0.0.2");
        limits.forgetIdle();
        assertThat(limits.trackedAddresses()).isEqualTo(2);

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        limits.forgetIdle();
        assertThat(limits.trackedAddresses()).isZero();
    }
}
