package com.clinicchat.notify;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * Notifications to the clinic outside the console ({@code clinicchat.notify.*}).
 *
 * @param webhookUrl     receives a JSON POST on each escalation and call-back request; unset: no webhook
 * @param webhookSecret  when set, each POST carries {@code X-ClinicChat-Signature: sha256=<hex HMAC of the body>}
 * @param maxAttempts    attempts per notification before it is given up (and logged)
 * @param initialBackoff the wait before the second attempt; doubled before each further one
 * @param maxBackoff     the longest wait between two attempts
 * @param timeout        how long one attempt may take
 */
@Validated
@ConfigurationProperties("clinicchat.notify")
public record NotifyProperties(URI webhookUrl,
                               String webhookSecret,
                               @Min(1) @Max(20) @DefaultValue("6") int maxAttempts,
                               @NotNull @DefaultValue("2s") Duration initialBackoff,
                               @NotNull @DefaultValue("5m") Duration maxBackoff,
                               @NotNull @DefaultValue("10s") Duration timeout) {
}
