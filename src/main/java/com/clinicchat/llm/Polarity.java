package com.clinicchat.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a sentence says what its evidence says the same way round: a negation added or taken away
 * ({@link Negations}), the opposite word about the same thing ("lower chances" for
 * "higher chances", "passes through" for "bypasses"), a hedge made certain ("may help" → "will", "cures",
 * "always"), an obligation or a safety claim the evidence does not make, or one of the article's cautions turned
 * into a recommendation ("ideal for people with kidney disease").
 */
final class Polarity {

    /** A short heading before a colon, as in "**Heart protection:** it makes…" once the bold is gone. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^\\s*((?:[\\w'’-]+\\s+){0,3}[\\w'’-]+):\\s+(?=\\S)");
    private static final Set<String> POSITIVE_SUITABILITY = Words.stemsOf("ideal", "suitable", "safe", "fine", "ok",
            "okay", "candidate", "benefit", "recommended", "great", "perfect", "good", "tolerate", "harmless",
            "appropriate", "allowed", "encouraged", "right", "welcome");
    private static final Set<String> CAUTION_CUES = Words.stemsOf("caution", "cautious", "care", "careful", "advise",
            "consult", "only", "avoid", "not", "no", "never", "risk", "monitor", "supervision", "check", "talk",
            "discuss", "warn", "concern", "without", "medical");
    private static final Set<String> GENERIC_ITEM_WORDS = Words.stemsOf("conditions", "certain", "severe", "women",
            "people", "those", "levels", "regulate", "since", "heart", "cardiac", "blood", "disease", "medical",
            "consultation", "after");
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
    private static final java.util.regex.Pattern NEGATING_PREFIX = java.util.regex.Pattern.compile(
            "^un(?!der|it|ique|iv|til|less)[a-z]{3,}|^non[a-z]{3,}|^in(effective|appropriate|capable|active|adequate|tolerant)"
                    // "supervision is optional": what the evidence requires made a matter of choice
                    + "|^(?:optional|needless|dispensable|superfluous)$");

    private Polarity() {
    }

    /**
     * @param sidesSwapped the sentence states the evidence's comparison from the other side ("A is lower than B"
     *                     for "B is higher than A"), so opposite words are what agreement looks like
     */
    static Optional<String> firstConflict(Words sentence, Words evidence, String evidenceText, boolean sidesSwapped) {
        return firstConflict(sentence, 0, evidence, evidenceText, sidesSwapped);
    }

    /**
     * The number of words of a short heading that opens the sentence ("Heart protection: it makes…"), 0 without
     * one. A heading names the topic of what follows; what follows is the claim.
     */
    static int headingWords(String text) {
        var label = LABEL.matcher(text);
        return label.find() ? Words.of(label.group(1)).size() : 0;
    }

    /**
     * @param heading the number of words of a heading that opens the sentence: a benefit named there ("Heart
     *                protection:", "Energy boost:") is the topic of what follows, which must itself be backed; the
     *                other absolutes ("Guaranteed relief:") count wherever they stand
     */
    static Optional<String> firstConflict(Words sentence, int heading, Words evidence, String evidenceText,
                                          boolean sidesSwapped) {
        Set<String> evidenceStems = new HashSet<>(evidence.stems());
        Optional<String> negation = Negations.firstConflict(sentence, evidence);
        if (negation.isPresent()) {
            return negation;
        }
        if (!sidesSwapped) {
            Optional<String> opposite = OppositeWords.aboutTheSameThing(sentence, evidence)
                    .or(() -> DirectionOfChange.turnedRound(sentence, evidence))
                    .or(() -> OppositeWords.anywhere(sentence, evidenceStems));
            if (opposite.isPresent()) {
                return opposite;
            }
        }
        for (String word : sentence.words()) {
            // "unsafe", "ineffective", "non-toxic": a negation inside the word, which the evidence must say too
            if (NEGATING_PREFIX.matcher(word).matches() && !evidence.words().contains(word)) {
                return Optional.of("negated by prefix: " + word);
            }
        }
        for (int i = 0; i < sentence.size(); i++) {
            // word by word, both kinds at each word: the conflict named is the one at the first word that has one
            int at = i;
            Optional<String> claimed = Absolutes.conflictAt(sentence, at, heading, evidence, evidenceStems)
                    .or(() -> ObligationsAndSafety.conflictAt(sentence, at, evidenceStems));
            if (claimed.isPresent()) {
                return claimed;
            }
        }
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
        Optional<String> overstated = Hedges.madeCertain(sentence, evidence)
                .or(() -> Quantifiers.madeLarger(sentence, evidence))
                .or(() -> Quantifiers.frequencyUnstated(sentence, evidence))
                .or(() -> Hedges.dropped(sentence, evidence));
        if (overstated.isPresent()) {
            return overstated;
        }
        return cautionTurnedRecommendation(sentence, evidenceText);
    }

    /** Whether a thing cleared stands at {@code at}: "clear out existing plaque", not "clear up on their own". */
    private static boolean clearsSomething(Words sentence, int at) {
        return at < sentence.size() && !sentence.words().get(at).matches("on|by|with|within|in|after|quickly|soon|"
                + "fast|shortly|again|when|once|as|and|or|without|naturally|completely|fully|entirely");
    }

    /** A sentence naming someone from a list of cautions as suited to the treatment, without the caution. */
    private static Optional<String> cautionTurnedRecommendation(Words sentence, String evidenceText) {
        if (sentence.stems().stream().noneMatch(POSITIVE_SUITABILITY::contains)
                || sentence.stems().stream().anyMatch(CAUTION_CUES::contains)) {
            return Optional.empty();
        }
        boolean inCautionList = false;
        for (String line : evidenceText.split("\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.isBlank()) {
                continue; // "…caution for:\n\n- People with…": a blank line between a lead-in and its items
            }
            if (!line.startsWith("- ")) {
                inCautionList = lower.matches(".*\\b(caution|avoid|not recommended|careful|only after|contraindicat).*");
                if (!inCautionList || !lower.contains(":")) {
                    continue;
                }
                lower = lower.substring(lower.lastIndexOf(':') + 1);
            } else if (!inCautionList) {
                continue;
            }
            Set<String> item = new HashSet<>(Words.of(lower, sentence.subject()).contentStems());
            item.removeAll(GENERIC_ITEM_WORDS);
            if (!item.isEmpty() && sentence.stems().stream().anyMatch(item::contains)) {
                return Optional.of("caution presented as suitability");
            }
        }
        return Optional.empty();
    }

}
