package com.clinicchat.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns whole writers to splits by a seeded shuffle, so that the test split is made of writers the router has
 * never seen (a split by line would test paraphrases of training lines). The team's own messages always train.
 */
public final class CorpusSplits {

    public static final long SEED = 20261128L;
    /** Written by the people who built the router; never evaluated on. */
    public static final String TEAM = "team";

    private CorpusSplits() {
    }

    /** One writer for test, one for validation, the rest (and the team) for training. */
    public static Map<String, Split> assign(Collection<String> writers, long seed) {
        List<String> independent = new ArrayList<>(writers.stream().filter(w -> !w.equals(TEAM)).sorted().toList());
        if (independent.size() < 3) {
            throw new IllegalArgumentException("need at least three independent writers, got " + independent);
        }
        java.util.Collections.shuffle(independent, new Random(seed));
        Map<String, Split> splits = new LinkedHashMap<>();
        splits.put(independent.get(0), Split.TEST);
        splits.put(independent.get(1), Split.VALIDATION);
        independent.subList(2, independent.size()).forEach(writer -> splits.put(writer, Split.TRAIN));
        if (writers.contains(TEAM)) {
            splits.put(TEAM, Split.TRAIN);
        }
        return splits;
    }
}
