package com.clinicchat.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Assigns whole writers to splits, so that the test split is made of writers the router has never seen (a split by
 * line would test paraphrases of training lines). Writers come in rounds: once a round's test writers have been
 * read for its report they can no longer give an honest held-out figure, so each round's test writers are drawn,
 * by a seeded shuffle, from that round's new writers only; every earlier writer trains, except the validation
 * writer, which stays the same so that choices made on it stay comparable. The team's own messages always train.
 */
public final class CorpusSplits {

    public static final long SEED = 20261128L;
    /** Written by the people who built the router; never evaluated on. */
    public static final String TEAM = "team";
    /** Every independent writer, by the round that commissioned them (docs/evaluation.md). */
    public static final List<List<String>> ROUNDS = List.of(
            List.of("wa", "wb", "wc", "wd", "we"),
            List.of("wf", "wg", "wh"),
            List.of("wi", "wj", "wk", "wl", "wm"),
            List.of("wn", "wo"),
            List.of("wp", "wq"),
            List.of("wr", "ws"),
            List.of("wt", "wu"),
            List.of("wv", "ww"),
            List.of("wx", "wy"),
            List.of("xa", "xb"),
            List.of("xc", "xd"),
            List.of("xe", "xf"),
            List.of("xg", "xh"),
            List.of("xi", "xj"),
            List.of("xk", "xl"),
            List.of("xm", "xn"),
            List.of("xo", "xp"),
            List.of("xq", "xr"),
            List.of("xs", "xt"),
            List.of("xu", "xv"),
            List.of("xw", "xx"),
            List.of("xy", "xz"),
            List.of("ya", "yb"),
            List.of("yc", "yd"),
            List.of("ye", "yf"),
            List.of("yg", "yh"),
            List.of("yi", "yj"),
            List.of("yk", "yl"),
            List.of("ym", "yn"),
            List.of("yo", "yp"),
            List.of("yq", "yr"),
            List.of("ys", "yt"),
            List.of("yu", "yv"),
            List.of("yw", "yx"),
            List.of("yy", "yz"),
            List.of("za", "zb"));
    /** Chosen by round 2's shuffle (the second of all eight writers then) and kept since. */
    public static final String VALIDATION = "wa";
    public static final int TEST_WRITERS_PER_ROUND = 2;

    private CorpusSplits() {
    }

    /** The newest round's first two shuffled writers test, {@link #VALIDATION} validates, the rest train. */
    public static Map<String, Split> assign(Collection<String> writers, long seed) {
        List<String> unknown = writers.stream()
                .filter(w -> !w.equals(TEAM) && ROUNDS.stream().noneMatch(round -> round.contains(w))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("writers of no round: " + unknown);
        }
        List<String> newest = ROUNDS.reversed().stream()
                .map(round -> round.stream().filter(writers::contains).sorted().toList())
                .filter(round -> round.size() >= TEST_WRITERS_PER_ROUND)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no round with enough writers among " + writers));
        List<String> shuffled = new ArrayList<>(newest);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        List<String> test = shuffled.subList(0, TEST_WRITERS_PER_ROUND);
        Map<String, Split> splits = new LinkedHashMap<>();
        writers.stream().sorted().forEach(writer -> splits.put(writer,
                test.contains(writer) ? Split.TEST : writer.equals(VALIDATION) ? Split.VALIDATION : Split.TRAIN));
        return splits;
    }
}
