package com.clinicchat.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** The visitor socket's meters: open sockets, and frames refused by the rate limits. */
@Component
class ChatMeters {

    private final Counter rateLimited;

    ChatMeters(MeterRegistry registry, ChatSessions sessions) {
        Gauge.builder("clinicchat.sockets.open", sessions, s -> s.all().size())
                .description("Open WebSocket connections")
                .tag("side", "visitor")
                .register(registry);
        rateLimited = Counter.builder("clinicchat.ratelimit.rejections")
                .description("Visitor frames refused by the per-socket or per-address rate limit")
                .tag("scope", "chat")
                .register(registry);
    }

    void rateLimited() {
        rateLimited.increment();
    }
}
