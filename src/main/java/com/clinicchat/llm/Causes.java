package com.clinicchat.llm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cause or reason that joins two facts ("cramps are caused by lactic acid buildup", "…, which is why…") is a claim
 * of its own: one passage must state both facts and the link. Two passages that each state one fact do not make the
 * link, however well their words cover the sentence.
 */
final class Causes {

    /** The link, with what comes before it as one side and what follows as the other. */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:(?:is|are|was|were|being)\\s+(?:(?:mainly|mostly|"
            + "often|usually|largely|partly|primarily)\\s+)?caused\\s+by|causes?|causing|because(?:\\s+of)?|"
            + "which\\s+is\\s+why|that(?:'s|’s|\\s+is)\\s+why|this\\s+is\\s+why|leads?\\s+to|led\\s+to|leading\\s+to|"
            + "as\\s+a\\s+(?:result|consequence)(?:\\s+of)?|results?\\s+in|resulting\\s+in|results?\\s+from|"
            + "due\\s+to|owing\\s+to|therefore|hence|thus|so\\s+that)\\b");
    /** A passage that states a link of any kind (the words the articles use to explain). */
    private static final Pattern PASSAGE_LINK = Pattern.compile("(?i)\\b(?:caus\\w*|because|since|why|lead\\w*|led|"
            + "result\\w*|due|owing|therefore|hence|thus|so|through|via|help\\w*|allow\\w*|"
            + "mak\\w*|mean\\w*|trigger\\w*|contribut\\w*|link\\w*|associat\\w*|responsible|reduc\\w*|prevent\\w*|"
            + "regulat\\w*|thanks)\\b");

    private Causes() {
    }

    /**
     * Why the sentence's link is not stated by any single passage of its evidence, or empty when one passage states
     * both its sides (or the sentence makes no link).
     *
     * @param claims         the claim words of a piece of text (the verifier's own reading of content words)
     * @param namedOtherwise the sentence's claim words a passage names by another word of the same concept
     */
    static Optional<String> firstStitched(String sentence, Set<String> subject, List<String> evidence,
                                          BiFunction<String, Set<String>, Set<String>> claims,
                                          Function<Words, Set<String>> namedOtherwise) {
        Matcher link = LINK.matcher(sentence);
        if (!link.find()) {
            return Optional.empty();
        }
        Set<String> before = claims.apply(sentence.substring(0, link.start()), subject);
        Set<String> after = claims.apply(sentence.substring(link.end()), subject);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty(); // "Because it bypasses the gut." links to what came before: judged as it stands
        }
        for (String passage : evidence) {
            Words words = Words.of(passage, subject);
            Set<String> named = namedOtherwise.apply(words); // "hypocalcaemia" for "low calcium"
            if (shares(before, words, named) && shares(after, words, named) && PASSAGE_LINK.matcher(passage).find()) {
                return Optional.empty();
            }
        }
        return Optional.of("links what no one passage links: '" + link.group().toLowerCase(Locale.ROOT) + "'");
    }

    private static boolean shares(Set<String> side, Words passage, Set<String> named) {
        Set<String> stems = new HashSet<>(passage.stems());
        return side.stream().anyMatch(stem -> stems.contains(stem) || named.contains(stem)
                || stem.length() >= 5 && stems.stream().anyMatch(s -> s.length() >= 5 && s.startsWith(stem.substring(0, 5))));
    }
}
