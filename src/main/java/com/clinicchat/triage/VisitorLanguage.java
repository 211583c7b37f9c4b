package com.clinicchat.triage;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells a message written in another language from one in English. The router, retrieval and the coverage model
 * read English only: a question in another language goes to staff rather than being misread (docs/evaluation.md,
 * rounds 4 and 14). Lingua tells English from the Latin-script languages visitors write in most (Spanish and
 * Portuguese, then French, German and Vietnamese); a message written mostly in another script (Chinese, Japanese,
 * Korean, Devanagari, Arabic, Cyrillic, …) is not English whatever Lingua would say of it.
 */
@Component
public class VisitorLanguage {

    /** English must read this much less likely than the best language (relative confidence, best = 1). */
    static final double MAX_ENGLISH_CONFIDENCE = 0.8;
    /** One word ("gracias", "thx") is too little to tell a language by. */
    private static final int MIN_WORDS = 2;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.FRENCH, Language.GERMAN,
                    Language.VIETNAMESE)
            .withPreloadedLanguageModels()
            .build();

    /** Whether a message is clearly in another language than English. */
    public boolean isNotEnglish(String text) {
        if (isInAnotherScript(text)) {
            return true;
        }
        if (WORD.matcher(text).results().count() < MIN_WORDS) {
            return false;
        }
        // relative confidences: the likeliest language has 1, so English at 0.8 or less is never the likeliest
        Map<Language, Double> confidence = detector.computeLanguageConfidenceValues(text);
        return !confidence.isEmpty() && confidence.getOrDefault(Language.ENGLISH, 0.0) <= MAX_ENGLISH_CONFIDENCE;
    }

    /**
     * Whether most of a message's letters are of a script other than Latin. The router's embedding model reads such
     * text poorly (a Japanese question about pregnancy read as small talk), so not even its small talk is trusted.
     */
    public boolean isInAnotherScript(String text) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
            i += Character.charCount(codePoint);
        }
        return other > latin;
    }
}
