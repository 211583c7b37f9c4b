package com.clinicchat.staff;

import com.clinicchat.conversation.ConversationStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The staff side's meters: open console sockets, and the queue of chats waiting for staff, read from the database
 * when scraped (a restart loses nothing, and the console's "since" is the same time).
 */
@Component
class StaffMeters {

    StaffMeters(MeterRegistry registry, StaffConnections connections, ConversationStore store, Clock clock) {
        Gauge.builder("clinicchat.sockets.open", connections, c -> c.all().size())
                .description("Open WebSocket connections")
                .tag("side", "staff")
                .register(registry);
        Gauge.builder("clinicchat.queue.waiting", store, s -> s.waiting().count())
                .description("Chats waiting for a staff member to take them")
                .register(registry);
        TimeGauge.builder("clinicchat.queue.oldest.wait", store, TimeUnit.SECONDS, s -> {
                    ConversationStore.Waiting waiting = s.waiting();
                    return waiting.oldestSince() == null ? 0
                            : Math.max(0, Duration.between(waiting.oldestSince(), clock.instant()).toMillis() / 1000.0);
                })
                .description("How long the longest-waiting chat has waited for staff (0 when none waits)")
                .register(registry);
    }
}
