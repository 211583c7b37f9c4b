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

    private static final Set<String> ABSOLUTES = Words.stemsOf("always", "all", "every", "everyone", "everybody",
            "guarantee", "guaranteed", "cure", "cures", "eliminate", "completely", "entirely", "totally", "permanently",
            "forever", "definitely", "certainly", "proven", "prove", "instantly", "immediately", "must", "only", "zero",
            "prevent", "stops", "heal", "reverse", "ensure", "fully", "absolutely", "best", "undoubtedly",
            "scientifically", "universally", "miracle");
    /** Benefits claimed by verb ("protects against", "boosts", "fights"): absolutes too, unless a heading names them. */
    private static final Set<String> BENEFIT_VERBS = Words.stemsOf("protect", "protects", "boost", "boosts",
            "enhance", "enhances", "strengthen", "strengthens", "shield", "fight", "fights", "combat", "detoxify",
            "detoxifies", "cleanse", "rejuvenate", "revitalize", "energize", "optimize", "maximize", "sharpen",
            "sharpens", "build", "builds");
    /** A short heading before a colon, as in "**Heart protection:** it makes…" once the bold is gone. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^\\s*((?:[\\w'’-]+\\s+){0,3}[\\w'’-]+):\\s+(?=\\S)");
    /** Absolutes of one meaning: the evidence saying one backs the others. */
    private static final Set<String> FULLY = Words.stemsOf("fully", "completely", "entirely", "totally", "wholly");
    private static final List<Set<String>> SAME_STRENGTH = List.of(FULLY, Words.stemsOf("every", "each"),
            Words.stemsOf("prevent", "stop"));
    /** Verbs that are total already: "skips the gut entirely" says no more than "bypasses the digestive system". */
    private static final Set<String> TOTAL_VERBS = Words.stemsOf("bypass", "bypasses", "skip", "skips", "circumvent",
            "sidestep");
    /**
     * Adverbs that strengthen a claim ("consistently benefit" for "some patients benefit"), matched as written: their
     * stems collide with plain words ("consist").
     */
    private static final Set<String> INTENSIFIERS = Set.of("consistently", "invariably", "dramatically",
            "drastically", "radically", "hugely", "massively", "profoundly", "unquestionably", "remarkably",
            "tremendously", "vastly", "reliably", "predictably", "uniformly",
            // how visible the effect is: "measurably increases", "noticeably improves"
            "measurably", "noticeably", "significantly", "markedly", "substantially", "considerably", "demonstrably",
            "visibly", "appreciably");
    /** Benefit verbs that only restate an improvement the evidence names ("boost endurance" for "improved endurance"). */
    private static final Set<String> GAIN_VERBS = Words.stemsOf("boost", "boosts", "enhance", "enhances",
            "strengthen", "strengthens", "build", "builds", "sharpen", "sharpens");
    private static final Set<String> IMPROVEMENT = Words.stemsOf("improve", "improved", "improves", "improving",
            "increase", "increased", "increases", "enhance", "enhanced", "boost", "boosted", "higher", "better",
            "strengthen", "stronger", "raise", "raises", "greater");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "most", "least");
    private static final Set<String> OBLIGATIONS = Words.stemsOf("should", "must", "need", "needs", "ought",
            "required", "mandatory", "necessary", "essential");
    private static final Set<String> OBLIGATION_SOURCES = Words.stemsOf("should", "must", "need", "advise", "advice",
            "recommend", "caution", "only", "required", "essential");
    private static final Set<String> SAFETY_CLAIMS = Words.stemsOf("safe", "safely", "safer", "safest", "harmless",
            "gentle", "riskless", "nontoxic");
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
            String stem = sentence.stems().get(i);
            String word = sentence.words().get(i);
            if (INTENSIFIERS.contains(word) && !evidenceStems.contains(stem)) {
                return Optional.of("intensifier '" + word + "'");
            }
            // "than any other therapy" for "than many therapies": a comparison widened to everything
            if (word.equals("any") && i + 1 < sentence.size() && sentence.words().get(i + 1).matches("other|else")
                    && !evidence.words().contains("any") && !evidence.words().contains("all")) {
                return Optional.of("absolute 'any " + sentence.words().get(i + 1) + "'");
            }
            if ((ABSOLUTES.contains(stem) || BENEFIT_VERBS.contains(stem) && i >= heading && !buildUp(sentence, i))
                    && !absoluteSupported(sentence, i, evidence)) {
                return Optional.of("absolute '" + stem + "'");
            }
            if (OBLIGATIONS.contains(stem) && !needAsNoun(sentence, i) && !importance(sentence, i, evidenceStems)
                    && OBLIGATION_SOURCES.stream().noneMatch(evidenceStems::contains)) {
                return Optional.of("obligation '" + stem + "'");
            }
            if (SAFETY_CLAIMS.contains(stem) && !evidenceStems.contains("safe")) {
                return Optional.of("safety claim '" + stem + "'");
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

    /** "calcium build-up", "builds up in the arteries": an accumulation, not a benefit built. */
    private static boolean buildUp(Words sentence, int at) {
        return sentence.stems().get(at).equals("build") && at + 1 < sentence.size()
                && sentence.words().get(at + 1).equals("up");
    }

    /**
     * An absolute the evidence states too, or states by a word of the same meaning ("entirely" for "completely",
     * "all the way" for "fully"); a restricting "only" must restrict the same thing ("only after a consultation"
     * does not back "only for patients on dialysis").
     */
    private static boolean absoluteSupported(Words sentence, int at, Words evidence) {
        String stem = sentence.stems().get(at);
        if (stem.equals("all") && at + 2 < sentence.size() && sentence.words().get(at + 1).equals("the")
                && sentence.words().get(at + 2).equals("way")) {
            stem = FULLY.iterator().next(); // "all the way" is "fully"
        }
        if (stem.equals("onli")) {
            // "therapies that only target one thing" is "single-purpose therapies": a count of one, not a restriction
            for (int j = at + 1; j < Math.min(sentence.size(), at + 4); j++) {
                if ((sentence.words().get(j).equals("one") || sentence.words().get(j).equals("single"))
                        && evidence.words().contains("single")) {
                    return true;
                }
            }
            // "only from the food they eat" for "from their diet alone": the same restriction, put after its object
            String preposition = at + 1 < sentence.size() ? sentence.words().get(at + 1) : "";
            for (int j = 0; preposition.matches("from|by|through|with|in|on|for") && j < evidence.size(); j++) {
                if (evidence.words().get(j).equals("alone")
                        && evidence.words().subList(Math.max(0, j - 4), j).contains(preposition)) {
                    return true;
                }
            }
            Set<String> restricted = following(sentence, at, 3);
            for (int j = 0; j < evidence.size(); j++) {
                // what the evidence restricts comes first after its "only"; the sentence may put a verb before it
                if (evidence.stems().get(j).equals("onli")
                        && following(evidence, j, 1).stream().anyMatch(restricted::contains)) {
                    return true;
                }
            }
            return false;
        }
        if (evidence.stems().contains(stem)) {
            return true;
        }
        if (negatedAbsolute(sentence, at)) {
            return true;
        }
        // "best suited to", "best for" is who it is ideal for: suitability, not a ranking of treatments
        String next = at + 1 < sentence.size() ? sentence.words().get(at + 1) : "";
        if (stem.equals("best") && next.matches("suited|suit|suits|for|fit|fits|fitted")
                && evidence.words().stream().anyMatch(word -> word.matches("ideal|suited|suitable"))) {
            return true;
        }
        if (FULLY.contains(stem)) {
            // "more completely absorbed" is a comparison ("higher absorption"), judged as one
            if (at > 0 && COMPARATIVES.contains(sentence.words().get(at - 1))) {
                return true;
            }
            if (evidence.stems().stream().anyMatch(TOTAL_VERBS::contains) && near(sentence, at, TOTAL_VERBS, 4)) {
                return true;
            }
        }
        if (GAIN_VERBS.contains(stem)) {
            String object = ClaimObjects.nextContent(sentence, at);
            for (int j = 0; object != null && j < evidence.size(); j++) {
                if (IMPROVEMENT.contains(evidence.stems().get(j)) && object.equals(ClaimObjects.nextContent(evidence, j))) {
                    return true;
                }
            }
        }
        for (Set<String> group : SAME_STRENGTH) {
            if (group.contains(stem) && evidence.stems().stream().anyMatch(group::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "don't always", "not all", "not fully": an absolute under a negation claims less than the plain statement, not
     * more; the negation itself is held to the evidence by {@link Negations}.
     */
    static boolean negatedAbsolute(Words sentence, int at) {
        for (int j = Math.max(0, at - 2); j < at; j++) {
            String word = sentence.words().get(j);
            if (word.equals("not") || word.equals("cannot") || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the body needs more", "their needs", "metabolic needs": a need for something, not an obligation put on
     * anyone ("patients need to consult first").
     */
    /** What a thing may be said to be an important part of: "an essential part", "an essential role". */
    private static final Set<String> PARTS = Set.of("part", "role", "component", "element", "function");
    /** Words by which the evidence says a part is important. */
    private static final Set<String> IMPORTANCE = Words.stemsOf("essential", "vital", "critical", "crucial", "key",
            "important", "central", "major");

    /**
     * "plays an essential part" for "has a vital role": an importance said of a part, not an obligation, when the
     * evidence gives the part an importance too.
     */
    private static boolean importance(Words sentence, int at, Set<String> evidenceStems) {
        String after = at + 1 < sentence.size() ? sentence.words().get(at + 1) : "";
        return PARTS.contains(after) && evidenceStems.stream().anyMatch(IMPORTANCE::contains);
    }

    private static boolean needAsNoun(Words sentence, int at) {
        if (!sentence.stems().get(at).equals("need")) {
            return false;
        }
        String before = at > 0 ? sentence.words().get(at - 1) : "";
        String after = at + 1 < sentence.size() ? sentence.words().get(at + 1) : "";
        return before.matches("the|a|an|their|its|your|our|his|her|these|those|specific|individual|body's|metabolic")
                || after.matches("more|less|extra|");
    }

    private static boolean near(Words words, int at, Set<String> stems, int distance) {
        for (int j = Math.max(0, at - distance); j < Math.min(words.size(), at + distance + 1); j++) {
            if (stems.contains(words.stems().get(j))) {
                return true;
            }
        }
        return false;
    }

    /** The stems of up to {@code count} words after position {@code i}, filler left out. */
    private static Set<String> following(Words words, int i, int count) {
        Set<String> stems = new HashSet<>();
        for (int j = i + 1; j < words.size() && stems.size() < count; j++) {
            if (!words.filler(j) || words.words().get(j).equals("after")) {
                stems.add(words.stems().get(j));
            }
        }
        return stems;
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
