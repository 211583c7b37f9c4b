package com.clinicchat.chat;

import com.clinicchat.limits.LocalRateLimitStore;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Token buckets per connection and per address (Bucket4j), on a clock the test moves. */
class RateLimitsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final LocalRateLimitStore store = new LocalRateLimitStore(clock);
    private final RateLimits limits = new RateLimits(TestProperties.chat(Map.of(
            "clinicchat.chat.connection-rate-limit", "3", "clinicchat.chat.connection-rate-period", "3s",
            "clinicchat.chat.ip-rate-limit", "5", "clinicchat.chat.ip-rate-period", "10s",
            "clinicchat.chat.typing-interval", "2s")), store, clock);

    private int allowed(RateLimits.Buckets connection, String address, int tries) {
        int allowed = 0;
        for (int i = 0; i < tries; i++) {
            allowed += limits.allow(connection, address) ? 1 : 0;
        }
        return allowed;
    }

    @Test
    void aConnectionGetsItsBurstThenOneFramePerRefill() {
        RateLimits.Buckets connection = limits.newConnection();

        assertThat(allowed(connection, "10.0.0.1", 10)).isEqualTo(3);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(allowed(connection, "10.0.0.1", 10)).isEqualTo(1);
    }

    @Test
    void connectionsFromOneAddressShareItsLimitAndOtherAddressesDoNot() {
        assertThat(allowed(limits.newConnection(), "10.0.0.1", 3)).isEqualTo(3);
        assertThat(allowed(limits.newConnection(), "10.0.0.1", 3)).as("5 per address").isEqualTo(2);
        assertThat(allowed(limits.newConnection(), "10.0.0.1", 3)).isZero();
        assertThat(allowed(limits.newConnection(), "10.0.0.2", 3)).isEqualTo(3);

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(allowed(limits.newConnection(), "10.0.0.1", 3)).isEqualTo(3);
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertThat(allowed(limits.newConnection(), "2001:db8:1:2::1", 3)).isEqualTo(3);
        assertThat(allowed(limits.newConnection(), "2001:db8:1:2:ffff::9", 3)).as("same /64").isEqualTo(2);
        assertThat(allowed(limits.newConnection(), "2001:db8:1:3::1", 3)).as("another /64").isEqualTo(3);
    }

    @Test
    void typingHasASmallBucketOfItsOwnThatLeavesTheFrameBudgetAlone() {
        RateLimits.Buckets connection = limits.newConnection();
        int typing = 0;
        for (int i = 0; i < 50; i++) {
            typing += limits.allowTyping(connection) ? 1 : 0;
        }
        assertThat(typing).isEqualTo(RateLimits.TYPING_BURST);
        assertThat(allowed(connection, "10.0.0.3", 3)).as("messages unaffected").isEqualTo(3);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(limits.allowTyping(connection)).isTrue();
        assertThat(limits.allowTyping(connection)).isFalse();
    }

    @Test
    void addressesWhoseBucketRefilledAreForgotten() {
        limits.allow(limits.newConnection(), "10.0.0.1");
        limits.allow(limits.newConnection(), "10.0.0.2");
        store.forgetFull();
        assertThat(store.size()).isEqualTo(2);

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        store.forgetFull();
        assertThat(store.size()).isZero();
    }
}
