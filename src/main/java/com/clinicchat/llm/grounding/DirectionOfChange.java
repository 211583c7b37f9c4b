package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which way a level moves: "blood pressure can rise briefly" where the passage has "a brief drop in blood pressure".
 * Part of {@link Polarity}.
 */
final class DirectionOfChange {

    /** Which way a level goes, as a verb or a noun: "can rise briefly", "a brief drop in blood pressure". */
    private static final List<Set<String>> DIRECTIONS = OppositeWords.pair(
            "rise rises rising rose spike spikes surge surges "
            + "climb climbs climbing jump jumps", "drop drops dropping dropped fall falls falling fell dip dips dipping "
            + "plunge plunges decline declines");
    /** Words near a direction that name no particular thing whose level moves. */
    private static final Set<String> DIRECTION_GENERIC = Words.stemsOf("level", "levels", "brief", "briefly",
            "temporary", "temporarily", "sudden", "suddenly", "slight", "slightly", "during", "may", "can");
    /** How far from a direction word the thing it moves may stand, either side. */
    private static final int DIRECTION_REACH = 3;

    private DirectionOfChange() {
    }

    /**
     * "blood pressure can rise briefly" where the passage has "a brief drop in blood pressure": the thing may stand
     * before the verb or after the noun, so the words on both sides of each direction word are compared. A
     * direction the evidence gives the thing, and never the opposite one, is the only one the sentence may give it.
     */
    static Optional<String> turnedRound(Words sentence, Words evidence) {
        for (int side = 0; side < 2; side++) {
            Set<String> said = DIRECTIONS.get(side);
            Set<String> other = DIRECTIONS.get(1 - side);
            for (int i = 0; i < sentence.size(); i++) {
                if (!said.contains(sentence.stems().get(i))) {
                    continue;
                }
                Set<String> things = around(sentence, i);
                if (OppositeWords.onlyTheOtherSaid(said, other, evidence,
                        j -> around(evidence, j).stream().anyMatch(things::contains))) {
                    return Optional.of("opposite direction to the passage: " + sentence.words().get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** The content words within reach of a direction word, either side, that may name what moves. */
    private static Set<String> around(Words words, int at) {
        Set<String> stems = new HashSet<>();
        for (int j = Math.max(0, at - DIRECTION_REACH); j < Math.min(words.size(), at + DIRECTION_REACH + 1); j++) {
            String stem = words.stems().get(j);
            if (j != at && !words.filler(j) && !DIRECTION_GENERIC.contains(stem) && !DIRECTIONS.get(0).contains(stem)
                    && !DIRECTIONS.get(1).contains(stem)) {
                stems.add(stem);
            }
        }
        return stems;
    }
}
