package com.clinicchat.llm.grounding;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An effect said to differ for a group of people ("the flushing is stronger in people with kidney disease", "the drop
 * in blood pressure can be more of a problem for people who already have low blood pressure"): a claim about who is
 * at more risk, which every word of the passages can seem to back while none of them states it. The passages must
 * make the same comparison.
 */
final class GroupDifferences {

    /** A comparative, then within a few words a group introduced by "in / for / among … who / with / that". */
    private static final Pattern DIFFERENCE = Pattern.compile("(?i)\\b(more|less|stronger|weaker|worse|better|greater|"
            + "higher|lower|milder|bigger|riskier|harder|easier)\\b[^.\\[]{0,50}?\\b(?:in|for|among)\\s+(?:people|those|"
            + "anyone|anybody|patients|individuals|someone|adults|women|men)\\s+(?:who|with|that)\\b");

    private GroupDifferences() {
    }

    /** The first difference for a group whose comparative the evidence never uses, or empty. */
    static Optional<String> firstUnstated(String sentence, String evidenceText) {
        Matcher difference = DIFFERENCE.matcher(sentence);
        while (difference.find()) {
            String comparative = difference.group(1).toLowerCase(Locale.ROOT);
            if (!Pattern.compile("\\b" + comparative + "\\b").matcher(evidenceText.toLowerCase(Locale.ROOT)).find()) {
                return Optional.of("a difference for a group the passages do not state: " + difference.group().strip());
            }
        }
        return Optional.empty();
    }
}
