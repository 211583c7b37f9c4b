package com.clinicchat.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} from the project root, or from further up when the tests run in a git worktree. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path devSet() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("eval/dev-set.jsonl");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/eval/dev-set.jsonl not found above " + Path.of("").toAbsolutePath());
    }
}
