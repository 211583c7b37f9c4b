package com.clinicchat.text;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A general English vocabulary: the whole words of the embedding model's WordPiece vocabulary (bge-small-en-v1.5,
 * about 22,000 words, shipped with the model on the classpath). A word it lacks, even after plain inflections are
 * taken off, is a rare or technical one ("glycinate", "taurate"): in a list of named things, a substance or
 * condition the passages never name, whether or not {@code claim-terms.txt} lists it. The vocabulary's ids grow,
 * roughly, as words get rarer in the text it was built from ("iron" 3707, "zinc" 15813, "magnesium" 24983), which
 * tells an everyday word from an uncommon one among the words it knows.
 */
public final class EnglishVocabulary {

    /** Whole words from this id on are uncommon ones: chosen with the subject check on the training split. */
    static final int UNCOMMON_FROM = 20_000;

    private static final String RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";
    private static final Pattern ENTRY = Pattern.compile("\"([a-z]{2,})\"\\s*:\\s*(\\d+)");
    private static final Map<String, Integer> WORDS = load();

    private EnglishVocabulary() {
    }

    private static Map<String, Integer> load() {
        try {
            String json = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
            int vocab = json.lastIndexOf("\"vocab\"");
            Matcher entry = ENTRY.matcher(json.substring(Math.max(0, vocab)));
            Map<String, Integer> words = new HashMap<>();
            while (entry.find()) {
                words.putIfAbsent(entry.group(1), Integer.parseInt(entry.group(2)));
            }
            if (words.size() < 10_000) {
                throw new IllegalStateException("no vocabulary in " + RESOURCE);
            }
            return Map.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a lower-case word, or the word with a plain inflection taken off, is general English. */
    public static boolean knows(String word) {
        return id(word) >= 0;
    }

    /** Whether a lower-case word is not general English, or an uncommon word of it ("nad", "saline"). */
    public static boolean uncommon(String word) {
        int id = id(word);
        return id < 0 || id >= UNCOMMON_FROM;
    }

    /**
     * How rare a lower-case word is in general English: its vocabulary id (with a plain inflection taken off), or
     * {@link #SIZE} when the vocabulary lacks it. A general-English weight of a word that does not move with the
     * articles a clinic loads, as an index's own inverse document frequency does.
     */
    public static int rank(String word) {
        int id = id(word);
        return id < 0 ? SIZE : id;
    }

    /** One past the largest id of the vocabulary (bge's WordPiece vocabulary holds 30,522 entries). */
    public static final int SIZE = 30_522;

    /** The lowest id of the word or of the word with a plain inflection taken off; -1 when the vocabulary lacks it. */
    private static int id(String word) {
        Integer id = WORDS.get(word);
        int best = id == null ? -1 : id;
        for (String[] ending : ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
                Integer stemmed = WORDS.get(word.substring(0, word.length() - ending[0].length()) + ending[1]);
                if (stemmed != null && (best < 0 || stemmed < best)) {
                    best = stemmed;
                }
            }
        }
        return best;
    }

    /** Plain inflections and what they replaced: "remedies" → "remedy", "lowered" → "lower", "calming" → "calm". */
    private static final String[][] ENDINGS = {{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"},
            {"d", ""}, {"ing", ""}, {"ing", "e"}, {"ly", ""}, {"er", ""}, {"ers", ""}, {"ness", ""}, {"al", ""},
            {"ally", ""}};
}
