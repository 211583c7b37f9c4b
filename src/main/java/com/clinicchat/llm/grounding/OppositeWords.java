package com.clinicchat.llm.grounding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words of opposite meaning: "lower chances" for "higher chances", "passes through" for "bypasses", "few people
 * tolerate it" for "most people tolerate it". Part of {@link Polarity}.
 */
final class OppositeWords {

    /** Words with opposite meanings: one of them said of what the evidence says the other of. */
    private static final List<List<Set<String>>> OPPOSITES = List.of(
            pair("higher", "lower"), pair("high", "low"), pair("rise rises raise raises", "drop drops fall falls"),
            pair("aid aids help helps support supports", "block blocks inhibit inhibits impair impairs hinder"), pair("increase increases increased raise raises",
                    "decrease decreases reduce reduces lower lowers"),
            pair("faster quicker", "slower"), pair("more", "less fewer"), pair("better", "worse"),
            pair("improve improves improving", "worsen worsens worsening"), pair("bypass bypasses", "pass passes go goes through"),
            pair("alongside with", "replace replaces instead"), pair("common", "rare uncommon"),
            pair("mild", "severe serious strong intense harsh"),
            pair("short-lived brief temporary", "lasting permanent long-term"),
            pair("relax relaxes relaxing", "tighten tightens constrict constricts stiffen stiffens stiffening"),
            pair("blocker blockers", "opener openers activator activators"),
            pair("strengthen strengthens", "weaken weakens"), pair("easing eases ease", "increasing worsening raising raises adding adds"),
            // "few people tolerate it" for "most people tolerate it": the share turned round
            pair("most many majority", "few minority"));

    /** Opposites that conflict wherever they occur: evidence saying one and never the other. */
    private static final List<List<Set<String>>> ALWAYS_OPPOSITE = List.of(
            pair("faster quicker quickly rapid", "slower slowly"), pair("better", "worse"),
            pair("stronger", "weaker"), pair("easier", "harder"),
            // how strong an effect is: "strong but short-lived" for "mild, short-lived"
            pair("mild", "severe serious strong intense harsh"),
            pair("young younger", "old older elderly"),
            pair("short-lived brief temporary", "long-lasting prolonged permanent lasting"),
            pair("strongly", "loosely weakly modestly slightly barely"),
            // "when magnesium levels are too high" for "if magnesium levels drop too low"
            pair("high", "low"));

    /** How long something lasts, which a negation turns round: "don't last long" is "short-lived". */
    private static final List<Set<String>> DURATION = pair("long", "short short-lived brief temporary");

    private OppositeWords() {
    }

    /**
     * Whether the evidence says the opposite of {@code stem}: "don't last long" for "short-lived", "not severe" for
     * "mild", a negated word restating the evidence's antonym.
     */
    static boolean oppositeSaid(String stem, Set<String> evidenceStems) {
        // the opposites of degree and duration only: "not through" is no "bypass"
        for (List<List<Set<String>>> pairs : List.of(ALWAYS_OPPOSITE, List.of(DURATION))) {
            for (List<Set<String>> pair : pairs) {
                for (int side = 0; side < 2; side++) {
                    if (pair.get(side).contains(stem) && !evidenceStems.contains(stem)
                            && pair.get(1 - side).stream().anyMatch(evidenceStems::contains)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static List<Set<String>> pair(String one, String other) {
        return List.of(Words.stemsOf(one.split(" ")), Words.stemsOf(other.split(" ")));
    }

    /** "lower chances of" where the evidence says "higher chances of": opposite words before the same word. */
    static Optional<String> aboutTheSameThing(Words sentence, Words evidence) {
        for (List<Set<String>> pair : OPPOSITES) {
            for (int side = 0; side < 2; side++) {
                Set<String> said = pair.get(side);
                Set<String> other = pair.get(1 - side);
                for (int i = 0; i < sentence.size(); i++) {
                    if (!said.contains(sentence.stems().get(i))) {
                        continue;
                    }
                    String object = ClaimObjects.nextContent(sentence, i);
                    // "never has to pass through" for "bypasses": a negated opposite is the negation check's to judge
                    if (object == null || said.contains(object) || other.contains(object)
                            || negatedBefore(sentence, i, said)) {
                        continue;
                    }
                    if (onlyTheOtherSaid(said, other, evidence,
                            j -> object.equals(ClaimObjects.nextContent(evidence, j)))) {
                        return Optional.of("opposite of the passage: " + sentence.words().get(i) + " " + object);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "strong but short-lived" for "mild, short-lived": opposites that conflict wherever they stand in the sentence,
     * not only before the same word.
     */
    static Optional<String> anywhere(Words sentence, Set<String> evidenceStems) {
        for (List<Set<String>> pair : ALWAYS_OPPOSITE) {
            for (int side = 0; side < 2; side++) {
                Set<String> said = pair.get(side);
                Set<String> other = pair.get(1 - side);
                if (saidUnnegated(sentence, said)
                        && evidenceStems.stream().anyMatch(other::contains)
                        && evidenceStems.stream().noneMatch(said::contains)) {
                    return Optional.of("opposite of the passage: " + String.join("/", said));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A "not", "never" or "n't" up to three words before {@code at}, or before the phrase of {@code said} it ends
     * ("doesn't have to pass through").
     */
    private static boolean negatedBefore(Words sentence, int at, Set<String> said) {
        int start = at;
        while (start > 0 && said.contains(sentence.stems().get(start - 1))) {
            start--;
        }
        for (int j = Math.max(0, start - 3); j < at; j++) {
            String word = sentence.words().get(j);
            if (word.equals("not") || word.equals("never") || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence says one of {@code said} without a negation just before it: "don't last long" for
     * "short-lived" says the same thing, and a negation the evidence lacks is the negation check's to judge.
     */
    private static boolean saidUnnegated(Words sentence, Set<String> said) {
        for (int i = 0; i < sentence.size(); i++) {
            if (!said.contains(sentence.stems().get(i))) {
                continue;
            }
            boolean negated = false;
            for (int j = Math.max(0, i - 2); j < i; j++) {
                String word = sentence.words().get(j);
                negated |= word.equals("not") || word.equals("never") || word.endsWith("n't");
            }
            if (!negated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the evidence says only the other word of a pair (and never the sentence's own) about the same thing,
     * as {@code aboutTheSameThing} judges each of its words of the pair.
     */
    static boolean onlyTheOtherSaid(Set<String> said, Set<String> other, Words evidence,
                                    java.util.function.IntPredicate aboutTheSameThing) {
        boolean saysOther = false;
        boolean saysSame = false;
        for (int j = 0; j < evidence.size(); j++) {
            String stem = evidence.stems().get(j);
            if ((said.contains(stem) || other.contains(stem)) && aboutTheSameThing.test(j)) {
                saysOther |= other.contains(stem);
                saysSame |= said.contains(stem);
            }
        }
        return saysOther && !saysSame;
    }
}
