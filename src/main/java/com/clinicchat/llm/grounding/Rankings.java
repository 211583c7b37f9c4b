package com.clinicchat.llm.grounding;

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
    /**
     * Words by which a passage ranks or singles out, short of "main": "one of the most important", "especially",
     * "key areas", "above all". Evidence holding one ranks something, and the other checks judge what.
     */
    private static final Set<String> HONEST_RANKS = Words.stemsOf("most", "especially", "particularly", "key",
            "top", "biggest", "greatest", "first", "focus", "above", "major", "leading", "central", "core");
    /** What stands before a ranking word that singles one thing out: "the main benefit", "its chief use". */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "our");
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
            return singledOut(sentence, evidence, evidenceStems);
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

    /**
     * "The main benefit for athletes is X" where the passage lists X among other benefits and ranks none: one thing
     * made the first by a "the main …" of the sentence's own. Plural rankings ("three main benefits", "two main
     * areas") name a whole list, not one of it, and evidence that ranks in other words ("especially", "key", "most")
     * is left to the other checks.
     */
    private static Optional<String> singledOut(Words sentence, Words evidence, Set<String> evidenceStems) {
        if (evidence.stems().stream().anyMatch(HONEST_RANKS::contains)) {
            return Optional.empty();
        }
        for (int i = 1; i + 1 < sentence.size(); i++) {
            String before = sentence.words().get(i - 1);
            String ranked = sentence.words().get(i + 1);
            if (!RANKS.contains(sentence.stems().get(i)) || !DETERMINERS.contains(before)
                    || ranked.endsWith("s") || sentence.filler(i + 1)) {
                continue;
            }
            for (String stem : contentAround(sentence, i, SENTENCE_REACH)) {
                if (evidenceStems.contains(stem)) {
                    return Optional.of("ranks first what the passage does not rank: " + stem);
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
