package com.clinicchat.llm.grounding;

import java.util.Optional;
import java.util.Set;

/**
 * Hedges kept as the evidence hedges: "may help" made "will" or "helps", "can lower" made "lowers", "typically
 * resolve" made "resolve". Part of {@link Polarity}.
 */
final class Hedges {

    static final Set<String> MODAL_HEDGES = Set.of("may", "might", "can", "could");
    /** How often a claim holds: "typically resolve", "often involve". */
    static final Set<String> FREQUENCY_HEDGES = Set.of("often", "usually", "typically", "generally",
            "commonly", "frequently", "mostly", "normally", "largely");
    /** Adverbs of degree between a hedge and its verb. */
    private static final Set<String> DEGREE = Set.of("fully", "completely", "entirely", "always", "necessarily",
            "quite", "totally", "really");
    private static final Set<String> HEDGES = Words.stemsOf("may", "might", "can", "could", "some", "most", "many",
            "often", "typically", "usually", "likely", "possibly", "potentially", "generally");
    /** Words that keep a claim soft without a modal: "helps lower" is as hedged as "can help lower". */
    private static final Set<String> SOFTENERS = Words.stemsOf("help", "helps", "helping", "aid", "aids", "support",
            "supports", "contribute", "contributes", "sometimes", "occasionally", "tend", "tends", "if", "when");
    /** Absolutes that a negation before them turns into a hedge ("not always", "not every time"). */
    private static final Set<String> NOT_ALWAYS = Set.of("always", "necessarily", "every", "all");
    private static final Set<String> CERTAINTY = Words.stemsOf("will", "ensures", "guarantee");
    /** Verbs that say one thing brings about another, any of which rewords another. */
    private static final Set<String> CAUSING = Words.stemsOf("cause", "causes", "trigger", "triggers", "lead",
            "leads", "result", "results", "produce", "produces", "provoke", "provokes", "induce", "induces");
    /**
     * Rates a sentence may give its "will": "will lower it in most cases", "will typically ease it" for "can help
     * lower it" turn a possibility into a frequent, certain outcome, a rate the passage does not give. Only a hedge of
     * possibility ("may", "likely", "some"), or a rate the evidence states as well, keeps a "will" soft.
     */
    private static final Set<String> RATES = Words.stemsOf("most", "many", "often", "typically", "usually",
            "generally");

    private Hedges() {
    }

    /** "will lower it" where the passage says it "can help lower it": a possibility stated as a certainty. */
    static Optional<String> madeCertain(Words sentence, Words evidence) {
        if (sentence.stems().contains("will") && evidence.stems().stream().noneMatch(CERTAINTY::contains)
                && evidence.words().stream().anyMatch(MODAL_HEDGES::contains)
                && !keepsAPossibility(sentence, evidence)) {
            return Optional.of("hedge made certain");
        }
        return Optional.empty();
    }

    private static boolean keepsAPossibility(Words sentence, Words evidence) {
        return sentence.stems().stream().anyMatch(stem -> HEDGES.contains(stem)
                && (!RATES.contains(stem) || evidence.stems().contains(stem)));
    }

    /**
     * "lowers blood pressure" for "can help lower blood pressure": what the evidence says may happen, stated as what
     * does, by a sentence that hedges nothing. A sentence that keeps any hedge ("can", "often", "helps") is left to
     * the other checks.
     */
    static Optional<String> dropped(Words sentence, Words evidence) {
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
            // "causes arrhythmias" for "can trigger arrhythmias": another verb of causing, as unhedged
            if (sentence.stems().contains(verb)
                    || CAUSING.contains(verb) && sentence.stems().stream().anyMatch(CAUSING::contains)) {
                return Optional.of("hedge dropped: " + evidence.words().get(j) + " … " + verb);
            }
        }
        // a quantifier dropped: "patients with … benefit" for "some patients with … benefit" says it of all of them
        return Quantifiers.dropped(sentence, evidence);
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

    /** Whether the sentence keeps any hedge or softener ("like" in "such as" is no "likely", though it stems so). */
    private static boolean hedged(Words sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            String stem = sentence.stems().get(i);
            if (HEDGES.contains(stem) && !sentence.words().get(i).equals("like") || SOFTENERS.contains(stem)
                    || FREQUENCY_HEDGES.contains(sentence.words().get(i))) {
                return true;
            }
            // "doesn't always restore" is "sometimes fails to restore": a possible shortfall, as "may not" is
            if (NOT_ALWAYS.contains(sentence.words().get(i)) && Absolutes.negatedAbsolute(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    /** The verb a hedge bears on: the next content word, past adverbs of degree ("may not fully restore"). */
    static String nextVerb(Words words, int at) {
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
}
