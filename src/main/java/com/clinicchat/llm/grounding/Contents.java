package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says the product itself holds ("the drip pairs the magnesium with vitamin D", "the bag also has
 * zinc"): a claim about what goes into the visitor's vein. Every word can stand in the passages while none of them puts
 * that substance in the drip ("strong bones alongside vitamin D"), so the words' overlap cannot see it. Only what the
 * passages themselves put in the product, or name the product by ("magnesium IV drip"), may be said to be in it.
 */
final class Contents {

    private static final String PRODUCT = "drips?|infusions?|iv|ivs|bags?|solutions?|formulas?|cocktails?";
    private static final String HOLDS = "contains?|includes?|pairs?|paired|combines?|combined|mix(?:es|ed)?|"
            + "comes?\\s+with|adds?|added|also\\s+has|has\\s+(?:some|extra)";
    /** The product as the subject (not "the side effects of the infusion"), then what it holds up to a clause break. */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:" + PRODUCT + ")\\b[^.,;\\[]{0,25}?\\b(?:" + HOLDS + ")\\b"
            + "((?:(?!\\b(?:to|for|which|that|so|because|in\\s+order)\\b)[^.,;:\\[])*)");
    private static final Pattern NAMED_PRODUCT = Pattern.compile("(?i)\\b([a-z0-9-]+)\\s+(?:[a-z0-9-]+\\s+)?(?:"
            + PRODUCT + ")\\b");
    /** Words that make the product a place or time ("effects during the infusion include…"), not the subject. */
    private static final Pattern NOT_SUBJECT = Pattern.compile("(?i)\\b(?:of|during|after|before|from|in|by|at)\\s+"
            + "(?:[a-z0-9-]+\\s+){0,3}$");
    private static final Set<String> FILLER = Set.of("the", "a", "an", "with", "some", "also", "extra", "other",
            "plus", "and", "or", "of", "its", "their", "it", "them", "in", "into", "as", "well", "small", "little",
            "bit", "dose", "amount", "usually", "often", "typically", "both", "together");

    private Contents() {
    }

    /** The first thing said to be in the product that the evidence neither puts in it nor names it by, or empty. */
    static Optional<String> firstUnstated(String sentence, String evidenceText) {
        Matcher held = HELD.matcher(sentence);
        if (!findSubject(held, sentence)) {
            return Optional.empty();
        }
        Set<String> stated = new HashSet<>();
        Matcher evidenceHeld = HELD.matcher(evidenceText);
        while (findSubject(evidenceHeld, evidenceText)) {
            stated.addAll(words(evidenceHeld.group(1)));
        }
        Matcher named = NAMED_PRODUCT.matcher(evidenceText);
        while (named.find()) {
            stated.addAll(words(named.group()));
        }
        do {
            for (String word : words(held.group(1))) {
                if (!stated.contains(word)) {
                    return Optional.of("a content of the product the passages do not state: " + held.group().strip());
                }
            }
        } while (findSubject(held, sentence));
        return Optional.empty();
    }

    private static boolean findSubject(Matcher held, String text) {
        while (held.find()) {
            String before = text.substring(Math.max(0, held.start() - 40), held.start());
            if (!NOT_SUBJECT.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return words;
    }
}
