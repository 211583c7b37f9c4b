package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A passage's pointer back ("…aspects of these conditions, IV magnesium…") repeated with the pointer replaced by a
 * thing named elsewhere ("…aspects of migraine headaches, IV magnesium…"): what "these conditions" are lies in a
 * sentence the model was not sent, so naming them is a guess, and every word of the guess can be in another passage.
 */
final class Referents {

    /** "these" or "those" and a plural noun: things named before the passage begins. */
    private static final Set<String> POINTERS = Set.of("these", "those");
    private static final Set<String> NOT_NOUNS = Set.of("who", "whose", "at", "with", "which", "that", "in", "of",
            "as", "is", "was", "has", "does");
    /** Words of the passage kept on each side of the pointer, to find where the sentence repeats it. */
    private static final int CONTEXT = 2;
    /** Longest stand-in the sentence may put where the pointer stood. */
    private static final int MAX_STAND_IN = 6;
    /** Stand-ins that still point back rather than name: "them", "the same conditions", "such conditions". */
    private static final Set<String> STILL_POINTING = Set.of("these", "those", "them", "they", "such", "the", "both",
            "all", "same", "conditions", "issues", "problems", "symptoms", "areas", "cases");

    private Referents() {
    }

    /** The first pointer of a passage the sentence replaces with a thing the passage does not name, or empty. */
    static Optional<String> firstGuessed(String sentence, List<String> evidencePassages) {
        List<String> said = AddedClauses.tokens(sentence);
        for (String passage : evidencePassages) {
            List<String> words = AddedClauses.tokens(passage);
            Set<String> named = new HashSet<>(words);
            for (int i = CONTEXT; i + 1 + CONTEXT < words.size(); i++) {
                String noun = words.get(i + 1);
                if (!POINTERS.contains(words.get(i)) || NOT_NOUNS.contains(noun) || !noun.endsWith("s")) {
                    continue;
                }
                List<String> before = words.subList(i - CONTEXT, i);
                List<String> after = words.subList(i + 2, i + 2 + CONTEXT);
                for (int start = 0; start + CONTEXT <= said.size(); start++) {
                    if (!said.subList(start, start + CONTEXT).equals(before)) {
                        continue;
                    }
                    int from = start + CONTEXT;
                    for (int end = from + 1; end <= Math.min(from + MAX_STAND_IN, said.size() - CONTEXT); end++) {
                        if (said.subList(end, end + CONTEXT).equals(after)) {
                            List<String> standIn = said.subList(from, end);
                            if (standIn.stream().anyMatch(word -> !STILL_POINTING.contains(word) && !named.contains(word))) {
                                return Optional.of("names what '" + words.get(i) + " " + noun + "' points back to: "
                                        + String.join(" ", standIn));
                            }
                            break;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

}
