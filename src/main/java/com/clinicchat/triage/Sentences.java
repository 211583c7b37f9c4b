package com.clinicchat.triage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a longer message, for reading each on its own: an emergency mentioned in passing before an
 * everyday question ("left arm's numb since lunch, prob nothing. anyway do you come to offices?") is diluted in
 * the meaning of the whole message, but not in the meaning of its own sentence.
 */
public final class Sentences {

    /** Bounds the extra embeddings a long message costs. */
    static final int MOST = 6;
    private static final Pattern END = Pattern.compile("(?<=[.!?;…])\\s+|\\s*[\\n\\r]+\\s*|(?<=[.!?])(?=\\p{L})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private Sentences() {
    }

    /** Every sentence of a message, stripped, in order (retrieval looks its questions up one by one). */
    public static List<String> split(String text) {
        return Arrays.stream(END.split(text.strip())).map(String::strip).filter(sentence -> !sentence.isEmpty())
                .toList();
    }

    /** The sentences of three words or more, or nothing if the message is not longer than one of them. */
    static List<String> of(String text) {
        List<String> sentences = split(text).stream()
                .filter(sentence -> WORD.matcher(sentence).results().count() >= 3)
                .limit(MOST)
                .toList();
        return sentences.size() >= 2 ? sentences : List.of();
    }
}
