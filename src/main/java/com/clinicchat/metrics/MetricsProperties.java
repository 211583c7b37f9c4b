package com.clinicchat.metrics;

import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read {@code /actuator/prometheus} besides signed-in admins ({@code clinicchat.metrics.*}).
 *
 * @param scrapeToken a secret a scraper sends as {@code Authorization: Bearer <token>}; empty: only admins' sessions
 *                    are let in. At least 32 characters, e.g. {@code openssl rand -hex 32}.
 */
@Validated
@ConfigurationProperties("clinicchat.metrics")
public record MetricsProperties(@Size(min = 32, message = "must be at least 32 characters") String scrapeToken) {

    public MetricsProperties {
        scrapeToken = scrapeToken == null || scrapeToken.isBlank() ? null : scrapeToken.strip();
    }
}
