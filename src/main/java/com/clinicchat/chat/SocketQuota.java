package com.clinicchat.chat;

import com.clinicchat.limits.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many visitor sockets are open, per address and in all. Both caps sit below the servlet container's connection
 * limit, so that whatever the sockets do, there are connections left for HTTP: the staff console, its socket and
 * health checks keep answering while the visitor sockets are full.
 */
@Component
class SocketQuota {

    /** More sockets from one address than it may hold (1008). */
    static final CloseStatus TOO_MANY_FROM_ADDRESS = CloseStatus.POLICY_VIOLATION
            .withReason("too many sockets from your address");
    /** The node holds all the visitor sockets it takes (1013: try again later). */
    static final CloseStatus FULL = CloseStatus.SERVICE_OVERLOAD.withReason("server busy, try again later");

    private final ChatProperties properties;
    private final SocketsPerAddress elsewhere;
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    SocketQuota(ChatProperties properties, SocketsPerAddress elsewhere) {
        this.properties = properties;
        this.elsewhere = elsewhere;
    }

    /**
     * Counts a new socket in; or, when a cap is reached, the status to close it with (and it is not counted). The
     * total is this node's (it protects this node's memory); the per-address count includes other nodes' sockets
     * with the {@code cluster} profile.
     */
    Optional<CloseStatus> admit(String address) {
        if (total.incrementAndGet() > properties.maxSockets()) {
            total.decrementAndGet();
            return Optional.of(FULL);
        }
        String key = ClientAddress.key(address);
        boolean[] admitted = {false};
        perAddress.compute(key, (k, count) -> {
            AtomicInteger open = count == null ? new AtomicInteger() : count;
            if (open.get() < properties.maxSocketsPerAddress()) {
                open.incrementAndGet();
                admitted[0] = true;
            }
            return open.get() == 0 ? null : open;
        });
        if (admitted[0] && !elsewhere.opening(key, properties.maxSocketsPerAddress())) {
            forget(key);
            admitted[0] = false;
        }
        if (!admitted[0]) {
            total.decrementAndGet();
            return Optional.of(TOO_MANY_FROM_ADDRESS);
        }
        return Optional.empty();
    }

    /** A socket that was admitted has closed. */
    void release(String address) {
        total.decrementAndGet();
        String key = ClientAddress.key(address);
        forget(key);
        elsewhere.closed(key);
    }

    private void forget(String key) {
        perAddress.computeIfPresent(key, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    int open() {
        return total.get();
    }
}
