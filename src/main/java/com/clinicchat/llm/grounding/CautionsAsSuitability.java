package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One of the article's cautions turned into a recommendation: "ideal for people with kidney disease" where the
 * passage advises caution for people with kidney disease; and the mirror, someone the article names as suited turned
 * into a caution ("caution is advised for people with gastrointestinal conditions" from the "ideal for" list). Part
 * of {@link Polarity}.
 */
final class CautionsAsSuitability {

    private static final Set<String> POSITIVE_SUITABILITY = Words.stemsOf("ideal", "suitable", "safe", "fine", "ok",
            "okay", "candidate", "benefit", "recommended", "great", "perfect", "good", "tolerate", "harmless",
            "appropriate", "allowed", "encouraged", "right", "welcome");
    private static final Set<String> CAUTION_CUES = Words.stemsOf("caution", "cautious", "care", "careful", "advise",
            "consult", "only", "avoid", "not", "no", "never", "risk", "monitor", "supervision", "check", "talk",
            "discuss", "warn", "concern", "without", "medical");
    private static final Set<String> GENERIC_ITEM_WORDS = Words.stemsOf("conditions", "certain", "severe", "women",
            "people", "those", "levels", "regulate", "since", "heart", "cardiac", "blood", "disease", "medical",
            "consultation", "after");

    /** Words that put someone under a caution, as the article's caution lists do. */
    private static final Set<String> STRONG_CAUTION = Words.stemsOf("caution", "cautious", "careful", "avoid",
            "contraindicated", "contraindication", "warn", "warning", "unsafe", "dangerous", "risky");
    /** Evidence that states a caution of any kind, in a list or not. */
    private static final Pattern STATED_CAUTION = Pattern.compile(
            "\\b(?:caution|avoid|not recommended|careful|only after|contraindicat|risk|warn)");
    private static final Pattern CAUTION_LEAD_IN = Pattern.compile(
            ".*\\b(caution|avoid|not recommended|careful|only after|contraindicat).*");
    private static final Pattern SUITED_LEAD_IN = Pattern.compile(
            ".*\\b(ideal|suitable|suited|benefit|good candidates?|recommended for|consider).*:.*");

    private CautionsAsSuitability() {
    }

    /**
     * A sentence putting someone from a list of those suited to the treatment under a caution, where the evidence
     * states no caution at all (with a caution list in the evidence, the other checks judge who is on it).
     */
    static Optional<String> suitabilityAsCaution(Words sentence, String evidenceText) {
        if (sentence.stems().stream().noneMatch(STRONG_CAUTION::contains)
                || STATED_CAUTION.matcher(evidenceText.toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        return namesAnItem(sentence, evidenceText, SUITED_LEAD_IN) ? Optional.of("suitability presented as caution")
                : Optional.empty();
    }

    /** A sentence naming someone from a list of cautions as suited to the treatment, without the caution. */
    static Optional<String> firstConflict(Words sentence, String evidenceText) {
        if (sentence.stems().stream().noneMatch(POSITIVE_SUITABILITY::contains)
                || sentence.stems().stream().anyMatch(CAUTION_CUES::contains)) {
            return Optional.empty();
        }
        return namesAnItem(sentence, evidenceText, CAUTION_LEAD_IN) ? Optional.of("caution presented as suitability")
                : Optional.empty();
    }

    /**
     * Whether the sentence names an item of a list in the evidence whose lead-in line matches {@code leadIn}; an
     * item may follow its lead-in on the same line ("…caution for: People with…").
     */
    private static boolean namesAnItem(Words sentence, String evidenceText, Pattern leadIn) {
        boolean inList = false;
        for (String line : evidenceText.split("\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.isBlank()) {
                continue; // "…caution for:\n\n- People with…": a blank line between a lead-in and its items
            }
            if (!line.startsWith("- ")) {
                inList = leadIn.matcher(lower).matches();
                if (!inList || !lower.contains(":")) {
                    continue;
                }
                lower = lower.substring(lower.lastIndexOf(':') + 1);
            } else if (!inList) {
                continue;
            }
            Set<String> item = new HashSet<>(Words.of(lower, sentence.subject()).contentStems());
            item.removeAll(GENERIC_ITEM_WORDS);
            if (!item.isEmpty() && sentence.stems().stream().anyMatch(item::contains)) {
                return true;
            }
        }
        return false;
    }
}
