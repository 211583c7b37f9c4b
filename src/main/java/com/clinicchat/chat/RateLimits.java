package com.clinicchat.chat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per connection (one flooding tab) and per remote address (many sockets from one place). A frame
 * must get a token from both.
 */
@Component
class RateLimits {

    private final ChatProperties properties;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> byAddress = new ConcurrentHashMap<>();

    @Autowired
    RateLimits(ChatProperties properties) {
        this(properties, System::nanoTime);
    }

    /** With a clock of its own, for tests. */
    RateLimits(ChatProperties properties, LongSupplier nanoTime) {
        this.properties = properties;
        this.nanoTime = nanoTime;
    }

    TokenBucket newConnectionBucket() {
        return new TokenBucket(properties.connectionRateLimit(), properties.connectionRatePeriod(), nanoTime);
    }

    /** Takes a token from the connection's bucket and the address's; false when either is empty. */
    boolean allow(TokenBucket connection, String address) {
        TokenBucket shared = byAddress.computeIfAbsent(address,
                a -> new TokenBucket(properties.ipRateLimit(), properties.ipRatePeriod(), nanoTime));
        // the connection's token is spent first, so that one flooding socket does not drain its neighbours' share
        return connection.tryTake() && shared.tryTake();
    }

    /** Forgets addresses whose bucket has refilled, so that the map does not grow with every visitor ever seen. */
    void forgetIdle() {
        byAddress.values().removeIf(TokenBucket::isFull);
    }

    int trackedAddresses() {
        return byAddress.size();
    }
}
