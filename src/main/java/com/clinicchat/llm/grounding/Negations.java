package com.clinicchat.llm.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Negations the same way round as the evidence: none added ("are not safe", "hard to tolerate" for "tolerate well"),
 * none dropped ("get enough magnesium from their diet" for "don't get enough…"), and no caution dismissed ("isn't a
 * concern" where the passage advises caution). Part of {@link Polarity}; where the negations of one text are and
 * what each negates is read by {@link NegationScope}.
 */
final class Negations {

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

    private Negations() {
    }

    /** The first word negated by its prefix that the evidence does not say too, if any. */
    static Optional<String> insideAWord(Words sentence, Words evidence) {
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.words().get(i);
            // "unsafe", "ineffective", "non-toxic": a negation inside the word, which the evidence must say too
            if (NegationScope.negatedByPrefix(word) && !evidence.words().contains(word)
                    && !NegationScope.litotes(sentence, i)) {
                return Optional.of("negated by prefix: " + word);
            }
        }
        return Optional.empty();
    }

    /** The first negation the sentence adds, drops or turns against a caution, if any. */
    static Optional<String> firstConflict(Words sentence, Words evidence) {
        List<Integer> sentenceNegations = NegationScope.negations(sentence);
        List<Integer> evidenceNegations = NegationScope.negations(evidence);
        Set<String> evidenceNegated = new HashSet<>();
        evidenceNegations.forEach(at -> evidenceNegated.addAll(NegationScope.scope(evidence, at)));
        Set<String> evidenceAsserted = new HashSet<>(evidence.contentStems());
        evidenceAsserted.removeAll(evidenceNegated);
        Set<String> underNegativeVerb = new HashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            if (NEGATIVE_VERBS.contains(evidence.stems().get(i))) {
                underNegativeVerb.addAll(NegationScope.scope(evidence, i));
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
            List<String> scope = new ArrayList<>(NegationScope.scope(sentence, at));
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
        sentenceNegations.forEach(at -> sentenceNegated.addAll(NegationScope.scope(sentence, at)));
        for (int at : evidenceNegations) {
            Set<String> scope = NegationScope.scope(evidence, at);
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
        exclusions(evidence).forEach(at -> setAside.addAll(NegationScope.scope(evidence, at, 6)));
        NegationScope.negations(evidence).forEach(at -> setAside.addAll(NegationScope.scope(evidence, at, 6)));
        for (int at : exclusions(sentence)) {
            // its first two content words: a clause may end after them, and the words have no commas to tell
            Set<String> scope = NegationScope.scope(sentence, at, 2);
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
                if (IMPLICIT_NEGATIVES.contains(evidence.stems().get(k)) || NegationScope.isNegation(word)) {
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
            if (NegationScope.negatesAfterTo(sentence.words().get(at))) {
                continue;
            }
            // the whole of what is excluded ("patients who tolerate tablets poorly"), not only its first words
            Set<String> scope = NegationScope.scope(sentence, at, 6);
            List<String> negative = scope.stream().filter(NEGATIVE_MANNER::contains).toList();
            if (negative.isEmpty()) {
                continue;
            }
            for (int e : evidenceNegations) {
                Set<String> evidenceScope = NegationScope.scope(evidence, e);
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
     * them. One claim word is too little to tell a dropped negation from a word used elsewhere; the phrase is not (a
     * lone claim word takes the word after it: "do not respond well").
     */
    private static boolean repeatsNegatedPhrase(Words sentence, Words evidence, int negation) {
        List<String> phrase = new ArrayList<>();
        for (int j = negation + 1; j < evidence.size(); j++) {
            phrase.add(evidence.stems().get(j));
            if (!evidence.filler(j)) {
                break;
            }
        }
        if (phrase.size() == 1 && negation + 2 < evidence.size()) {
            // "do not respond well": one claim word and the word after it are a phrase too
            phrase.add(evidence.stems().get(negation + 2));
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
                negatedHere |= NegationScope.isNegation(word) || NegationScope.negatesAfterTo(word);
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
            if (NegationScope.isNegation(word) || NegationScope.negatesAfterTo(word)
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
            for (String stem : NegationScope.scope(sentence, at)) {
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
            if (NegationScope.isNegation(word)) {
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
        Set<String> scope = NegationScope.scope(sentence, at);
        if (NegationScope.negatesAfterTo(sentence.words().get(at))) {
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
}
