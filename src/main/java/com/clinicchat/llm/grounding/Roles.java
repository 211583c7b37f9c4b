package com.clinicchat.llm.grounding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says a thing is, by a defining clause: "magnesium is the fuel that makes muscles move". The role
 * must be a noun of the passages; where they use the word only as a verb said of something else ("the molecule that
 * fuels muscle contraction"), the sentence has handed that role to another subject. The overlap of words cannot see
 * it: every word is in the passage.
 */
final class Roles {

    /** "is / are / acts as / serves as" + an article + at most one word + the role + "that / which / who". */
    private static final Pattern DEFINING = Pattern.compile("(?i)\\b(?:is|are|acts\\s+as|serves\\s+as|works\\s+as)"
            + "\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+)?([a-z]{3,})\\s+(?:that|which|who)\\b");
    private static final int STEM = 5;

    private Roles() {
    }

    /** The first defining role the evidence never names as a noun, or empty. */
    static Optional<String> firstUngiven(String sentence, String evidenceText) {
        String evidence = evidenceText.toLowerCase(Locale.ROOT);
        Matcher role = DEFINING.matcher(sentence);
        while (role.find()) {
            String noun = role.group(1).toLowerCase(Locale.ROOT);
            String start = noun.substring(0, Math.min(STEM, noun.length()));
            boolean namedAsNoun = Pattern.compile("\\b(?:the|a|an|as|this|these|its|their)\\s+(?:[a-z-]+\\s+)?"
                    + Pattern.quote(start) + "[a-z]*\\b").matcher(evidence).find();
            if (!namedAsNoun) {
                return Optional.of("a role the passages do not give: " + role.group().strip());
            }
        }
        return Optional.empty();
    }
}
