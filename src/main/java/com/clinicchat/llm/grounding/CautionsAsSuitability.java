package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One of the article's cautions turned into a recommendation: "ideal for people with kidney disease" where the
 * passage advises caution for people with kidney disease. Part of {@link Polarity}.
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

    private CautionsAsSuitability() {
    }

    /** A sentence naming someone from a list of cautions as suited to the treatment, without the caution. */
    static Optional<String> firstConflict(Words sentence, String evidenceText) {
        if (sentence.stems().stream().noneMatch(POSITIVE_SUITABILITY::contains)
                || sentence.stems().stream().anyMatch(CAUTION_CUES::contains)) {
            return Optional.empty();
        }
        boolean inCautionList = false;
        for (String line : evidenceText.split("\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (line.isBlank()) {
                continue; // "…caution for:\n\n- People with…": a blank line between a lead-in and its items
            }
            if (!line.startsWith("- ")) {
                inCautionList = lower.matches(".*\\b(caution|avoid|not recommended|careful|only after|contraindicat).*");
                if (!inCautionList || !lower.contains(":")) {
                    continue;
                }
                lower = lower.substring(lower.lastIndexOf(':') + 1);
            } else if (!inCautionList) {
                continue;
            }
            Set<String> item = new HashSet<>(Words.of(lower, sentence.subject()).contentStems());
            item.removeAll(GENERIC_ITEM_WORDS);
            if (!item.isEmpty() && sentence.stems().stream().anyMatch(item::contains)) {
                return Optional.of("caution presented as suitability");
            }
        }
        return Optional.empty();
    }
}
