package com.clinicchat.answering;

import com.clinicchat.knowledge.Section;
import com.clinicchat.knowledge.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A section read as an author wrote it: paragraphs of sentences and lists of items, in order. Answers are cut
 * from these blocks, so a list stays a list, a sentence keeps the sentence its "it" refers to, and the clinic's
 * own voice ("our nurses…", "we also bring…") can be told apart from what the article explains.
 */
record SectionBlocks(Section section, List<Block> blocks) {

    private static final Pattern CLINIC_VOICE = Pattern.compile("\\b(we|our|us)\\b");

    /** A paragraph ({@code items} empty) or a list ({@code sentences} empty). */
    record Block(List<String> sentences, List<String> items) {

        boolean isList() {
            return !items.isEmpty();
        }

        boolean introducesList() {
            return !sentences.isEmpty() && sentences.getLast().endsWith(":");
        }

        /** A paragraph in which the clinic speaks of itself more than the article explains. */
        boolean clinicVoice() {
            long own = sentences.stream().filter(s -> CLINIC_VOICE.matcher(s.toLowerCase(Locale.ROOT)).find()).count();
            return !sentences.isEmpty() && own * 2 >= sentences.size() && own >= 2;
        }

        boolean holds(String passage) {
            String needle = passage.strip();
            return sentences.stream().anyMatch(s -> s.contains(needle) || needle.contains(s))
                    || items.stream().anyMatch(item -> item.equals(needle) || needle.endsWith(item));
        }
    }

    static SectionBlocks of(Section section) {
        List<Block> blocks = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String line : section.body().split("\n")) {
            String text = line.strip();
            if (text.startsWith("- ")) {
                items.add(text.substring(2).strip());
                continue;
            }
            if (!items.isEmpty()) {
                blocks.add(new Block(List.of(), List.copyOf(items)));
                items.clear();
            }
            if (!text.isEmpty()) {
                blocks.add(new Block(Sentences.of(text), List.of()));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new Block(List.of(), List.copyOf(items)));
        }
        return new SectionBlocks(section, List.copyOf(blocks));
    }

    /** Sentences the article explains with, leaving out the clinic speaking of itself. */
    int explanatorySentences() {
        return blocks.stream().filter(block -> !block.clinicVoice()).mapToInt(block -> block.sentences().size()).sum();
    }

    int indexOf(String passage) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).holds(passage)) {
                return i;
            }
        }
        return -1;
    }

}
