package com.clinicchat.llm;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a ranking word ("primary", "main") is said of. "While bone density is the primary focus" against "While heart
 * and muscle health are the primary focus … bone density support" uses the passage's words and its ranking, yet
 * hands the first place to something the passage puts second: a contradiction no word check sees.
 */
final class Rankings {

    private static final Set<String> RANKS = Words.stemsOf("primary", "main", "principal", "chief", "foremost",
            "primarily", "mainly", "chiefly");
    /** How far from a ranking word what it ranks may stand. */
    private static final int SENTENCE_REACH = 4;
    private static final int EVIDENCE_REACH = 8;

    private Rankings() {
    }

    /** The thing the sentence ranks first that the evidence names, but not as first; empty when none. */
    static Optional<String> firstConflict(Words sentence, Words evidence) {
        Set<String> evidenceRanked = new HashSet<>();
        Set<String> evidenceStems = new HashSet<>(evidence.stems());
        for (int j = 0; j < evidence.size(); j++) {
            if (RANKS.contains(evidence.stems().get(j))) {
                evidenceRanked.addAll(contentAround(evidence, j, EVIDENCE_REACH));
            }
        }
        if (evidenceRanked.isEmpty()) {
            return Optional.empty(); // a ranking the evidence does not make is left to the other checks
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (!RANKS.contains(sentence.stems().get(i))) {
                continue;
            }
            for (String stem : contentAround(sentence, i, SENTENCE_REACH)) {
                if (evidenceStems.contains(stem) && !evidenceRanked.contains(stem)) {
                    return Optional.of("ranks first what the passage does not: " + stem);
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> contentAround(Words words, int at, int reach) {
        Set<String> stems = new HashSet<>();
        for (int j = Math.max(0, at - reach); j < Math.min(words.size(), at + reach + 1); j++) {
            if (j != at && !words.filler(j) && !RANKS.contains(words.stems().get(j))) {
                stems.add(words.stems().get(j));
            }
        }
        return stems;
    }
}
