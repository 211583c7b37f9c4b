package com.clinicchat.knowledge;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the clinic's articles live.
 *
 * @param directory    folder of {@code .md} articles and the {@code synonyms.txt} rules
 * @param watch        re-index when a file is added, changed or deleted, without a restart
 * @param settleDelay  how long the folder must be quiet before re-indexing, so an editor's save is read whole
 */
@Validated
@ConfigurationProperties("clinicchat.knowledge")
public record KnowledgeProperties(@NotNull @DefaultValue("knowledge") Path directory,
                                  @DefaultValue("true") boolean watch,
                                  @NotNull @DefaultValue("300ms") Duration settleDelay) {
}
