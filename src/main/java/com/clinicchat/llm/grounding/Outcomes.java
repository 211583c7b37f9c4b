package com.clinicchat.llm.grounding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An improvement the passages do not claim, built from their own words: "correcting a deficiency improves glucose
 * metabolism" where the passage says a deficiency contributes to "impaired glucose metabolism", or "magnesium boosts
 * glucose metabolism" where it is only "involved in" it. Every word is the passage's, so overlap lets it through; but
 * the passage names the thing improved as harmed or as something the subject takes part in, never as changed for the
 * better by it. A sentence that says something improves what it names must find, in the evidence's clause that names
 * that thing (up to a comma or a stop), some word of change or benefit ("helps", "lower", "improved", "faster", "supports" …); how
 * strong that change may be said to be is left to the other checks.
 */
final class Outcomes {

    /** Verbs that claim an improvement: what follows them is the thing made better. */
    private static final Set<String> IMPROVING = Words.stemsOf("improve", "improves", "improved", "improving",
            "boost", "boosts", "enhance", "enhances", "strengthen", "strengthens", "optimize", "optimise",
            "normalize", "normalise");
    /** Words that say, in the evidence, that something changes or is acted on for the better. */
    private static final Set<String> CHANGE = Words.stemsOf("improve", "improved", "improvement", "better", "enhance",
            "enhanced", "boost", "strengthen", "stronger", "increase", "increased", "raise", "higher", "greater",
            "support", "supports", "help", "helps", "aid", "promote", "promotes", "maintain", "maintains", "restore",
            "restores", "regulate", "regulates", "reduce", "reduced", "lower", "lowers", "decrease", "ease", "eases",
            "relieve", "relief", "speed", "speeding", "faster", "quicker", "benefit", "benefits", "protect", "protects",
            "prevent", "prevents", "treat", "treats", "optimal", "optimize", "efficient", "effective", "recovery");
    /** Words of the sentence after the verb that may name what it improves. */
    private static final int OBJECT_SPAN = 3;

    /**
     * An effect on a bare "this" or "that" ("it also helps with this", "good for that too"): what is helped is named
     * only in the visitor's question, which the passages were not checked against, so the claim cannot be grounded.
     */
    private static final java.util.regex.Pattern ON_AN_UNNAMED_THING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:help|helps|helped|helping|treats?|treating|relieves?|eases?|fix|fixes|improves?|prevents?|"
            + "works?|good|effective|useful)\\s+(?:with\\s+|for\\s+|against\\s+|on\\s+)?(?:this|that)"
            + "(?=\\s*(?:$|[\\[.,;:!?)]|since\\b|because\\b|too\\b|as well\\b|also\\b|though\\b))");

    private Outcomes() {
    }

    /** An effect claimed on something the sentence leaves unnamed, if any. */
    static Optional<String> onAnUnnamedThing(String sentence) {
        java.util.regex.Matcher unnamed = ON_AN_UNNAMED_THING.matcher(sentence);
        return unnamed.find() ? Optional.of("an effect on what the sentence does not name: '" + unnamed.group() + "'")
                : Optional.empty();
    }

    /**
     * "the kidneys regulate magnesium levels": the thing named right before a change verb that has an object of its
     * own is what does the changing, not what is changed, so the verb says nothing of its betterment.
     */
    private static boolean actsItself(Words clause, int thing, int change) {
        int next = thing + 1;
        while (next < clause.size() && clause.filler(next)) {
            next++;
        }
        if (next != change) {
            return false;
        }
        for (int j = change + 1; j < clause.size(); j++) {
            if (!clause.filler(j)) {
                return true;
            }
        }
        return false;
    }

    /** The first improvement of {@code sentence} whose object the evidence names without any change, if any. */
    static Optional<String> firstUnclaimed(Words sentence, String evidenceText) {
        List<Words> clauses = java.util.Arrays.stream(evidenceText.split("[,;:.!?()\\n—–]+"))
                .map(clause -> Words.of(clause, sentence.subject())).toList();
        for (int i = 0; i < sentence.size(); i++) {
            if (!IMPROVING.contains(sentence.stems().get(i))) {
                continue;
            }
            boolean named = false;
            boolean changed = false;
            for (int j = i + 1; j <= Math.min(sentence.size() - 1, i + OBJECT_SPAN); j++) {
                if (sentence.filler(j)) {
                    continue;
                }
                String object = sentence.stems().get(j);
                for (Words clause : clauses) {
                    for (int k = 0; k < clause.size(); k++) {
                        if (!clause.stems().get(k).equals(object)) {
                            continue;
                        }
                        named = true;
                        // the whole clause: "improving vessel flexibility and circulation" improves both
                        for (int w = 0; w < clause.size(); w++) {
                            changed |= w != k && CHANGE.contains(clause.stems().get(w)) && !actsItself(clause, k, w);
                        }
                    }
                }
            }
            if (named && !changed) {
                return Optional.of("an outcome the passages do not claim: '"
                        + String.join(" ", sentence.words().subList(i, Math.min(sentence.size(), i + OBJECT_SPAN + 1)))
                        + "'");
            }
        }
        return Optional.empty();
    }
}
