package com.clinicchat.knowledge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The knowledge folder's meters: how often it was reloaded, and how many files the last load could not serve. */
@Component
class KnowledgeMeters {

    private final Counter reloads;

    KnowledgeMeters(MeterRegistry registry, KnowledgeBase knowledge) {
        reloads = Counter.builder("clinicchat.knowledge.reloads")
                .description("Loads of the knowledge folder (at start and after each change)")
                .register(registry);
        Gauge.builder("clinicchat.knowledge.failed.files", knowledge, k -> k.current().failures().size())
                .description("Files of the last load that are not served, or served with lines left out")
                .register(registry);
        Gauge.builder("clinicchat.knowledge.articles", knowledge, k -> k.current().articles().size())
                .description("Articles served")
                .register(registry);
    }

    @EventListener
    void on(KnowledgeChanged changed) {
        reloads.increment();
    }
}
