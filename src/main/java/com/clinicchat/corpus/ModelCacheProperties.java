package com.clinicchat.corpus;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * @param cache where models trained from the corpus at start (router, coverage) are kept between starts, each
 *              named by a fingerprint of its training data and settings so that a stale one is never used
 */
@Validated
@ConfigurationProperties("clinicchat.models")
public record ModelCacheProperties(@NotNull Path cache) {
}
