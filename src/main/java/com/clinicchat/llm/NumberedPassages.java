package com.clinicchat.llm;

import com.clinicchat.answering.Citation;
import com.clinicchat.knowledge.Section;
import com.clinicchat.knowledge.Sentences;
import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.retrieval.RetrievedPassage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The passages the model is given, numbered [1], [2]… in retrieval order, built from what retrieval found but in
 * units a reader can rely on: a list item comes with its whole list and the sentence introducing it (an item alone,
 * "Pregnant or breastfeeding women", says nothing about what the list is for), and a question about safety or side
 * effects gets every sentence and list of the section that holds the cautions, so that no caution is left out.
 */
final class NumberedPassages {

    /** One numbered passage: its text, the section it comes from, and the retrieval rank that brought it (0 = best). */
    record Passage(String text, Section section, int rank) {

        Citation citation() {
            return new Citation(section.articleTitle(), section.heading(), section.url());
        }
    }

    static final int MAX_PASSAGES = 12;
    private static final Pattern SAFETY_QUESTION = Pattern.compile("\\b(safe|safety|safely|unsafe|side[- ]?effects?|"
            + "risks?|risky|dangers?|dangerous|harm\\w*|adverse|reactions?|tolerat\\w*|cautio\\w*|contraindicat\\w*|"
            + "precautions?|warnings?|avoid|who (should|shouldn't|should not|can't|cannot|can not))\\b");
    private static final Pattern CAUTION_SECTION = Pattern.compile(
            "\\b(side effects?|caution|contraindicat\\w*|precautions?|warnings?|adverse)\\b", Pattern.CASE_INSENSITIVE);

    private NumberedPassages() {
    }

    static boolean isSafetyQuestion(String question) {
        return SAFETY_QUESTION.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * @param retrieval what retrieval found, best first
     * @param question  the text that decides whether the cautions must all be sent (the visitor's words, with the
     *                  earlier question for a follow-up)
     */
    static List<Passage> from(Retrieval retrieval, String question) {
        Map<String, Passage> passages = new LinkedHashMap<>();
        boolean safety = isSafetyQuestion(question);
        List<RetrievedPassage> found = retrieval.passages();
        for (int rank = 0; rank < found.size(); rank++) {
            RetrievedPassage hit = found.get(rank);
            Section section = hit.section();
            if (safety && CAUTION_SECTION.matcher(section.body()).find()) {
                for (String unit : units(section)) {
                    add(passages, unit, section, rank);
                }
            } else if (hit.listItem() && !hit.leadIn().isEmpty()) {
                add(passages, wholeList(section, hit.leadIn()), section, rank);
            } else if (hit.text().endsWith(":")) {
                add(passages, wholeList(section, hit.text()), section, rank);
            } else {
                add(passages, hit.text(), section, rank);
            }
        }
        return passages.values().stream().limit(MAX_PASSAGES).toList();
    }

    private static void add(Map<String, Passage> passages, String text, Section section, int rank) {
        boolean known = passages.values().stream().anyMatch(p -> p.section().equals(section) && p.text().contains(text));
        if (!known) {
            // a sentence already sent inside a longer unit is replaced by that unit
            passages.values().removeIf(p -> p.section().equals(section) && text.contains(p.text()));
            passages.put(section.id() + "\n" + text, new Passage(text, section, rank));
        }
    }

    /** The section as the model should see it: each sentence of a paragraph, and each list with its lead-in. */
    static List<String> units(Section section) {
        List<String> units = new ArrayList<>();
        String lastSentence = "";
        StringBuilder list = null;
        for (String line : section.body().split("\n")) {
            if (line.startsWith("- ")) {
                if (list == null) {
                    list = new StringBuilder(lastSentence.endsWith(":") ? lastSentence : "");
                    if (lastSentence.endsWith(":")) {
                        units.remove(units.size() - 1);
                    }
                }
                list.append(list.isEmpty() ? "- " : "\n- ").append(line.substring(2).strip());
            } else if (!line.isBlank()) {
                if (list != null) {
                    units.add(list.toString());
                    list = null;
                }
                List<String> sentences = Sentences.of(line.strip());
                units.addAll(sentences);
                lastSentence = sentences.isEmpty() ? "" : sentences.getLast();
            }
        }
        if (list != null) {
            units.add(list.toString());
        }
        return units;
    }

    /** The list that {@code leadIn} (a sentence ending with a colon, or a paragraph ending with one) introduces. */
    static String wholeList(Section section, String leadIn) {
        String introduction = lastSentence(leadIn);
        for (String unit : units(section)) {
            if (unit.startsWith(introduction + "\n")) {
                return unit;
            }
        }
        return leadIn;
    }

    private static String lastSentence(String text) {
        List<String> sentences = Sentences.of(text);
        return sentences.isEmpty() ? text : sentences.getLast();
    }

}
