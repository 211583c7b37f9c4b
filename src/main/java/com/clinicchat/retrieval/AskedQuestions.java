package com.clinicchat.retrieval;

import com.clinicchat.triage.Sentences;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The questions of a message that says more than its question ("does it help with sleep?? asking for my whole book
 * club lol"): asides, emoji and backstory move the whole message away from the passage that answers it, so a
 * question the whole message does not reach is looked up on its own as well.
 */
final class AskedQuestions {

    /** Bounds the extra embeddings a long message costs. */
    static final int MOST = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final int MIN_WORDS = 3;

    private AskedQuestions() {
    }

    /** The questions (up to {@link #MOST}) of a message with more in it than one question; else nothing. */
    static List<String> of(String message) {
        List<String> parts = Sentences.split(message);
        if (parts.size() < 2) {
            return List.of();
        }
        return parts.stream()
                .filter(part -> part.endsWith("?"))
                .filter(part -> WORD.matcher(part).results().count() >= MIN_WORDS)
                .limit(MOST)
                .toList();
    }
}
