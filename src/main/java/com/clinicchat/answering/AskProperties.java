package com.clinicchat.answering;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code POST /api/ask} ({@code clinicchat.ask.*}).
 *
 * @param rateLimit   questions one address may ask per {@code ratePeriod} (a burst of this many, then evenly);
 *                    more get 429 with {@code Retry-After}
 * @param ratePeriod  the period the limit refills over
 * @param maxBodySize larger request bodies get 413 without being read
 */
@Validated
@ConfigurationProperties("clinicchat.ask")
public record AskProperties(@Min(1) @DefaultValue("60") int rateLimit,
                            @NotNull @DefaultValue("1m") Duration ratePeriod,
                            @NotNull @DefaultValue("16KB") DataSize maxBodySize) {
}
