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
    private static final Set<String> MODAL_HEDGES = Set.of("may", "might", "can", "could");
    /** How often a claim holds: "typically resolve", "often involve". */
    private static final Set<String> FREQUENCY_HEDGES = Set.of("often", "usually", "typically", "generally",
            "commonly", "frequently", "mostly", "normally", "largely");
    /** Adverbs of degree between a hedge and its verb. */
    private static final Set<String> DEGREE = Set.of("fully", "completely", "entirely", "always", "necessarily",
            "quite", "totally", "really");
    private static final Set<String> HEDGES = Words.stemsOf("may", "might", "can", "could", "some", "most", "many",
            "often", "typically", "usually", "likely", "possibly", "potentially", "generally");
    /** Quantifiers that say a claim holds for part of a group: "some patients … benefit" is not "patients benefit". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "certain", "several", "few");
    /** Words that keep a claim soft without a modal: "helps lower" is as hedged as "can help lower". */
    private static final Set<String> SOFTENERS = Words.stemsOf("help", "helps", "helping", "aid", "aids", "support",
            "supports", "contribute", "contributes", "sometimes", "occasionally", "tend", "tends", "if", "when");
    /** Absolutes that a negation before them turns into a hedge ("not always", "not every time"). */
    private static final Set<String> NOT_ALWAYS = Set.of("always", "necessarily", "every", "all");
    private static final Set<String> CERTAINTY = Words.stemsOf("will", "ensures", "guarantee");
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
        if (sentence.stems().contains("will") && evidence.stems().stream().noneMatch(CERTAINTY::contains)
                && evidence.words().stream().anyMatch(MODAL_HEDGES::contains)
                && !keepsAPossibility(sentence, evidence)) {
            return Optional.of("hedge made certain");
        }
        Optional<String> strengthened = quantifierStrengthened(sentence, evidence);
        if (strengthened.isPresent()) {
            return strengthened;
        }
        Optional<String> frequency = frequencyUnstated(sentence, evidence);
        if (frequency.isPresent()) {
            return frequency;
        }
        Optional<String> unhedged = hedgeDropped(sentence, evidence);
        if (unhedged.isPresent()) {
            return unhedged;
        }
        return cautionTurnedRecommendation(sentence, evidenceText);
    }

    /**
     * Rates a sentence may give its "will": "will lower it in most cases", "will typically ease it" for "can help
     * lower it" turn a possibility into a frequent, certain outcome, a rate the passage does not give. Only a hedge of
     * possibility ("may", "likely", "some"), or a rate the evidence states as well, keeps a "will" soft.
     */
    private static final Set<String> RATES = Words.stemsOf("most", "many", "often", "typically", "usually",
            "generally");

    private static boolean keepsAPossibility(Words sentence, Words evidence) {
        return sentence.stems().stream().anyMatch(stem -> HEDGES.contains(stem)
                && (!RATES.contains(stem) || evidence.stems().contains(stem)));
    }

    /**
     * "lowers blood pressure" for "can help lower blood pressure": what the evidence says may happen, stated as what
     * does, by a sentence that hedges nothing. A sentence that keeps any hedge ("can", "often", "helps") is left to
     * the other checks.
     */
    private static Optional<String> hedgeDropped(Words sentence, Words evidence) {
        Optional<String> helpUnhedged = helpUnhedged(sentence, evidence);
        if (helpUnhedged.isPresent()) {
            return helpUnhedged;
        }
        if (hedged(sentence)) {
            return Optional.empty();
        }
        for (int j = 0; j < evidence.size(); j++) {
            String word = evidence.words().get(j);
            String next = j + 1 < evidence.size() ? evidence.words().get(j + 1) : "";
            // "cannot restore" for "may not fully restore": a possible shortfall stated as a certain one
            if (MODAL_HEDGES.contains(word) && next.equals("not")) {
                String verb = nextVerb(evidence, j + 1);
                if (verb != null && sentence.stems().contains(verb) && flatlyNegated(sentence)) {
                    return Optional.of("hedge dropped: " + word + " not … " + verb);
                }
            }
            // "resolve on their own" for "typically resolve on their own": what usually happens stated as what does
            if (FREQUENCY_HEDGES.contains(word)) {
                String verb = nextVerb(evidence, j);
                if (verb != null && !Words.FILLER.contains(verb) && sentence.stems().contains(verb)) {
                    return Optional.of("hedge dropped: " + word + " … " + verb);
                }
            }
        }
        for (int j = 0; j < evidence.size(); j++) {
            if (!MODAL_HEDGES.contains(evidence.words().get(j))) {
                continue;
            }
            String next = j + 1 < evidence.size() ? evidence.words().get(j + 1) : "";
            String verb = ClaimObjects.nextContent(evidence, j);
            if (verb == null || next.equals("not") || next.equals("be") || Words.FILLER.contains(verb)) {
                continue;
            }
            if (sentence.stems().contains(verb)) {
                return Optional.of("hedge dropped: " + evidence.words().get(j) + " … " + verb);
            }
        }
        // a quantifier dropped: "patients with … benefit" for "some patients with … benefit" says it of all of them
        if (sentence.words().stream().anyMatch(word -> QUANTIFIERS.contains(word)
                || word.matches("plenty|lots|lot|numerous|majority|most|number|various|countless|loads"))) {
            return Optional.empty(); // "plenty of people", "a lot of patients": a part of them, in other words
        }
        for (int j = 0; j + 1 < evidence.size(); j++) {
            if (!QUANTIFIERS.contains(evidence.words().get(j)) && !evidence.words().get(j).equals("most")
                    || modalFollows(evidence, j)) {
                continue;
            }
            // "most people tolerate it": "people" says nothing, so what is said of them is the next word
            int said = evidence.words().get(j + 1).matches("people|persons|ones") ? j + 2 : j + 1;
            if (said < evidence.size() && !evidence.filler(said) && sentence.stems().contains(evidence.stems().get(said))) {
                return Optional.of("quantifier dropped: " + String.join(" ", evidence.words().subList(j, said + 1)));
            }
            // "people with cluster headaches benefit" for "some patients with cluster headaches benefit": a part of a
            // group named as the whole group, in other words for who is counted
            int named = j + 1;
            while (named < evidence.size() && WHO.contains(evidence.words().get(named))) {
                named++;
            }
            if (rank(evidence.words().get(j)) <= 1 && named > j + 1 && named < evidence.size()
                    && !evidence.filler(named) && sentence.stems().contains(evidence.stems().get(named))) {
                return Optional.of("quantifier dropped: " + String.join(" ", evidence.words().subList(j, named + 1)));
            }
        }
        return Optional.empty();
    }

    /** How much of a group a quantifier takes in, least to most; a word's rank is its index. */
    private static final List<Set<String>> QUANTIFIER_SCALE = List.of(Set.of("few"),
            Set.of("some", "certain", "several"), Set.of("many", "numerous"), Set.of("most", "majority"),
            Set.of("all", "every", "everyone", "everybody"));
    /** Who a quantifier counts, which says nothing about what is claimed of them. */
    private static final Set<String> WHO = Set.of("people", "persons", "patients", "individuals", "adults", "users",
            "clients", "those", "ones", "of", "the", "them", "with", "who", "a", "vast", "great");

    /**
     * "Most people with chronic fatigue benefit" for "some patients with chronic fatigue benefit": the same group,
     * counted larger than the passage counts it. The group is the same when a claim word of the few after each
     * quantifier is shared (who is counted, "people" or "patients", is left out).
     */
    private static Optional<String> quantifierStrengthened(Words sentence, Words evidence) {
        for (int i = 0; i < sentence.size(); i++) {
            int said = rank(sentence.words().get(i));
            if (said < 0 || sentence.words().get(i).equals("all") && !quantifies(sentence, i)) {
                continue;
            }
            Set<String> group = after(sentence, i);
            int most = -1;
            for (int j = 0; j < evidence.size(); j++) {
                int stated = rank(evidence.words().get(j));
                if (stated >= 0 && after(evidence, j).stream().anyMatch(group::contains)) {
                    most = Math.max(most, stated);
                }
            }
            if (most >= 0 && said > most) {
                return Optional.of("quantifier made larger: " + sentence.words().get(i));
            }
        }
        return generalisedPart(sentence, evidence);
    }

    /**
     * "Patients with chronic fatigue usually benefit" for "some patients with chronic fatigue also benefit": what a
     * part of a group does, said as what the group does most of the time. Only the passage's predicate (a claim word
     * after the group, not in it) counts: "side effects are usually mild" for "some mild side effects can occur" says
     * how they are, which the passage says of all that occur.
     */
    private static Optional<String> generalisedPart(Words sentence, Words evidence) {
        if (sentence.words().stream().anyMatch(word -> rank(word) >= 0)) {
            return Optional.empty();
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (!FREQUENCY_HEDGES.contains(sentence.words().get(i))) {
                continue;
            }
            String verb = nextVerb(sentence, i);
            for (int j = 0; verb != null && j < evidence.size(); j++) {
                if (rank(evidence.words().get(j)) != 1 || modalFollows(evidence, j)) {
                    continue;
                }
                Set<String> group = after(evidence, j);
                for (int k = j + 1; k < Math.min(evidence.size(), j + 10); k++) {
                    if (evidence.stems().get(k).equals(verb) && !group.contains(verb) && !evidence.filler(k)) {
                        return Optional.of("quantifier made larger: " + evidence.words().get(j) + " → "
                                + sentence.words().get(i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static int rank(String word) {
        for (int r = 0; r < QUANTIFIER_SCALE.size(); r++) {
            if (QUANTIFIER_SCALE.get(r).contains(word)) {
                return r;
            }
        }
        return -1;
    }

    /** "all patients", "all of them": "all" counting a group, not "after all" or "all the way". */
    private static boolean quantifies(Words words, int at) {
        String next = at + 1 < words.size() ? words.words().get(at + 1) : "";
        return WHO.contains(next) && !next.equals("the") && !next.equals("with") && !next.equals("who");
    }

    /** The claim words of the four words after a quantifier, who is counted left out. */
    private static Set<String> after(Words words, int at) {
        Set<String> group = new HashSet<>();
        for (int j = at + 1; j < Math.min(words.size(), at + 5); j++) {
            if (!words.filler(j) && !WHO.contains(words.words().get(j)) && rank(words.words().get(j)) < 0) {
                group.add(words.stems().get(j));
            }
        }
        return group;
    }

    /** How often something happens, said as a quality of it ("side effects are common"). */
    private static final Set<String> FREQUENCY = Set.of("common", "commonly", "frequent", "frequently", "widespread",
            "widely", "rare", "rarely", "uncommon", "infrequent", "routine", "routinely");

    /**
     * "Side effects are common" where the passage says "most people tolerate it well, though some side effects can
     * occur": how often a thing happens is a fact the passage must state in a word of the same kind.
     */
    private static Optional<String> frequencyUnstated(Words sentence, Words evidence) {
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.words().get(i);
            // "commonly called" for "often referred to": an adverb of how often, which the passage's hedge states
            boolean often = word.matches("commonly|frequently|routinely")
                    && evidence.words().stream().anyMatch(FREQUENCY_HEDGES::contains);
            if (FREQUENCY.contains(word) && !often && evidence.words().stream().noneMatch(FREQUENCY::contains)) {
                return Optional.of("how often, which the passage does not say: " + word);
            }
        }
        return Optional.empty();
    }

    /**
     * "helps lower" for "can help lower": the passage's modal dropped before "help", by a sentence that keeps no other
     * hedge. "help" softens a claim, but "can help" is what the passage committed to, and "helps" says it does.
     */
    private static Optional<String> helpUnhedged(Words sentence, Words evidence) {
        for (int j = 0; j + 1 < evidence.size(); j++) {
            if (!MODAL_HEDGES.contains(evidence.words().get(j)) || !evidence.stems().get(j + 1).equals("help")) {
                continue;
            }
            String verb = ClaimObjects.nextContent(evidence, j + 1);
            for (int i = 0; i < sentence.size(); i++) {
                // "they help reduce" as much as "it helps reduce"; "can help", "to help", "will help" are other forms
                boolean unhedgedHelp = sentence.words().get(i).matches("help|helps|helped") && i > 0
                        && !sentence.words().get(i - 1).matches("may|might|can|could|to|will|would|should|shall|does|do");
                if (unhedgedHelp && (verb == null || verb.equals(ClaimObjects.nextContent(sentence, i)))
                        && sentence.stems().stream().noneMatch(stem -> HEDGES.contains(stem) && !stem.equals("help"))) {
                    return Optional.of("hedge dropped: " + evidence.words().get(j) + " help → helps");
                }
            }
        }
        return Optional.empty();
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

    /** Whether the sentence keeps any hedge or softener ("like" in "such as" is no "likely", though it stems so). */
    private static boolean hedged(Words sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            String stem = sentence.stems().get(i);
            if (HEDGES.contains(stem) && !sentence.words().get(i).equals("like") || SOFTENERS.contains(stem)
                    || FREQUENCY_HEDGES.contains(sentence.words().get(i))) {
                return true;
            }
            // "doesn't always restore" is "sometimes fails to restore": a possible shortfall, as "may not" is
            if (NOT_ALWAYS.contains(sentence.words().get(i)) && negatedAbsolute(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    /** The verb a hedge bears on: the next content word, past adverbs of degree ("may not fully restore"). */
    private static String nextVerb(Words words, int at) {
        for (int j = at + 1; j < words.size() && j <= at + 3; j++) {
            if (words.filler(j) || DEGREE.contains(words.words().get(j))) {
                continue;
            }
            return words.stems().get(j);
        }
        return null;
    }

    /** A negation that states no possibility: "cannot", "won't", "doesn't", "never", "not". */
    private static boolean flatlyNegated(Words sentence) {
        return sentence.words().stream().anyMatch(word -> word.equals("cannot") || word.equals("never")
                || word.equals("not") || word.equals("unable") || word.endsWith("n't"));
    }

    /** "some mild side effects can occur": the modal hedges the claim already, and its dropping is judged as such. */
    private static boolean modalFollows(Words evidence, int at) {
        for (int j = at + 1; j < Math.min(evidence.size(), at + 8); j++) {
            if (MODAL_HEDGES.contains(evidence.words().get(j))) {
                return true;
            }
        }
        return false;
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
    private static boolean negatedAbsolute(Words sentence, int at) {
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
