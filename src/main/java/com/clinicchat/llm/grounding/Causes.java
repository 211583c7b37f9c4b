package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
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
            + "due\\s+to|owing\\s+to|therefore|hence|thus|so\\s+that|(?<=,\\s{0,2})so(?=\\s)|"
            // a reason in a noun: "cramps are the main reason it is used", "the reason why"
            + "(?:the\\s+)?(?:(?:main|primary|chief|key|major|biggest|real|whole|only)\\s+)?reasons?(?:\\s+(?:why|that|for|behind))?)\\b");
    /**
     * A link that opens the sentence ("Because X, Y", "Since X, Y"): its first side runs to the first comma, its
     * second is the rest.
     */
    private static final Pattern OPENING_LINK = Pattern.compile("(?is)^\\W*(because(?:\\s+of)?|since|given\\s+that|"
            + "thanks\\s+to|as\\s+a\\s+(?:result|consequence)\\s+of|due\\s+to|owing\\s+to|by(?=\\s+[a-z]+ing\\b))\\s+([^,;:—–]+)[,;:—–]\\s*(\\S.*)$");
    /** What may stand before a link that opens a clause of its own: "…, and because", "…; since". */
    private static final Pattern EMBEDDED_OPENING = Pattern.compile("(?i)(?:,|;|\\band|\\bbut)\\s*$");
    /** Share of a side's claim words one passage must hold: a word or two in common is no statement of that side. */
    private static final double SIDE_SHARE = 1 / 3.0;
    /**
     * Share of the side after the link that some passage must hold for that side to be stated at all; a side sharing
     * less must mean nearly what a passage says (embedding cosine of the side against the passage), as a reworded
     * sentence must. A clause against a whole passage scores lower than a sentence would, hence a lower bar.
     */
    private static final double STATED_SHARE = 1 / 3.0;
    private static final double REWORDED_SIDE = 0.8;
    /** A passage that states a link of any kind (the words the articles use to explain). */
    private static final Pattern PASSAGE_LINK = Pattern.compile("(?i)\\b(?:caus\\w*|because|since|why|lead\\w*|led|"
            + "result\\w*|due|owing|therefore|hence|thus|so|through|via|help\\w*|allow\\w*|"
            + "mak\\w*|mean\\w*|trigger\\w*|contribut\\w*|link\\w*|associat\\w*|responsible|reduc\\w*|prevent\\w*|"
            + "regulat\\w*|thanks|ensur\\w*|for|by)\\b"
            // a participle after a comma gives what follows from the clause before it ("…blocker, relaxing vessels")
            + "|,\\s+[a-z]+ing\\b");

    private Causes() {
    }

    /**
     * Why the sentence's link is not stated by any single passage of its evidence, or empty when one passage states
     * both its sides (or the sentence makes no link).
     *
     * @param claims         the claim words of a piece of text (the verifier's own reading of content words)
     * @param namedOtherwise the sentence's claim words a passage names by another word of the same concept
     * @param closeness      how close in meaning a piece of text is to the nearest of the passages (embedding
     *                       cosine), so that the text is embedded once
     */
    static Optional<String> firstStitched(String sentence, Set<String> subject, List<String> evidence,
                                          BiFunction<String, Set<String>, Set<String>> claims,
                                          Function<Words, Set<String>> namedOtherwise,
                                          ToDoubleBiFunction<String, List<String>> closeness) {
        Matcher opening = OPENING_LINK.matcher(sentence);
        Matcher link = LINK.matcher(sentence);
        String linkWords;
        Set<String> before;
        String afterSide;
        if (opening.find()) {
            linkWords = opening.group(1);
            before = claims.apply(withoutReference(opening.group(2)), subject);
            afterSide = withoutReference(opening.group(3));
        } else if (link.find() && EMBEDDED_OPENING.matcher(sentence.substring(0, link.start())).find()
                && (opening = OPENING_LINK.matcher(sentence.substring(link.start()))).find()) {
            // "…, and because X, Y": the link opens the clause after "and", not the sentence's first half
            linkWords = opening.group(1);
            before = claims.apply(withoutReference(opening.group(2)), subject);
            afterSide = withoutReference(opening.group(3));
        } else if (link.find(0)) {
            linkWords = link.group();
            before = claims.apply(withoutReference(sentence.substring(0, link.start())), subject);
            afterSide = withoutReference(sentence.substring(link.end()));
        } else {
            return Optional.empty();
        }
        Set<String> after = claims.apply(afterSide, subject);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty(); // "Because it bypasses the gut." links to what came before: judged as it stands
        }
        // a word on both sides ("the relaxation mineral because … relaxes vessels") cannot show which side a
        // passage states: the side before the link is its other words
        Set<String> beforeOnly = new HashSet<>(before);
        beforeOnly.removeAll(after);
        boolean beforeSharesWithAfter = beforeOnly.size() < before.size();
        if (!beforeOnly.isEmpty()) {
            before = beforeOnly;
        }
        List<Words> passages = evidence.stream().map(passage -> Words.of(passage, subject)).toList();
        double[] shareBefore = new double[passages.size()];
        double[] shareAfter = new double[passages.size()];
        double bestBefore = 0;
        double bestAfter = 0;
        for (int i = 0; i < passages.size(); i++) {
            Set<String> named = namedOtherwise.apply(passages.get(i)); // "hypocalcaemia" for "low calcium"
            shareBefore[i] = share(before, passages.get(i), named);
            shareAfter[i] = share(after, passages.get(i), named);
            bestBefore = Math.max(bestBefore, shareBefore[i]);
            bestAfter = Math.max(bestAfter, shareAfter[i]);
        }
        if (bestBefore > 0 && bestAfter < STATED_SHARE && closeness.applyAsDouble(afterSide, evidence) < REWORDED_SIDE) {
            // what the link leads to ("…because magnesium crosses the placenta") is a claim of its own, which a word
            // or two shared with the passage does not state: the rest of the sentence carries the overlap for it
            return Optional.of("links to what no passage states: '" + linkWords.toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ") + "'");
        }
        if (bestBefore == 0 && beforeSharesWithAfter && before.size() >= 2 && bestAfter >= STATED_SHARE) {
            // what the link explains is stated nowhere, once the words it shares with its reason are set aside
            return Optional.of("gives a reason for what no passage states: '" + linkWords.toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ") + "'");
        }
        if (bestBefore == 0 || bestAfter == 0) {
            return Optional.empty(); // a side no passage words as the sentence does: the other checks judge it
        }
        // the passage that links must state both sides about as well as any passage does: a word of one side
        // ("deficiencies") in the passage that states the other is not that side
        double needBefore = Math.min(SIDE_SHARE, bestBefore);
        double needAfter = Math.min(SIDE_SHARE, bestAfter);
        for (int i = 0; i < passages.size(); i++) {
            if (shareBefore[i] >= needBefore && shareAfter[i] >= needAfter && PASSAGE_LINK.matcher(evidence.get(i)).find()) {
                return Optional.empty();
            }
        }
        return Optional.of("links what no one passage links: '" + linkWords.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                + "'");
    }

    /** What a side is compared with ("… than oral supplements"): judged by {@link Comparisons}, not part of the link. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:than|compared\\s+(?:to|with)|unlike)\\b[^,;:—–]*");

    private static String withoutReference(String side) {
        return REFERENCE.matcher(side).replaceAll(" ");
    }

    /** Share of a side's claim words the passage holds (by stem, five-letter start, or another name). */
    private static double share(Set<String> side, Words passage, Set<String> named) {
        Set<String> stems = new HashSet<>(passage.stems());
        long shared = side.stream().filter(stem -> stems.contains(stem) || named.contains(stem)
                || stem.length() >= 5 && stems.stream().anyMatch(s -> s.length() >= 5 && s.startsWith(stem.substring(0, 5))))
                .count();
        return shared / (double) side.size();
    }
}
