package com.clinicchat.llm.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Negations the same way round as the evidence: none added ("are not safe", "hard to tolerate" for "tolerate well"),
 * none dropped ("get enough magnesium from their diet" for "don't get enough…"), and no caution dismissed ("isn't a
 * concern" where the passage advises caution). Part of {@link Polarity}.
 */
final class Negations {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nothing", "nobody", "neither",
            "nor", "without", "cannot", "non",
            // "hardly common", "barely absorbed": as good as "not", which the evidence must say too
            "hardly", "scarcely", "barely");

    /** Words that say "not" without the word: a negated paraphrase of evidence holding one is fair. */
    private static final Set<String> IMPLICIT_NEGATIVES = Words.stemsOf("bypass", "without", "lack", "less", "low",
            "lower", "deficiency", "deficient", "avoid", "caution", "instead", "rather", "insufficient", "fail",
            "impair", "short", "limited", "struggle", "hard", "difficult", "unable", "miss", "absent", "reduce", "drop",
            "resolve", "brief", "temporary", "mild", "poor", "poorly", "inadequate", "inadequately", "badly", "issue",
            "issues", "problem", "problems", "trouble");

    /**
     * Words that deny how a verb is done ("respond poorly", "fail to absorb"): a "not" said without one, which a
     * "not" before them negates again. Nouns such as "problems" or "deficiency" name a thing and are left out.
     */
    private static final Set<String> NEGATIVE_MANNER = Words.stemsOf("poorly", "badly", "inadequately", "fail",
            "fails", "struggle", "struggles", "unable");

    /** What a caution is about, negated in "no risk", "not a concern", "nothing to worry about". */
    private static final Set<String> CONCERNS = Words.stemsOf("concern", "concerns", "worry", "worries", "risk",
            "risks", "danger", "dangerous", "problem", "problems", "issue", "issues", "caution", "careful", "precaution",
            "precautions", "harm", "harmful", "contraindication", "contraindicated");

    /** Words by which a passage cautions. */
    private static final Set<String> CAUTION_WORDS = Words.stemsOf("caution", "careful", "avoid", "risk", "risks",
            "warn", "warning", "contraindicated", "consult", "consultation", "supervision", "supervised", "monitor",
            "monitored", "concern");

    /** Verbs that say "not" of their object: "bypasses the gut" is "does not pass through the gut". */
    private static final Set<String> NEGATIVE_VERBS = Words.stemsOf("bypass", "bypasses", "bypassing", "skip",
            "skips", "skipping", "avoid", "avoids", "avoiding", "circumvent", "circumvents", "sidestep", "sidesteps");

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
    private static final java.util.regex.Pattern NEGATING_PREFIX = java.util.regex.Pattern.compile(
            "^un(?!der|it|ique|iv|til|less)[a-z]{3,}|^non[a-z]{3,}|^in(effective|appropriate|capable|active|adequate|tolerant)"
                    // "supervision is optional": what the evidence requires made a matter of choice
                    + "|^(?:optional|needless|dispensable|superfluous)$");

    private Negations() {
    }

    /** Words negated by a prefix that {@link #NEGATING_PREFIX} leaves out, which a "not" before them cancels too. */
    private static final java.util.regex.Pattern OTHER_PREFIXED = java.util.regex.Pattern.compile(
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

    private static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't");
    }

    /** The first word negated by its prefix that the evidence does not say too, if any. */
    static Optional<String> insideAWord(Words sentence, Words evidence) {
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.words().get(i);
            // "unsafe", "ineffective", "non-toxic": a negation inside the word, which the evidence must say too
            if (NEGATING_PREFIX.matcher(word).matches() && !evidence.words().contains(word) && !litotes(sentence, i)) {
                return Optional.of("negated by prefix: " + word);
            }
        }
        return Optional.empty();
    }

    /** The first negation the sentence adds, drops or turns against a caution, if any. */
    static Optional<String> firstConflict(Words sentence, Words evidence) {
        List<Integer> sentenceNegations = negations(sentence);
        List<Integer> evidenceNegations = negations(evidence);
        Set<String> evidenceNegated = new HashSet<>();
        evidenceNegations.forEach(at -> evidenceNegated.addAll(scope(evidence, at)));
        Set<String> evidenceAsserted = new HashSet<>(evidence.contentStems());
        evidenceAsserted.removeAll(evidenceNegated);
        Set<String> underNegativeVerb = new HashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (NEGATIVE_VERBS.contains(evidence.stems().get(i))) {
                underNegativeVerb.addAll(scope(evidence, i));
            }
        }

        // a negation that restates a word of the evidence said negatively without "not" ("the gut doesn't absorb
        // well" for "absorption issues"), or an attributive "hard-to-control" for a verb the evidence never uses,
        // is a paraphrase, not one negation more
        long counted = sentenceNegations.stream().filter(at -> !paraphrasesImplicitNegative(sentence, at, evidence)).count();
        if (!evidenceNegations.isEmpty() && counted > evidenceNegations.size()) {
            return Optional.of("more negations than the passage"); // "though not for those who do not respond"
        }
        Optional<String> banned = cautionMadeBan(sentence, sentenceNegations, evidence, evidenceNegations);
        if (banned.isPresent()) {
            return banned;
        }
        Optional<String> doubled = negatedNegative(sentence, sentenceNegations, evidence, evidenceNegations);
        if (doubled.isPresent()) {
            return doubled;
        }
        Set<String> evidenceStems = new HashSet<>(evidence.stems());
        for (int at : sentenceNegations) {
            List<String> scope = new ArrayList<>(scope(sentence, at));
            // "don't last long" for "short-lived": the evidence's word said as its negated opposite; "never passes
            // through the gut" for "bypasses the gut": what a verb that says "not" governs, negated with "not"
            boolean byVerb = scope.stream().noneMatch(NEGATIVE_VERBS::contains)
                    && scope.stream().filter(underNegativeVerb::contains).count() >= 2;
            boolean mirrored = byVerb || scope.stream().anyMatch(stem -> evidenceNegated.contains(stem)
                    || OppositeWords.oppositeSaid(stem, evidenceStems));
            boolean contradicts = scope.stream().anyMatch(evidenceAsserted::contains);
            boolean implicit = !evidenceNegations.isEmpty()
                    || evidence.stems().stream().anyMatch(IMPLICIT_NEGATIVES::contains);
            if (!mirrored && (contradicts || !implicit)) {
                return Optional.of("negation of " + String.join(" ", scope));
            }
        }
        // each negation of the evidence whose words the sentence repeats must be repeated with them, by a
        // negation of its own or a word near them that says "not" without one ("falls short", "respond poorly")
        Set<String> sentenceNegated = new HashSet<>();
        sentenceNegations.forEach(at -> sentenceNegated.addAll(scope(sentence, at)));
        for (int at : evidenceNegations) {
            Set<String> scope = scope(evidence, at);
            List<String> kept = scope.stream().filter(sentence.stems()::contains).toList();
            boolean keptEnough = kept.size() >= Math.min(2, scope.size()) || repeatsNegatedPhrase(sentence, evidence, at);
            if (!kept.isEmpty() && keptEnough
                    && kept.stream().noneMatch(sentenceNegated::contains)
                    && !implicitlyNegatedNear(sentence, kept)
                    && !negatedAfter(sentence, kept, sentenceNegations)) {
                return Optional.of("dropped negation of " + String.join(" ", scope));
            }
        }
        Optional<String> dismissed = dismissedCaution(sentence, sentenceNegations, evidence, evidenceNegated);
        if (dismissed.isPresent()) {
            return dismissed;
        }
        return excluded(sentence, evidence, evidenceAsserted);
    }

    /**
     * "should never receive" where the passage advises caution: a caution is weighed by a professional, a "never" is
     * a ban the passage does not make. Only where the evidence says no "not" or "never" of its own.
     */
    private static Optional<String> cautionMadeBan(Words sentence, List<Integer> sentenceNegations, Words evidence,
                                                   List<Integer> evidenceNegations) {
        boolean cautions = evidence.stems().stream().anyMatch(CAUTION_WORDS::contains);
        if (!cautions || !evidenceNegations.isEmpty()) {
            return Optional.empty();
        }
        return sentenceNegations.stream().filter(at -> sentence.words().get(at).equals("never")).findFirst()
                .map(at -> "caution made a ban: never");
    }

    /** What sets aside the words after it: "rather than", "instead of" (and "in place of", read as it). */
    private static final Set<String> EXCLUDING = Set.of("rather than", "instead of");

    /**
     * "rather than relaxing blood vessels it eases strain on the heart" where the passage says it does both: a
     * contrast denies what follows it as surely as "not", without the word. What it sets aside (its first two content
     * words) the evidence asserting plainly, neither in a phrase the evidence negates or sets aside itself nor with a
     * word near it that says "not" ("bypass", "lack"), is a negation the passage does not make.
     */
    private static Optional<String> excluded(Words sentence, Words evidence, Set<String> evidenceAsserted) {
        // what the evidence sets aside itself, within the longer reach of a whole phrase ("instead of passing
        // through the stomach")
        Set<String> setAside = new HashSet<>();
        exclusions(evidence).forEach(at -> setAside.addAll(scope(evidence, at, 6)));
        negations(evidence).forEach(at -> setAside.addAll(scope(evidence, at, 6)));
        for (int at : exclusions(sentence)) {
            // its first two content words: a clause may end after them, and the words have no commas to tell
            Set<String> scope = scope(sentence, at, 2);
            List<String> stated = scope.stream().filter(evidenceAsserted::contains)
                    .filter(stem -> !setAside.contains(stem) && !negativeNear(evidence, stem)).toList();
            if (!scope.isEmpty() && stated.size() == scope.size()) {
                return Optional.of("sets aside what the passage states: " + sentence.words().get(at - 1) + " "
                        + sentence.words().get(at) + " " + String.join(" ", scope));
            }
        }
        return Optional.empty();
    }

    /** Where each "rather than" or "instead of" ends (the index of "than" or "of"). */
    private static List<Integer> exclusions(Words words) {
        List<Integer> at = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String pair = words.words().get(i - 1) + " " + words.words().get(i);
            if (EXCLUDING.contains(pair)) {
                at.add(i);
            }
        }
        return at;
    }

    /** Whether a negation or a word that says "not" stands within three words of {@code stem} in the evidence. */
    private static boolean negativeNear(Words evidence, String stem) {
        for (int j = 0; j < evidence.size(); j++) {
            if (!evidence.stems().get(j).equals(stem)) {
                continue;
            }
            for (int k = Math.max(0, j - 3); k < Math.min(evidence.size(), j + 4); k++) {
                String word = evidence.words().get(k);
                if (IMPLICIT_NEGATIVES.contains(evidence.stems().get(k)) || NEGATIONS.contains(word)
                        || word.endsWith("n't")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "but not for individuals who respond poorly" for "or individuals who do not respond well": the sentence says
     * the evidence's "not" by a word of its own ("poorly") and puts a "not" of its own before it, which excludes
     * those the evidence includes. A sentence negation whose reach (six content words) shares the words of an
     * evidence negation and also holds a word denying how the verb is done ({@link #NEGATIVE_MANNER}), where the
     * evidence's scope holds no negative word, negates it twice.
     */
    private static Optional<String> negatedNegative(Words sentence, List<Integer> sentenceNegations, Words evidence,
                                                    List<Integer> evidenceNegations) {
        for (int at : sentenceNegations) {
            if (NEGATING_BEFORE_TO.contains(sentence.words().get(at))) {
                continue;
            }
            // the whole of what is excluded ("patients who tolerate tablets poorly"), not only its first words
            Set<String> scope = scope(sentence, at, 6);
            List<String> negative = scope.stream().filter(NEGATIVE_MANNER::contains).toList();
            if (negative.isEmpty()) {
                continue;
            }
            for (int e : evidenceNegations) {
                Set<String> evidenceScope = scope(evidence, e);
                boolean shared = scope.stream().anyMatch(stem -> !IMPLICIT_NEGATIVES.contains(stem)
                        && evidenceScope.contains(stem));
                if (shared && evidenceScope.stream().noneMatch(IMPLICIT_NEGATIVES::contains)) {
                    return Optional.of("negates what the passage already negates: " + sentence.words().get(at) + " … "
                            + String.join(" ", negative));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "who already get enough magnesium" for "who may not get enough magnesium": the words the passage negates, from
     * the negation to its first claim word ("get enough"), repeated together in the sentence with no negation before
     * them. One claim word is too little to tell a dropped negation from a word used elsewhere; the phrase is not.
     */
    private static boolean repeatsNegatedPhrase(Words sentence, Words evidence, int negation) {
        List<String> phrase = new ArrayList<>();
        for (int j = negation + 1; j < evidence.size(); j++) {
            phrase.add(evidence.stems().get(j));
            if (!evidence.filler(j)) {
                break;
            }
        }
        if (phrase.size() < 2 || phrase.size() > 3) {
            return false;
        }
        if (HAVING.contains(phrase.getFirst())) {
            // "who already have enough" for "who may not get enough": getting and having are one claim here
            for (int i = 0; i + 1 < sentence.size(); i++) {
                if (HAVING.contains(sentence.stems().get(i)) && sentence.stems().get(i + 1).equals(phrase.getLast())
                        && !negatedBefore(sentence, i)) {
                    return true;
                }
            }
        }
        for (int at = sentence.indexOf(phrase, 0); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
            boolean negatedHere = false;
            for (int k = Math.max(0, at - 3); k < at; k++) {
                String word = sentence.words().get(k);
                negatedHere |= NEGATIONS.contains(word) || word.endsWith("n't") || NEGATING_BEFORE_TO.contains(word);
            }
            if (!negatedHere) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HAVING = Words.stemsOf("get", "gets", "getting", "have", "has", "having",
            "receive", "receives", "obtain", "obtains");

    private static boolean negatedBefore(Words sentence, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            String word = sentence.words().get(k);
            if (NEGATIONS.contains(word) || word.endsWith("n't") || NEGATING_BEFORE_TO.contains(word)
                    || IMPLICIT_NEGATIVES.contains(sentence.stems().get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "isn't a concern", "no risk", "nothing to worry about" said of what the evidence cautions about: a caution
     * dismissed, which no passage that advises caution supports.
     */
    private static Optional<String> dismissedCaution(Words sentence, List<Integer> sentenceNegations, Words evidence,
                                                     Set<String> evidenceNegated) {
        boolean evidenceCautions = evidence.stems().stream()
                .anyMatch(stem -> CAUTION_WORDS.contains(stem) && !evidenceNegated.contains(stem));
        if (!evidenceCautions) {
            return Optional.empty();
        }
        for (int at : sentenceNegations) {
            for (String stem : scope(sentence, at)) {
                if (CONCERNS.contains(stem)) {
                    return Optional.of("caution dismissed: " + sentence.words().get(at) + " " + stem);
                }
            }
        }
        // "caution is not needed", "monitoring isn't required", "care is unnecessary": the caution named first and
        // then said to be needless
        for (int i = 0; i < sentence.size(); i++) {
            boolean needless = NEEDLESS.contains(sentence.stems().get(i))
                    || NEEDED.contains(sentence.stems().get(i)) && notJustBefore(sentence, i);
            if (!needless) {
                continue;
            }
            for (int k = Math.max(0, i - 5); k < i; k++) {
                String stem = sentence.stems().get(k);
                if (CONCERNS.contains(stem) || CAUTION_WORDS.contains(stem)) {
                    return Optional.of("caution dismissed: " + stem + " … " + sentence.words().get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** A "not" (or "n't", "no", "never") one or two words before {@code at}: "is not needed", "isn't really required". */
    private static boolean notJustBefore(Words sentence, int at) {
        for (int k = Math.max(0, at - 2); k < at; k++) {
            String word = sentence.words().get(k);
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** What a caution is said to be, when it is denied: "not needed", "not required", "not necessary". */
    private static final Set<String> NEEDED = Words.stemsOf("need", "needed", "necessary", "required", "require",
            "requires", "warranted", "advised", "recommended", "called");
    /** A caution said to be needless without a "not". */
    private static final Set<String> NEEDLESS = Words.stemsOf("unnecessary", "needless", "unneeded", "unwarranted",
            "superfluous", "overkill");

    /**
     * Whether a word such as "lack", "short" or "poorly" stands among {@code stems} or within three words of them
     * ("falls short of enough", "diet alone falls short", "respond poorly").
     */
    private static boolean implicitlyNegatedNear(Words sentence, List<String> stems) {
        int first = sentence.size();
        int last = -1;
        for (int i = 0; i < sentence.size(); i++) {
            if (stems.contains(sentence.stems().get(i))) {
                first = Math.min(first, i);
                last = i;
            }
        }
        for (int i = Math.max(0, first - 3); i <= Math.min(last + 3, sentence.size() - 1); i++) {
            if (IMPLICIT_NEGATIVES.contains(sentence.stems().get(i)) || keptFrom(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "for whom oral supplementation does not work well" for "who don't respond well to oral supplements": the thing
     * put first and its own verb negated right after it (within three words) keeps the evidence's negation, in
     * another verb.
     */
    private static boolean negatedAfter(Words sentence, List<String> stems, List<Integer> sentenceNegations) {
        for (int at : sentenceNegations) {
            for (int k = Math.max(0, at - 3); k < at; k++) {
                if (stems.contains(sentence.stems().get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs that, with "from", stop what follows ("keep supplements from fully restoring levels"). */
    private static final Set<String> HINDERING = Words.stemsOf("keep", "stop", "prevent", "block", "bar", "hinder");

    /** Whether the word at {@code at} is the "from" of "keep … from", "stop … from", "prevent … from". */
    private static boolean keptFrom(Words sentence, int at) {
        if (!sentence.words().get(at).equals("from")) {
            return false;
        }
        for (int j = Math.max(0, at - 3); j < at; j++) {
            if (HINDERING.contains(sentence.stems().get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean paraphrasesImplicitNegative(Words sentence, int at, Words evidence) {
        Set<String> scope = scope(sentence, at);
        if (NEGATING_BEFORE_TO.contains(sentence.words().get(at))) {
            return scope.stream().noneMatch(evidence.stems()::contains);
        }
        for (int j = 0; j < evidence.size(); j++) {
            String stem = evidence.stems().get(j);
            boolean inScope = scope.stream().anyMatch(s -> s.equals(stem)
                    || s.length() >= 5 && stem.length() >= 5 && s.substring(0, 5).equals(stem.substring(0, 5)));
            if (inScope) {
                for (int k = Math.max(0, j - 3); k < Math.min(evidence.size(), j + 4); k++) {
                    if (IMPLICIT_NEGATIVES.contains(evidence.stems().get(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Integer> negations(Words words) {
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
                } else if (!(next.equals("only") || next.equals("matter") || notLimitedTo(words, i))) {
                    at.add(i);
                }
            }
        }
        return at;
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

    /** Words that, negated and followed by "to", widen rather than deny: "not limited to", "isn't restricted to". */
    private static final Set<String> RESTRICTED = Set.of("limited", "restricted", "confined", "exclusive", "reserved");

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
    private static Set<String> scope(Words words, int negation) {
        return scope(words, negation, 3);
    }

    private static Set<String> scope(Words words, int negation, int reach) {
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
