package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a sentence says what its evidence says the same way round: a negation added or taken away
 * ({@link Negations}), the opposite word about the same thing ({@link OppositeWords}, {@link DirectionOfChange}), an
 * absolute the evidence does not state ({@link Absolutes}), an obligation or a safety claim it does not make
 * ({@link ObligationsAndSafety}), a claim of a stronger kind ({@link StrongerClaims}), a hedge made certain or a group
 * counted larger ({@link Hedges}, {@link Quantifiers}), or one of the article's cautions turned into a recommendation
 * ({@link CautionsAsSuitability}). This class puts the checks in order; the first conflict found is the one named.
 */
final class Polarity {

    /** A short heading before a colon, as in "**Heart protection:** it makes…" once the bold is gone. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^\\s*((?:[\\w'’-]+\\s+){0,3}[\\w'’-]+):\\s+(?=\\S)");

    private Polarity() {
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
     * @param heading      the number of words of a heading that opens the sentence: a benefit named there ("Heart
     *                     protection:", "Energy boost:") is the topic of what follows, which must itself be backed;
     *                     the other absolutes ("Guaranteed relief:") count wherever they stand
     * @param sidesSwapped the sentence states the evidence's comparison from the other side ("A is lower than B"
     *                     for "B is higher than A"), so opposite words are what agreement looks like
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
        Optional<String> prefixed = Negations.insideAWord(sentence, evidence);
        if (prefixed.isPresent()) {
            return prefixed;
        }
        for (int i = 0; i < sentence.size(); i++) {
            // word by word, both kinds at each word: the conflict named is the one at the first word that has one
            int at = i;
            Optional<String> claimed = Absolutes.conflictAt(sentence, at, heading, evidence, evidenceStems)
                    .or(() -> ObligationsAndSafety.conflictAt(sentence, at, evidenceStems));
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return StrongerClaims.firstConflict(sentence, evidence, evidenceStems)
                .or(() -> Hedges.madeCertain(sentence, evidence))
                .or(() -> Quantifiers.madeLarger(sentence, evidence))
                .or(() -> Quantifiers.frequencyUnstated(sentence, evidence))
                .or(() -> Hedges.dropped(sentence, evidence))
                .or(() -> CautionsAsSuitability.firstConflict(sentence, evidenceText))
                .or(() -> CautionsAsSuitability.suitabilityAsCaution(sentence, evidenceText));
    }
}
