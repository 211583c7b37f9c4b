package com.clinicchat.retrieval;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/knowledge}: how many articles, sections and passages are being served, and which files
 * were rejected. Broken files leave the service UP (the rest keeps answering) but are listed; no articles at all is
 * DOWN, since every question would then be "not covered".
 */
@Component("knowledge")
class KnowledgeHealthIndicator implements HealthIndicator {

    private final KnowledgeRetriever retriever;

    KnowledgeHealthIndicator(KnowledgeRetriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public Health health() {
        IndexStats stats = retriever.stats();
        Health.Builder health = stats.documents() > 0 ? Health.up() : Health.down();
        return health.withDetail("documents", stats.documents())
                .withDetail("sections", stats.sections())
                .withDetail("passages", stats.passages())
                .withDetail("failedFiles", stats.failures())
                .withDetail("builtAt", stats.builtAt().toString())
                .withDetail("buildMillis", stats.buildTime().toMillis())
                .build();
    }
}
