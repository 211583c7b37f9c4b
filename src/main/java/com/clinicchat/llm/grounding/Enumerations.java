package com.clinicchat.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered items inside one sentence ("three groups: 1. people with kidney disease, 2. those with …, and 3. …", "1) …,
 * 2) …", "(1) …"): the numbers say where an item stands in the sentence's own list, not how many of anything. A model
 * writing numbered steps runs them into one sentence; read as quantities, the list numbers are "not in the passages"
 * and a faithful list is dropped.
 */
final class Enumerations {

    /**
     * A list number: one or two digits with "." or ")" (or in brackets) and a space after, opening the sentence or
     * following a colon, semicolon, comma, "and" or "or".
     */
    private static final Pattern MARKER = Pattern.compile(
            "(?<=^|[:;,]\\s{1,3}|\\b(?:and|or)\\s{1,3})\\(?(\\d{1,2})[.)](?=\\s)");

    private Enumerations() {
    }

    /**
     * The sentence without its list numbers, when they count 1, 2, 3 … in order (two at least); otherwise as it is,
     * so that a lone "2." or a list starting at 5 is still read as the number it may be.
     */
    static String withoutMarkers(String sentence) {
        Matcher marker = MARKER.matcher(sentence);
        List<int[]> spans = new ArrayList<>();
        int expected = 1;
        while (marker.find()) {
            if (Integer.parseInt(marker.group(1)) != expected) {
                return sentence;
            }
            expected++;
            spans.add(new int[] {marker.start(), marker.end()});
        }
        if (spans.size() < 2) {
            return sentence;
        }
        StringBuilder without = new StringBuilder(sentence);
        for (int i = spans.size() - 1; i >= 0; i--) {
            without.replace(spans.get(i)[0], spans.get(i)[1], "");
        }
        return without.toString();
    }
}
