package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Section;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a section into passages small enough to quote: each sentence of a paragraph (a very short one joined to
 * the next), and each list item on its own, searched together with the sentence that introduces its list.
 */
final class PassageSplitter {

    private static final int MIN_PASSAGE_CHARS = 60;

    private PassageSplitter() {
    }

    /**
     * A quotable piece of a section.
     *
     * @param text   what is quoted
     * @param leadIn for a list item, the sentence that introduces the list ("But we advise caution for:"), which
     *               is searched with the item because the item alone does not say what the list is about
     * @param listItem whether this is one item of a list
     */
    record Passage(String text, String leadIn, boolean listItem) {

        String searchableText() {
            return leadIn.isEmpty() ? text : leadIn + " " + text;
        }
    }

    static List<Passage> split(Section section) {
        List<Passage> passages = new ArrayList<>();
        String lastSentence = "";
        for (String line : section.body().split("\n")) {
            if (line.startsWith("- ")) {
                passages.add(new Passage(line.substring(2).strip(), lastSentence.endsWith(":") ? lastSentence : "", true));
            } else if (!line.isBlank()) {
                List<String> sentences = sentences(line.strip());
                sentences.forEach(sentence -> passages.add(new Passage(sentence, "", false)));
                lastSentence = sentences.getLast();
            }
        }
        return passages;
    }

    static List<String> sentences(String paragraph) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE;
             start = end, end = iterator.next()) {
            pending.append(paragraph, start, end);
            if (pending.length() >= MIN_PASSAGE_CHARS) {
                sentences.add(pending.toString().strip());
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            if (sentences.isEmpty()) {
                sentences.add(pending.toString().strip());
            } else {
                sentences.set(sentences.size() - 1, sentences.getLast() + " " + pending.toString().strip());
            }
        }
        return sentences;
    }
}
