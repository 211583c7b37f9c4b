package com.clinicchat.triage;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells a message written in Spanish or Portuguese, the languages after English that the clinic's visitors write
 * in, from one in English. The router, retrieval and the coverage model read English only: a question in another
 * language goes to staff rather than being misread (docs/evaluation.md, round 4).
 */
@Component
public class VisitorLanguage {

    /** English must read this much less likely than the best language (relative confidence, best = 1). */
    static final double MAX_ENGLISH_CONFIDENCE = 0.8;
    /** One word ("gracias", "thx") is too little to tell a language by. */
    private static final int MIN_WORDS = 2;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE)
            .withPreloadedLanguageModels()
            .build();

    /** Whether a message is clearly in Spanish or Portuguese rather than English. */
    public boolean isNotEnglish(String text) {
        if (WORD.matcher(text).results().count() < MIN_WORDS) {
            return false;
        }
        // relative confidences: the likeliest language has 1, so English at 0.8 or less is never the likeliest
        Map<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
        return !confidence.isEmpty() && confidence.getOrDefault(Language.ENGLISH, 0.0) <= MAX_ENGLISH_CONFIDENCE;
    }
}
