package com.clinicchat.llm.grounding;

import java.util.Optional;
import java.util.Set;

/**
 * A model's enthusiasm ("Great question — magnesium is a fascinating mineral!", "an amazing nutrient"): a judgment of
 * the subject that no passage makes. The rest of such a sentence often repeats a passage's words ("mineral"), so
 * overlap would let it through; the judgment must be the evidence's own word, or the sentence is not shown.
 */
final class Enthusiasm {

    /** Words of delight or wonder, matched as written (general English; no article's topic). */
    private static final Set<String> JUDGEMENTS = Set.of("fascinating", "amazing", "incredible", "wonderful",
            "awesome", "remarkable", "fantastic", "interesting", "exciting", "superb", "marvellous", "marvelous",
            "extraordinary", "impressive", "terrific", "brilliant", "astonishing", "phenomenal", "magical");

    private Enthusiasm() {
    }

    /** The first judgment of {@code sentence} that the evidence does not make, if any. */
    static Optional<String> firstUnshared(Words sentence, Words evidence) {
        for (int i = 0; i < sentence.size(); i++) {
            if (JUDGEMENTS.contains(sentence.words().get(i)) && !evidence.stems().contains(sentence.stems().get(i))) {
                return Optional.of("a judgment the passages do not make: " + sentence.words().get(i));
            }
        }
        return Optional.empty();
    }
}
