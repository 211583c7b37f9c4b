package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thing the evidence names only in part said of its whole kind: "headaches in general" for "migraine headaches".
 * Part of {@link GroundingVerifier}.
 */
final class WholeKinds {

    /**
     * A thing said of its whole kind: "headaches in general", "all kinds of headaches", "headaches of every type".
     * Group 1 or 2 is the thing.
     */
    private static final Pattern WIDENED = Pattern.compile("(?i)\\b(?:([a-z]+)\\s+in\\s+general\\b|(?:all|any|every)\\s+"
            + "(?:kinds?|types?|forms?|sorts?)\\s+of\\s+([a-z]+)|([a-z]+)\\s+of\\s+(?:all|any|every)\\s+(?:kinds?|types?|forms?|sorts?)\\b)");
    /** Stems with which the evidence itself speaks of a whole kind. */
    private static final Set<String> GENERAL = Words.stemsOf("general", "generally", "all", "any", "every", "kind",
            "type", "form", "sort");

    private WholeKinds() {
    }

    /**
     * A thing the evidence names only in part ("migraine headaches") said of its whole kind ("headaches in
     * general") widens the claim with the evidence's own words: it must speak of the whole kind too.
     */
    static Optional<String> firstWidened(String text, Words evidence) {
        Matcher widened = WIDENED.matcher(text);
        Set<String> evidenceStems = new HashSet<>(evidence.stems());
        while (widened.find()) {
            String thing = widened.group(1) != null ? widened.group(1)
                    : widened.group(2) != null ? widened.group(2) : widened.group(3);
            List<String> stems = Words.of(thing).stems();
            if (stems.isEmpty() || !evidenceStems.containsAll(stems)) {
                continue; // a thing the evidence does not name is the other checks' to judge
            }
            if (evidenceStems.stream().noneMatch(GENERAL::contains)) {
                return Optional.of("widens what the passages name: '" + widened.group().strip() + "'");
            }
        }
        return Optional.empty();
    }
}
