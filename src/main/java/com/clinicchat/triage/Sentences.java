package com.clinicchat.triage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a longer message, for reading each on its own: an emergency mentioned in passing before an
 * everyday question ("left arm's numb since lunch, prob nothing. anyway do you come to offices?") is diluted in
 * the meaning of the whole message, but not in the meaning of its own sentence.
 */
final class Sentences {

    /** Bounds the extra embeddings a long message costs. */
    static final int MOST = 6;
    private static final Pattern END = Pattern.compile("(?<=[.!?;…])\\s+|\\s*[\\n\\r]+\\s*|(?<=[.!?])(?=\\p{L})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private Sentences() {
    }

    /** The sentences of three words or more, or nothing if the message is not longer than one of them. */
    static List<String> of(String text) {
        List<String> sentences = Arrays.stream(END.split(text.strip()))
                .map(String::strip)
                .filter(sentence -> WORD.matcher(sentence).results().count() >= 3)
                .limit(MOST)
                .toList();
        return sentences.size() >= 2 ? sentences : List.of();
    }
}
