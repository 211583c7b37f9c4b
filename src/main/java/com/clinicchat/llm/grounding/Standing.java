package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule, an authority or the public says of a treatment or an organisation: that it is permitted, approved or
 * certified ("permitted under anti-doping rules", "approved by the sports council"), or how it is rated or ranked
 * ("the state's highest-rated clinic", "an award-winning team", "the leading provider"). A model adds such standing to
 * a sentence that otherwise repeats its passage, and overlap lets it through; it is a fact a visitor relies on, so
 * the evidence must state it with the same word. General English words only, no article's topic.
 */
final class Standing {

    /** Verbs of permission and approval, said of something (passive: "is permitted", "are approved by …"). */
    private static final String GRANTED = "permitted|allowed|approved|authori[sz]ed|sanctioned|cleared|endorsed|"
            + "certified|accredited|licensed|registered|recommended|recogni[sz]ed|banned|prohibited|forbidden|"
            + "legal|illegal|lawful|regulated";
    private static final Pattern PERMISSION = Pattern.compile("(?i)\\b(?:is|are|be|been|being|was|were|remains?|"
            + "stays?|it's|they're)\\s+(?:(?:also|now|fully|officially|widely|generally|formally|still|not)\\s+)?"
            + "(" + GRANTED + ")\\b(?!\\s+(?:to|that)\\b)"
            // "permitted under the rules", "approved by the agency", "FDA-approved": who grants it
            + "|\\b(" + GRANTED + ")\\s+(?:under|by)\\b|\\b[a-z]+-(approved|certified|accredited|endorsed|licensed|"
            + "sanctioned)\\b");
    /** How an organisation or a treatment is rated or ranked by others. */
    private static final Pattern RATING = Pattern.compile("(?i)\\b[a-z]+-(rated|ranked|reviewed|winning)\\b"
            + "|\\b(rated|ranked|voted|named)\\s+(?:as\\s+)?(?:the\\s+|a\\s+)?(?:#|no\\.?\\s|number|top|best|first|"
            + "highest|leading)"
            // "the state's premier clinic", "a renowned team" ("the leading", "the foremost" are ranks that
            // StrongerClaims reads)
            + "|(?:\\b(?:the|a|an)|['’]s)\\s+(premier|finest|renowned|acclaimed|reputable|number one|#1|most trusted|"
            + "most popular|most respected)(?=\\s+[a-z])");

    private Standing() {
    }

    /** The first standing the sentence claims that the evidence does not state in the same word; empty when none. */
    static Optional<String> firstUnstated(String sentence, Words evidence) {
        Set<String> evidenceStems = new HashSet<>(evidence.stems());
        for (Pattern pattern : new Pattern[] {PERMISSION, RATING}) {
            Matcher claim = pattern.matcher(sentence);
            while (claim.find()) {
                String word = null;
                for (int group = 1; group <= claim.groupCount() && word == null; group++) {
                    word = claim.group(group);
                }
                java.util.List<String> stems = Words.of(word).stems();
                if (!stems.isEmpty() && !evidenceStems.containsAll(stems)) {
                    return Optional.of("a standing the passages do not state: " + claim.group().strip());
                }
            }
        }
        return Optional.empty();
    }
}
