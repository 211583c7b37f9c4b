package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How much of a group, and how often, a claim holds: "most people" for "some people", "patients benefit" for "some
 * patients benefit", "side effects are common" where the passage does not say how often. Part of {@link Polarity}.
 */
final class Quantifiers {

    /** Quantifiers that say a claim holds for part of a group: "some patients … benefit" is not "patients benefit". */
    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "certain", "several", "few");
    /** How much of a group a quantifier takes in, least to most; a word's rank is its index. */
    private static final List<Set<String>> QUANTIFIER_SCALE = List.of(Set.of("few"),
            Set.of("some", "certain", "several"), Set.of("many", "numerous"), Set.of("most", "majority"),
            Set.of("all", "every", "everyone", "everybody"));
    /** Who a quantifier counts, which says nothing about what is claimed of them. */
    private static final Set<String> WHO = Set.of("people", "persons", "patients", "individuals", "adults", "users",
            "clients", "those", "ones", "of", "the", "them", "with", "who", "a", "vast", "great");

    /** How often something happens, said as a quality of it ("side effects are common"). */
    private static final Set<String> FREQUENCY = Set.of("common", "commonly", "frequent", "frequently", "widespread",
            "widely", "rare", "rarely", "seldom", "uncommon", "infrequent", "routine", "routinely");

    private Quantifiers() {
    }

    /**
     * "Most people with chronic fatigue benefit" for "some patients with chronic fatigue benefit": the same group,
     * counted larger than the passage counts it. The group is the same when a claim word of the few after each
     * quantifier is shared (who is counted, "people" or "patients", is left out).
     */
    static Optional<String> madeLarger(Words sentence, Words evidence) {
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
            if (!Hedges.FREQUENCY_HEDGES.contains(sentence.words().get(i))) {
                continue;
            }
            String verb = Hedges.nextVerb(sentence, i);
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

    /**
     * "Side effects are common" where the passage says "most people tolerate it well, though some side effects can
     * occur": how often a thing happens is a fact the passage must state in a word of the same kind.
     */
    static Optional<String> frequencyUnstated(Words sentence, Words evidence) {
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.words().get(i);
            // "commonly called" for "often referred to": an adverb of how often, which the passage's hedge states
            boolean often = word.matches("commonly|frequently|routinely")
                    && evidence.words().stream().anyMatch(Hedges.FREQUENCY_HEDGES::contains);
            if (FREQUENCY.contains(word) && !often && evidence.words().stream().noneMatch(FREQUENCY::contains)) {
                return Optional.of("how often, which the passage does not say: " + word);
            }
        }
        return Optional.empty();
    }

    /**
     * "patients with … benefit" for "some patients with … benefit": a quantifier dropped, which says it of all of
     * them. Asked by {@link Hedges} of a sentence that keeps no hedge.
     */
    static Optional<String> dropped(Words sentence, Words evidence) {
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

    /** "some mild side effects can occur": the modal hedges the claim already, and its dropping is judged as such. */
    private static boolean modalFollows(Words evidence, int at) {
        for (int j = at + 1; j < Math.min(evidence.size(), at + 8); j++) {
            if (Hedges.MODAL_HEDGES.contains(evidence.words().get(j))) {
                return true;
            }
        }
        return false;
    }
}
