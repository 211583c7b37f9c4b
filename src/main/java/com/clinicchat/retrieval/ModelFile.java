package com.clinicchat.retrieval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model learned from the corpus, kept in the model cache under a name that fingerprints what it was learned
 * from: read when present and readable, otherwise trained and written atomically (a half-written file is never
 * read by another node or a later start).
 */
final class ModelFile {

    private static final Logger log = LoggerFactory.getLogger(ModelFile.class);

    private ModelFile() {
    }

    static <M> M readOrTrain(Path cache, String prefix, String fingerprint, Function<String, M> parse,
                             Supplier<M> train, Function<M, String> serialise) {
        Path file = cache.resolve(prefix + fingerprint + ".model");
        try {
            if (Files.isRegularFile(file)) {
                return parse.apply(Files.readString(file));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable cached model {}: {}", file, e.toString());
        }
        M model = train.get();
        try {
            Files.createDirectories(cache);
            Path temporary = Files.createTempFile(cache, prefix, ".tmp");
            Files.writeString(temporary, serialise.apply(model));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not cache the model in {}: {}", cache, e.toString());
        }
        return model;
    }
}
