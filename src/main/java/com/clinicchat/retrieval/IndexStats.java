package com.clinicchat.retrieval;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the serving index holds, and which knowledge files it could not use. */
public record IndexStats(int documents, int sections, int passages, Map<String, String> failures,
                         Duration buildTime, Instant builtAt) {

    static final IndexStats EMPTY = new IndexStats(0, 0, 0, Map.of(), Duration.ZERO, Instant.EPOCH);

    public IndexStats {
        failures = Map.copyOf(failures);
    }

    static IndexStats of(SearchIndex index, Duration buildTime) {
        int passages = (int) index.units().stream().filter(unit -> unit.kind() == SearchIndex.Kind.PASSAGE).count();
        return new IndexStats(index.snapshot().articles().size(), index.snapshot().sections().size(), passages,
                index.failures(), buildTime, Instant.now());
    }

    IndexStats withFailure(String what, String reason) {
        Map<String, String> all = new LinkedHashMap<>(failures);
        all.put(what, reason);
        return new IndexStats(documents, sections, passages, all, buildTime, builtAt);
    }
}
