package com.clinicchat.llm;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A general English vocabulary: the whole words of the embedding model's WordPiece vocabulary (bge-small-en-v1.5,
 * about 22,000 words, shipped with the model on the classpath). A word it lacks, even after plain inflections are
 * taken off, is a rare or technical one ("glycinate", "taurate"): in a list of named things, a substance or
 * condition the passages never name, whether or not {@code claim-terms.txt} lists it.
 */
final class EnglishVocabulary {

    private static final String RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";
    private static final Pattern ENTRY = Pattern.compile("\"([a-z]{2,})\"\\s*:\\s*\\d+");
    private static final Set<String> WORDS = load();

    private EnglishVocabulary() {
    }

    private static Set<String> load() {
        try {
            String json = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
            int vocab = json.lastIndexOf("\"vocab\"");
            Matcher entry = ENTRY.matcher(json.substring(Math.max(0, vocab)));
            Set<String> words = new HashSet<>();
            while (entry.find()) {
                words.add(entry.group(1));
            }
            if (words.size() < 10_000) {
                throw new IllegalStateException("no vocabulary in " + RESOURCE);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a lower-case word, or the word with a plain inflection taken off, is general English. */
    static boolean knows(String word) {
        if (WORDS.contains(word)) {
            return true;
        }
        for (String[] ending : ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2
                    && WORDS.contains(word.substring(0, word.length() - ending[0].length()) + ending[1])) {
                return true;
            }
        }
        return false;
    }

    /** Plain inflections and what they replaced: "remedies" → "remedy", "lowered" → "lower", "calming" → "calm". */
    private static final String[][] ENDINGS = {{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"},
            {"d", ""}, {"ing", ""}, {"ing", "e"}, {"ly", ""}, {"er", ""}, {"ers", ""}, {"ness", ""}, {"al", ""},
            {"ally", ""}};
}
