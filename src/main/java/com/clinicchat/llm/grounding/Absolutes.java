package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Absolutes the evidence does not state: "cures", "always", "completely", "consistently", "than any other", and
 * benefits claimed by verb ("protects against", "boosts"). Part of {@link Polarity}.
 */
final class Absolutes {

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
    /** Verbs of coming back, which "never" makes a claim of permanence: "never return", "never recur". */
    private static final Set<String> RECURRENCE = Set.of("return", "returns", "recur", "recurs", "come", "comes",
            "reappear", "reappears", "relapse", "relapses", "happen", "happens", "flare");

    private Absolutes() {
    }

    /**
     * The absolute the word at {@code i} states and the evidence does not: an intensifier ("consistently"), "any
     * other", or an absolute or a benefit verb ("cures", "protects against") the evidence does not back.
     *
     * @param heading the number of words of a heading that opens the sentence, where a benefit verb names a topic
     */
    static Optional<String> conflictAt(Words sentence, int i, int heading, Words evidence,
                                       Set<String> evidenceStems) {
        String stem = sentence.stems().get(i);
        String word = sentence.words().get(i);
        if (INTENSIFIERS.contains(word) && !evidenceStems.contains(stem)) {
            return Optional.of("intensifier '" + word + "'");
        }
        // "the symptoms never return", "it never comes back": a cure for good, which the evidence must say too
        if (word.equals("never") && i + 1 < sentence.size() && RECURRENCE.contains(sentence.words().get(i + 1))
                && !evidence.words().contains("never")) {
            return Optional.of("absolute 'never " + sentence.words().get(i + 1) + "'");
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
        return Optional.empty();
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
        if (stem.equals("all") && floatingOverAList(sentence, at)) {
            return true;
        }
        if (stem.equals("onli")) {
            // "not only A but also B", "isn't only about A": additive, it claims A and more (each judged as a claim),
            // unless the evidence itself restricts with "only", which the negation would then deny
            if (negatedAbsolute(sentence, at)) {
                return !evidence.stems().contains("onli");
            }
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
     * "fatigue, stress and cramps are all on the list": an "all" after the verb, over the items just named, says each
     * of them and nothing of a wider group. A subject that names no list ("side effects are all mild") still counts.
     */
    private static boolean floatingOverAList(Words sentence, int at) {
        if (at < 3 || !sentence.words().get(at - 1).matches("are|were|they're")) {
            return false;
        }
        for (int j = Math.max(0, at - 8); j < at - 2; j++) {
            if (sentence.words().get(j).equals("and") || sentence.words().get(j).equals("or")) {
                return true;
            }
        }
        return false;
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
}
