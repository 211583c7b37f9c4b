package com.clinicchat.chat;

import com.clinicchat.limits.ClientAddress;
import com.clinicchat.limits.RateLimit;
import com.clinicchat.limits.RateLimitStore;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets per connection (one flooding tab) and per remote address (many sockets from one place). A frame
 * must get a token from both. Typing signals have a small bucket of their own per connection, so that typing never
 * uses up a visitor's message budget and a flood of them is still dropped. The address buckets live in the shared
 * {@link RateLimitStore}; a connection's own buckets live and die with the socket.
 */
@Component
class RateLimits {

    /** Typing signals a socket may send in a burst; then one per {@code typing-interval}. */
    static final int TYPING_BURST = 3;

    private final RateLimit connection;
    private final RateLimit address;
    private final RateLimit typing;
    private final RateLimitStore store;
    private final TimeMeter time;

    @Autowired
    RateLimits(ChatProperties properties, RateLimitStore store) {
        this(properties, store, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a clock of its own, for tests. */
    RateLimits(ChatProperties properties, RateLimitStore store, TimeMeter time) {
        this.connection = new RateLimit("chat-socket", properties.connectionRateLimit(),
                properties.connectionRatePeriod());
        this.address = new RateLimit("chat-address", properties.ipRateLimit(), properties.ipRatePeriod());
        this.typing = new RateLimit("chat-typing", TYPING_BURST,
                properties.typingInterval().multipliedBy(TYPING_BURST));
        this.store = store;
        this.time = time;
    }

    /** The buckets of a new socket. */
    Buckets newConnection() {
        return new Buckets(bucket(connection), bucket(typing));
    }

    /** Takes a token from the connection's bucket and the address's; false when either is empty. */
    boolean allow(Buckets buckets, String remoteAddress) {
        // the connection's token is spent first, so that one flooding socket does not drain its neighbours' share
        return buckets.frames().tryConsume(1) && store.tryTake(address, ClientAddress.key(remoteAddress)).allowed();
    }

    /** A typing signal: from the connection's typing bucket only. */
    boolean allowTyping(Buckets buckets) {
        return buckets.typing().tryConsume(1);
    }

    private Bucket bucket(RateLimit limit) {
        return Bucket.builder().addLimit(limit.bandwidth()).withCustomTimePrecision(time).build();
    }

    /** One socket's own buckets: its frames, and its typing signals. */
    record Buckets(Bucket frames, Bucket typing) {
    }
}
