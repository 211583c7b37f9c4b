package com.clinicchat.llm.grounding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the negations of one text are and what each negates: "not", "never", "hard to", "no longer", less the idioms
 * that only look like one ("not only", "not limited to", the "not" of "not unusual"). Knows nothing of evidence;
 * {@link Negations} compares a sentence's negations with its passage's.
 */
final class NegationScope {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nothing", "nobody", "neither",
            "nor", "without", "cannot", "non",
            // "hardly common", "barely absorbed": as good as "not", which the evidence must say too
            "hardly", "scarcely", "barely");

    /** Words that deny the verb after "to": "hard to tolerate", "unable to absorb". */
    private static final Set<String> NEGATING_BEFORE_TO = Set.of("hard", "difficult", "unable", "fail", "fails",
            "failed", "struggle", "struggles", "impossible");

    /** Where a negation's reach ends. */
    private static final Set<String> CLAUSE_ENDS = Set.of("but", "and", "or", "is", "are", "was", "were", "which",
            "that", "because", "since", "while", "so", "though", "although", "as");

    /**
     * "not among", "not one of", "not part of", "not on the list of", "not included in": a negation of belonging to a
     * group, which the group's own relative clause ("…for which caution is advised") says what it is.
     */
    private static final List<List<String>> MEMBERSHIP = List.of(List.of("among"), List.of("one", "of"),
            List.of("part", "of"), List.of("on", "the", "list"), List.of("included", "in"), List.of("included", "among"),
            List.of("listed", "among"), List.of("listed", "as"), List.of("in", "the", "group"));
    private static final int MEMBERSHIP_REACH = 4;
    /** Words opening a relative clause, which a membership negation reaches across. */
    private static final Set<String> RELATIVE = Set.of("which", "that", "who", "whom");

    /** A negation inside a word ("unsafe", "ineffective", "non-toxic"), or a requirement made a choice. */
    private static final Pattern NEGATING_PREFIX = Pattern.compile(
            "^un(?!der|it|ique|iv|til|less)[a-z]{3,}|^non[a-z]{3,}|^in(effective|appropriate|capable|active|adequate|tolerant)"
                    // "supervision is optional": what the evidence requires made a matter of choice
                    + "|^(?:optional|needless|dispensable|superfluous)$");

    /** Words negated by a prefix that {@link #NEGATING_PREFIX} leaves out, which a "not" before them cancels too. */
    private static final Pattern OTHER_PREFIXED = Pattern.compile(
            "^im(?:possible|probable|plausible)$|^in(?:frequent|conceivable)$");
    /**
     * Judgements of safety, suitability and need: "not unsafe" is a claim of safety that a caution does not back, so
     * a negation before one of these is never read as cancelling.
     */
    private static final Set<String> JUDGEMENTS = Set.of("unsafe", "unsafely", "unsuitable", "inappropriate",
            "inadvisable", "ineffective", "unhealthy", "unwise", "unnecessary", "unneeded", "unwarranted", "unproven",
            "unreasonable", "unrecommended", "unhelpful", "unharmful", "nontoxic", "non-toxic", "harmless");
    /** Words a litotes may hold between its negation and the prefixed word: "aren't left unwatched". */
    private static final Set<String> LITOTES_BETWEEN = Set.of("left", "entirely", "completely", "totally", "wholly",
            "that", "so", "an", "a", "exactly", "altogether");

    /** Words that, negated and followed by "to", widen rather than deny: "not limited to", "isn't restricted to". */
    private static final Set<String> RESTRICTED = Set.of("limited", "restricted", "confined", "exclusive", "reserved");

    private NegationScope() {
    }

    /** A word that says "not" by itself: "not", "never", "hardly", or any "n't". */
    static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't");
    }

    /** A word that denies the verb after "to" ("hard", "unable"), whether or not a "to" follows it here. */
    static boolean negatesAfterTo(String word) {
        return NEGATING_BEFORE_TO.contains(word);
    }

    /** A negation inside the word ("unsafe", "non-toxic"), or a requirement made a choice ("optional"). */
    static boolean negatedByPrefix(String word) {
        return NEGATING_PREFIX.matcher(word).matches();
    }

    /** Where the negations of {@code words} are, in order: the index of each word whose reach {@link #scope} reads. */
    static List<Integer> negations(Words words) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.words().get(i);
            String following = i + 1 < words.size() ? words.words().get(i + 1) : "";
            if (litotes(words, i) || cancelledByLitotes(words, i)) {
                continue; // "not impossible to feel", "aren't unheard of": two negations that cancel
            }
            if (NEGATING_BEFORE_TO.contains(word) && following.equals("to")) {
                at.add(i); // "hard to tolerate", "unable to absorb": the verb is denied as surely as by "not"
            } else if (isNegation(word)) {
                // "not only", "no matter" do not negate what follows
                String next = i + 1 < words.size() ? words.words().get(i + 1) : "";
                if (next.equals("longer")) {
                    at.add(i + 1); // "no longer carry" is "not carry" now: what follows "longer" is negated
                } else if (!(next.equals("only") || next.equals("matter") || notLimitedTo(words, i)
                        || yesAndNo(words, i))) {
                    at.add(i);
                }
            }
        }
        return at;
    }

    /** The "no" of "yes and no" or "yes or no": an answer in two parts, denying nothing that follows. */
    private static boolean yesAndNo(Words words, int at) {
        return words.words().get(at).equals("no") && at >= 2 && words.words().get(at - 2).equals("yes")
                && (words.words().get(at - 1).equals("and") || words.words().get(at - 1).equals("or"));
    }

    /**
     * "not unusual", "aren't unheard of", "not impossible", "aren't left unwatched": a negation of a word negated by
     * its prefix, which cancels (a double negation, said with restraint). Never a judgement of safety or need.
     */
    static boolean litotes(Words words, int at) {
        String word = words.words().get(at);
        if (!(NEGATING_PREFIX.matcher(word).matches() || OTHER_PREFIXED.matcher(word).matches())
                || JUDGEMENTS.contains(word)) {
            return false;
        }
        int before = at - 1;
        if (before >= 0 && LITOTES_BETWEEN.contains(words.words().get(before))) {
            before--;
        }
        return before >= 0 && isNegation(words.words().get(before));
    }

    /** Whether the negation at {@code at} is the first half of a litotes ("not" of "not unusual"). */
    private static boolean cancelledByLitotes(Words words, int at) {
        for (int j = at + 1; j < Math.min(words.size(), at + 3); j++) {
            if (litotes(words, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "aren't limited to the heart", "isn't restricted to adults": an additive idiom (the heart and more), not a
     * denial of what follows; what it adds is judged as any other claim.
     */
    private static boolean notLimitedTo(Words words, int negation) {
        int next = negation + 1;
        if (next < words.size() && words.words().get(next).matches("just|merely|simply|strictly")) {
            next++;
        }
        return next + 1 < words.size() && RESTRICTED.contains(words.words().get(next))
                && words.words().get(next + 1).equals("to");
    }

    /**
     * Up to three content words after a negation: what it negates, the nearest first. "hard to" and its kind deny
     * only the verb that follows ("difficult-to-control hypertension" does not deny hypertension).
     */
    static Set<String> scope(Words words, int negation) {
        return scope(words, negation, 3);
    }

    /** Up to {@code reach} content words after {@code negation}, or after the "than" of "rather than". */
    static Set<String> scope(Words words, int negation, int reach) {
        Set<String> scope = new LinkedHashSet<>();
        int size = NEGATING_BEFORE_TO.contains(words.words().get(negation)) ? 1 : reach;
        int from = negation + 1;
        boolean membership = false;
        for (List<String> phrase : MEMBERSHIP) {
            if (words.words().subList(from, Math.min(words.size(), from + phrase.size())).equals(phrase)) {
                // "not among the groups for which caution is advised": what the group is defined by is negated too
                membership = true;
                from += phrase.size();
                size = Math.max(size, MEMBERSHIP_REACH);
                break;
            }
        }
        for (int i = from; i < words.size() && scope.size() < size; i++) {
            String word = words.words().get(i);
            if (CLAUSE_ENDS.contains(word) && !scope.isEmpty() && !(membership && RELATIVE.contains(word))) {
                break; // "not getting enough magnesium | is strongly linked…": the negation stays in its clause
            }
            if (!words.filler(i) && !NEGATIONS.contains(word)) {
                scope.add(words.stems().get(i));
            }
        }
        return scope;
    }
}
