package com.clinicchat.llm.grounding;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a model's reply with its citation markers taken out: the text a visitor would read, and the
 * passage numbers it cited, however it wrote them ([2], [2][4], [2, 4], [2-4], [passage 2], 【2】).
 *
 * @param text     the sentence without markers and markdown emphasis
 * @param cited    the 1-based passage numbers it cited, in order
 * @param listItem whether it was written as a list item ("- …", "* …", "1. …")
 */
public record CitedSentence(String text, Set<Integer> cited, boolean listItem) {

    /**
     * A citation marker or a run of them, possibly incomplete at the end of the buffer (the reply splitter looks for
     * it too, to tell where a sentence ends).
     */
    public static final Pattern MARKER = Pattern.compile(
            "\\[(?:(?:passages?|sources?|refs?|p)\\s*)?\\d{1,2}(?:\\s*(?:,|;|-|–|and|&)\\s*\\d{1,2})*\\]"
                    + "|【\\d{1,2}(?:\\s*[,;]\\s*\\d{1,2})*】|\\[\\^\\d{1,2}\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})");
    private static final Pattern LIST_PREFIX = Pattern.compile("^\\s*(?:[-*•+]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

    public static CitedSentence parse(String raw) {
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher marker = MARKER.matcher(raw);
        while (marker.find()) {
            String group = marker.group();
            Matcher range = RANGE.matcher(group);
            if (range.find()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int n = from; n <= to && n - from < 10; n++) {
                    cited.add(n);
                }
            }
            Matcher number = NUMBER.matcher(group);
            while (number.find()) {
                cited.add(Integer.parseInt(number.group()));
            }
        }
        String text = MARKER.matcher(raw).replaceAll(" ");
        boolean listItem = LIST_PREFIX.matcher(text).find();
        text = LIST_PREFIX.matcher(text).replaceFirst("");
        text = HEADING.matcher(text).replaceFirst("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = text.replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ").strip();
        return new CitedSentence(text, cited, listItem);
    }

    /** A lead-in such as "It is ideal for:" that only introduces what follows. */
    public boolean introducesList() {
        return text.endsWith(":");
    }
}
