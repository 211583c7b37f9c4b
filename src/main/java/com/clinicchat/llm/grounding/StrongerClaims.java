package com.clinicchat.llm.grounding;

import java.util.Optional;
import java.util.Set;

/**
 * Claims of a stronger kind than the evidence's: "causes" for "is linked with", "the leading cause" for "one of the
 * causes", "treats" for "helps with", "clears existing plaque" for "lowers what contributes to it". Part of
 * {@link Polarity}.
 */
final class StrongerClaims {

    /** A link stated as a cause ("deficiency causes heart attacks" for "is strongly linked with"). */
    private static final Set<String> CAUSAL = Words.stemsOf("cause", "causes", "caused", "causing", "directly");
    private static final Set<String> ASSOCIATION = Words.stemsOf("linked", "link", "links", "associated",
            "association", "correlated", "correlation", "tied", "connected", "connection");
    /** The same rank in other words: "among the largest risk factors" for "one of the biggest". */
    private static final Set<String> SIZE_SUPERLATIVES = Set.of("biggest", "greatest", "largest");
    /** Ranks the evidence must give too: "the leading cause", "the biggest risk". */
    private static final Set<String> SUPERLATIVES = Set.of("leading", "biggest", "greatest", "largest",
            "foremost");
    /**
     * A standing in medical practice ("the standard treatment", "the mainstay of care"): what the passage says it
     * helps with is not what doctors turn to first.
     */
    private static final Set<String> STANDING = Set.of("standard", "frontline", "mainstay", "cornerstone",
            "preferred", "primary");
    /**
     * Undoing what is there ("clear existing plaque", "dissolve deposits", "get rid of") where a passage lowers what contributes to
     * it: prevention stretched into reversal. "clear up", "clear out" are other verbs (a side effect resolving).
     */
    private static final Set<String> REVERSAL = Set.of("clear", "clears", "remove", "removes", "dissolve",
            "dissolves", "undo", "undoes", "shrink", "shrinks", "unclog", "unclogs", "unblock", "unblocks", "reverse",
            "reverses", "rid"); // verbs as written: "removal", "clearing" of waste are nouns the passage may word otherwise

    private StrongerClaims() {
    }

    /**
     * The first claim of a stronger kind than the evidence's: a link stated as a cause, a rank or a standing in
     * practice the passage does not give, a help stated as a treatment, a slowing stated as an undoing.
     */
    static Optional<String> firstConflict(Words sentence, Words evidence, Set<String> evidenceStems) {
        if (sentence.stems().stream().anyMatch(CAUSAL::contains) && evidenceStems.stream().anyMatch(ASSOCIATION::contains)
                && evidenceStems.stream().noneMatch(CAUSAL::contains)) {
            return Optional.of("a link stated as a cause");
        }
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.words().get(i);
            String next = i + 1 < sentence.size() ? sentence.words().get(i + 1) : "";
            if ((SUPERLATIVES.contains(word) || STANDING.contains(word)) && !evidence.words().contains(word)
                    && !(SIZE_SUPERLATIVES.contains(word) && evidence.words().stream().anyMatch(SIZE_SUPERLATIVES::contains))) {
                return Optional.of("rank the passage does not give: " + word);
            }
            // "the first-line treatment", "the front line of care": a place in practice the passage must give
            if (word.matches("first|front") && next.equals("line") && !evidence.words().contains("line")) {
                return Optional.of("rank the passage does not give: " + word + "-line");
            }
            // "it treats migraines" for "it helps with migraine headaches": a help stated as a treatment
            if (word.matches("treat|treats|treated|treating") && evidence.words().stream()
                    .noneMatch(w -> w.matches("treat|treats|treated|treating"))
                    && evidence.stems().contains("help")) {
                return Optional.of("a help stated as a treatment: " + word);
            }
            // "the treatment of choice", "the first choice", "the go-to treatment"
            String after = i + 2 < sentence.size() ? sentence.words().get(i + 2) : "";
            if ((word.matches("of|first|top") && next.equals("choice") || word.equals("go") && next.equals("to")
                    && after.matches("treatment|option|therapy|remedy|choice|solution"))
                    && !evidence.words().contains(next)) {
                return Optional.of("rank the passage does not give: " + word + " " + next);
            }
            String start = sentence.stems().get(i).substring(0, Math.min(5, sentence.stems().get(i).length()));
            // "clear up", "clear out" on their own are a side effect resolving; with what they clear they undo it
            if (REVERSAL.contains(word) && (!next.matches("up|out") || clearsSomething(sentence, i + 2))
                    && evidence.stems().stream().noneMatch(stem -> stem.startsWith(start))) {
                return Optional.of("undoes what the passage only slows or prevents: " + word);
            }
        }
        return Optional.empty();
    }

    /** Whether a thing cleared stands at {@code at}: "clear out existing plaque", not "clear up on their own". */
    private static boolean clearsSomething(Words sentence, int at) {
        return at < sentence.size() && !sentence.words().get(at).matches("on|by|with|within|in|after|quickly|soon|"
                + "fast|shortly|again|when|once|as|and|or|without|naturally|completely|fully|entirely");
    }
}
