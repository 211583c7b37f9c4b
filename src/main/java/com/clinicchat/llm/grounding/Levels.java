package com.clinicchat.llm.grounding;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of something there is: "too little calcium", "not enough iron", "an excess of sodium". A model explaining a
 * mechanism invents such levels ("the muscle fibres get too little calcium" where the passage says calcium
 * overstimulates them) with the passage's own words around them; the passage must say the same level of the same thing.
 */
final class Levels {

    /** A level stated of the next word: too little (or too much) of it. */
    private static final Pattern LEVEL = Pattern.compile("\\b(?:(too little|too few|not enough|insufficient|"
            + "(?:a |the )?(?:lack|shortage|deficit|deficiency) of)|(too much|too many|(?:an |the )?(?:excess|surplus|"
            + "overload) of|excessive))\\s+([a-z]+)");
    private static final Set<String> LOW = Words.stemsOf("low", "lower", "little", "enough", "deficiency", "deficient",
            "lack", "insufficient", "depleted", "depletion", "drop", "drops", "shortage", "inadequate", "deficit", "fall",
            "falls", "less", "fewer", "reduced", "decreased");
    private static final Set<String> HIGH = Words.stemsOf("high", "higher", "much", "many", "excess", "excessive",
            "elevated", "overload", "buildup", "toxicity", "surplus", "accumulate", "accumulates", "more", "greater", "increased");
    /** Where a clause of the evidence ends: a level said in one clause is not said of what another names. */
    private static final Pattern CLAUSE = Pattern.compile("[,;:.()\\n—–]");

    private Levels() {
    }

    /** The first level the sentence states of a thing the evidence names without that level; empty when none. */
    static Optional<String> firstUnstated(String sentence, Set<String> subject, String evidenceText) {
        Matcher level = LEVEL.matcher(sentence.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (level.find()) {
            String thing = level.group(3);
            if (subject.contains(thing) || Words.FILLER.contains(thing)) {
                continue; // the articles' subject is named low or high by every passage that speaks of its levels
            }
            String thingStem = Words.of(thing).stems().getFirst();
            Set<String> direction = level.group(1) != null ? LOW : HIGH;
            boolean named = false;
            boolean stated = false;
            for (String clause : CLAUSE.split(evidenceText.toLowerCase(Locale.ROOT))) {
                Words words = Words.of(clause);
                if (words.stems().contains(thingStem)) {
                    named = true;
                    stated |= words.stems().stream().anyMatch(direction::contains);
                }
            }
            if (named && !stated) {
                return Optional.of("a level the passages do not state: " + level.group().strip());
            }
        }
        return Optional.empty();
    }
}
