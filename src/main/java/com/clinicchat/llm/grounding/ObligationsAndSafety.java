package com.clinicchat.llm.grounding;

import java.util.Optional;
import java.util.Set;

/**
 * Obligations and safety claims the evidence does not make: "patients must…", "it is harmless" where the passage
 * neither advises nor calls it safe. Part of {@link Polarity}.
 */
final class ObligationsAndSafety {

    private static final Set<String> OBLIGATIONS = Words.stemsOf("should", "must", "need", "needs", "ought",
            "required", "mandatory", "necessary", "essential");
    private static final Set<String> OBLIGATION_SOURCES = Words.stemsOf("should", "must", "need", "advise", "advice",
            "recommend", "caution", "only", "required", "essential");
    private static final Set<String> SAFETY_CLAIMS = Words.stemsOf("safe", "safely", "safer", "safest", "harmless",
            "gentle", "riskless", "nontoxic");
    /** What a thing may be said to be an important part of: "an essential part", "an essential role". */
    private static final Set<String> PARTS = Set.of("part", "role", "component", "element", "function");
    /** Words by which the evidence says a part is important. */
    private static final Set<String> IMPORTANCE = Words.stemsOf("essential", "vital", "critical", "crucial", "key",
            "important", "central", "major");

    private ObligationsAndSafety() {
    }

    /** An obligation ("should", "must") or a safety claim ("harmless") at {@code i} that the evidence does not make. */
    static Optional<String> conflictAt(Words sentence, int i, Set<String> evidenceStems) {
        String stem = sentence.stems().get(i);
        if (OBLIGATIONS.contains(stem) && !needAsNoun(sentence, i) && !importance(sentence, i, evidenceStems)
                && OBLIGATION_SOURCES.stream().noneMatch(evidenceStems::contains)) {
            return Optional.of("obligation '" + stem + "'");
        }
        if (SAFETY_CLAIMS.contains(stem) && !evidenceStems.contains("safe")) {
            return Optional.of("safety claim '" + stem + "'");
        }
        return Optional.empty();
    }

    /**
     * "plays an essential part" for "has a vital role": an importance said of a part, not an obligation, when the
     * evidence gives the part an importance too.
     */
    private static boolean importance(Words sentence, int at, Set<String> evidenceStems) {
        String after = at + 1 < sentence.size() ? sentence.words().get(at + 1) : "";
        return PARTS.contains(after) && evidenceStems.stream().anyMatch(IMPORTANCE::contains);
    }

    /**
     * "the body needs more", "their needs", "metabolic needs": a need for something, not an obligation put on
     * anyone ("patients need to consult first").
     */
    private static boolean needAsNoun(Words sentence, int at) {
        if (!sentence.stems().get(at).equals("need")) {
            return false;
        }
        String before = at > 0 ? sentence.words().get(at - 1) : "";
        String after = at + 1 < sentence.size() ? sentence.words().get(at + 1) : "";
        return before.matches("the|a|an|their|its|your|our|his|her|these|those|specific|individual|body's|metabolic")
                || after.matches("more|less|extra|");
    }
}
