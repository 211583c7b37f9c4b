package com.clinicchat.triage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keeps trained routers on disk, named by a fingerprint of everything that shapes them (training files, embedding
 * model, features, settings), so that a restart or another test context loads in milliseconds instead of training
 * again. A changed corpus or setting simply misses the cache. Unreadable entries are ignored and retrained.
 */
final class RouterCache {

    private static final Logger log = LoggerFactory.getLogger(RouterCache.class);

    private final Path folder;

    RouterCache(Path folder) {
        this.folder = folder;
    }

    Optional<IntentModel> load(String fingerprint) {
        Path file = folder.resolve("router-" + fingerprint + ".model");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(IntentModel.load(in));
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable cached router {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    void save(String fingerprint, IntentModel model) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "router-", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                model.save(out);
            }
            // written whole, then moved: a concurrent reader never sees half a model
            Files.move(temporary, folder.resolve("router-" + fingerprint + ".model"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not cache the trained router in {}: {}", folder, e.toString());
        }
    }
}
