package com.clinicchat.llm;

import com.clinicchat.retrieval.Cosine;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether one sentence of a model's reply is supported by the passages it cites: it must cite at least one
 * passage that exists, be close in meaning to them (embedding cosine) and share most of its content words with
 * them (lexical overlap). Both, because either alone is fooled: paraphrase by overlap, a wrong number by cosine.
 */
final class GroundingCheck {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]{3,}");
    private static final int STEM = 5;
    private static final Set<String> FILLER = Set.of("that", "this", "these", "those", "with", "from", "have", "also",
            "which", "their", "they", "them", "there", "when", "what", "your", "about", "into", "than", "such", "some",
            "more", "most", "many", "very", "been", "being", "were", "will", "would", "could", "should", "does");

    private static final int MAX_REMEMBERED_PASSAGES = 5_000;

    private final EmbeddingModel embeddings;
    private final java.util.Map<String, float[]> passageVectors = new java.util.concurrent.ConcurrentHashMap<>();
    private final double minSimilarity;
    private final double minOverlap;

    GroundingCheck(EmbeddingModel embeddings, double minSimilarity, double minOverlap) {
        this.embeddings = embeddings;
        this.minSimilarity = minSimilarity;
        this.minOverlap = minOverlap;
    }

    /** A sentence with its citation markers taken out, and the (1-based) passages it cited. */
    record CitedSentence(String text, Set<Integer> cited) {

        static CitedSentence parse(String sentence) {
            Set<Integer> cited = new LinkedHashSet<>();
            Matcher matcher = CITATION.matcher(sentence);
            while (matcher.find()) {
                cited.add(Integer.parseInt(matcher.group(1)));
            }
            String text = CITATION.matcher(sentence).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1")
                    .replaceAll("\\s{2,}", " ").strip();
            return new CitedSentence(text, cited);
        }
    }

    boolean supported(CitedSentence sentence, List<String> passages) {
        if (sentence.cited().isEmpty() || sentence.text().isBlank()) {
            return false;
        }
        List<String> cited = new ArrayList<>();
        for (int number : sentence.cited()) {
            if (number < 1 || number > passages.size()) {
                return false;
            }
            cited.add(passages.get(number - 1));
        }
        String evidence = String.join(" ", cited);
        return overlap(sentence.text(), evidence) >= minOverlap
                && similarity(sentence.text(), cited) >= minSimilarity;
    }

    /** Share of the sentence's content words whose first letters occur in the evidence (a cheap stemmer). */
    static double overlap(String sentence, String evidence) {
        Set<String> evidenceStems = stems(evidence);
        Set<String> sentenceStems = stems(sentence);
        if (sentenceStems.isEmpty()) {
            return 0;
        }
        return (double) sentenceStems.stream().filter(evidenceStems::contains).count() / sentenceStems.size();
    }

    private double similarity(String sentence, List<String> passages) {
        float[] vector = embeddings.embed(sentence).content().vector();
        double best = 0;
        for (String passage : passages) {
            best = Math.max(best, Cosine.of(vector, passageVector(passage)));
        }
        return best;
    }

    /**
     * Passages are few and cited sentence after sentence, so their embeddings are kept; the memo is dropped when it
     * outgrows what the articles could hold (old texts after knowledge edits).
     */
    private float[] passageVector(String passage) {
        if (passageVectors.size() > MAX_REMEMBERED_PASSAGES) {
            passageVectors.clear();
        }
        return passageVectors.computeIfAbsent(passage, text -> embeddings.embed(text).content().vector());
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (!FILLER.contains(word)) {
                stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return stems;
    }

}
