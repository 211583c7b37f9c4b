package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparisons keep their sides. A passage saying "compared to A, B gives higher absorption" is contradicted by "A
 * absorbs better" (the sides swapped, the direction kept) and by "A is absorbed about as well as B" (a difference
 * made an equality), and said fairly by "A gives lower absorption than B" (sides and direction both swapped), which
 * the opposite-word check alone would take for a contradiction.
 */
final class Comparisons {

    /** How a sentence's comparison stands to its evidence's. */
    enum Relation { NONE, SAME_WAY, SWAPPED, CONFLICT }

    record Judgement(Relation relation, String reason) {
    }

    private static final Set<String> UP = Set.of("higher", "more", "better", "faster", "quicker", "greater",
            "stronger", "superior", "broader", "wider", "easier", "larger", "bigger");
    private static final Set<String> DOWN = Set.of("lower", "less", "slower", "slowly", "worse", "weaker", "poorer",
            "inferior", "fewer", "narrower", "harder", "smaller");
    /** What follows one of these is the side a comparison measures against. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:than|compared (?:to|with)|in comparison (?:to|with)|relative to|unlike|versus|vs\\.?)\\s+([^,;.:!?()]+)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|\\b(?:but|while|whereas|although|though|and)\\b");
    /**
     * "about as well as", "just as effective as", "just as fast and reliable as", "the same as", "no faster than",
     * "similar absorption": a difference denied.
     */
    private static final Pattern EQUALITY = Pattern.compile(
            "\\b(?:about|just|nearly|almost|roughly|equally|every bit|practically|essentially)\\s+as\\s+\\w+(?:\\s+\\w+){0,2}\\s+as\\b"
                    + "|\\bas\\s+(?:good|effective|fast|quick|quickly|reliable|reliably|efficient|efficiently|strong|"
                    + "well absorbed|absorbable)\\s+as\\b"
                    + "|\\b(?:the same as|no (?:better|faster|quicker|more \\w+|different) than|equally (?:well|effective|"
                    + "good|fast)|on (?:a )?par with|comparable to|no real difference|no difference)\\b"
                    // "offer similar absorption", "comparable results", "the same benefits": alike, in an adjective
                    + "|\\b(?:similar|comparable|equivalent|equal|identical|matching|the same)\\s+(?!to\\b)[a-z]+"
                    // "oral supplements match an IV drip for absorption": alike, in a verb
                    + "|\\b(?:match(?:es)?|rivals?|equals)\\s+(?:an?|the|that of|those of)\\b");
    /**
     * "equally reliable", "as dependable as": alike in a quality named by any word. Read only where the evidence's
     * comparison names that quality itself ("faster and more reliable relief than…"), since "equally" and "as … as"
     * say many things ("as soon as", "affects both equally") that compare nothing the passage compares.
     */
    private static final Pattern ALIKE_IN = Pattern.compile("\\bequally\\s+([a-z]+)|\\bas\\s+(?!(?:well|soon|long|far|much|"
            + "many|little|few|early|late|often|such|yet|if|though|part|a|an|the|to|of|for)\\b)([a-z]+)\\s+as\\b");
    /** Where a sentence's comparisons part: "…faster, though oral supplements…", "…; tablets…". */
    private static final Pattern SENTENCE_CLAUSES = Pattern.compile(";|\\b(?:though|although|but|while|whereas)\\b");
    private static final Pattern PIECES = Pattern.compile("\\n+|(?<=[.!?])\\s+");
    /**
     * Words that name neither side. The articles' subject words do not either: what every passage is about stands on
     * both sides ("oral" or "IV" whatever the articles are about).
     */
    private static final Set<String> NOT_SIDE = Set.of("a", "an", "the", "of", "to", "with", "for", "is", "are",
            "it", "its", "this", "that", "their", "they", "and", "or", "in", "on", "by", "be", "much", "far", "even",
            "actually", "really", "generally", "usually", "typically", "often", "can", "may", "will", "does", "do",
            "compared", "than");

    private Comparisons() {
    }

    /**
     * Each clause of the sentence that compares is judged on its own: "an IV drip works faster, though oral
     * supplements are absorbed more completely" agrees in its first clause and turns the passage round in its second.
     *
     * @param subject the articles' subject words, which name neither side
     */
    static Judgement judge(String sentence, String evidence, Set<String> subject) {
        String[] clauses = SENTENCE_CLAUSES.split(sentence.toLowerCase(Locale.ROOT));
        if (clauses.length == 1) {
            return judgeClause(sentence, evidence, subject);
        }
        boolean same = false;
        boolean swapped = false;
        for (String clause : clauses) {
            Judgement judgement = judgeClause(clause, evidence, subject);
            switch (judgement.relation()) {
                case CONFLICT -> {
                    return judgement;
                }
                case SAME_WAY -> same = true;
                case SWAPPED -> swapped = true;
                case NONE -> { }
            }
        }
        // a clause that swaps both sides says the same thing: the opposite-word check is off for the sentence then
        return new Judgement(swapped ? Relation.SWAPPED : same ? Relation.SAME_WAY : Relation.NONE, "");
    }

    /** Judged against each sentence of the evidence that compares: a conflict counts unless another agrees. */
    private static Judgement judgeClause(String sentence, String evidence, Set<String> subject) {
        Judgement conflict = null;
        boolean swapped = false;
        for (String piece : PIECES.split(evidence.toLowerCase(Locale.ROOT))) {
            Judgement judgement = judgeOne(sentence.toLowerCase(Locale.ROOT), piece, subject);
            switch (judgement.relation()) {
                case SAME_WAY -> {
                    return judgement;
                }
                case CONFLICT -> conflict = conflict == null ? judgement : conflict;
                case SWAPPED -> swapped = true;
                case NONE -> { }
            }
        }
        if (conflict != null && !swapped) {
            return conflict;
        }
        return new Judgement(swapped ? Relation.SWAPPED : Relation.NONE, "");
    }

    private static Judgement judgeOne(String said, String evidence, Set<String> subject) {
        Optional<String> ranked = rankedWhatIsAlike(said, evidence);
        if (ranked.isPresent()) {
            return new Judgement(Relation.CONFLICT, "ranked what the passage calls alike: " + ranked.get());
        }
        Optional<Comparison> theirs = Comparison.in(evidence, subject);
        if (theirs.isEmpty()) {
            return new Judgement(Relation.NONE, "");
        }
        Matcher equality = EQUALITY.matcher(said);
        if (equality.find() && !theirs.get().reference().isEmpty() && !EQUALITY.matcher(evidence).find()) {
            return new Judgement(Relation.CONFLICT, "made alike what the passage compares: " + equality.group());
        }
        Matcher alike = ALIKE_IN.matcher(said);
        while (alike.find()) {
            String quality = alike.group(1) != null ? alike.group(1) : alike.group(2);
            if (!theirs.get().reference().isEmpty() && !EQUALITY.matcher(evidence).find()
                    && !ALIKE_IN.matcher(evidence).find()
                    && Words.of(evidence).stems().containsAll(Words.of(quality).stems())
                    && !Words.of(quality).stems().isEmpty()) {
                return new Judgement(Relation.CONFLICT, "made alike what the passage compares: " + alike.group());
            }
        }
        Optional<Comparison> ours = Comparison.in(said, subject);
        if (ours.isEmpty() || ours.get().direction() == 0) {
            return new Judgement(Relation.NONE, "");
        }
        Set<String> theirSubject = minus(theirs.get().subject(), theirs.get().reference());
        Set<String> theirReference = minus(theirs.get().reference(), theirs.get().subject());
        // the side the sentence measures against tells the most; without one, the side it compares
        Set<String> side = ours.get().reference().isEmpty() ? ours.get().subject() : ours.get().reference();
        boolean asTheirs = intersects(side, ours.get().reference().isEmpty() ? theirSubject : theirReference);
        boolean asOther = intersects(side, ours.get().reference().isEmpty() ? theirReference : theirSubject);
        if (asTheirs == asOther || theirs.get().direction() == 0) {
            return new Judgement(asTheirs ? Relation.SAME_WAY : Relation.NONE, "");
        }
        if (asTheirs) {
            return new Judgement(Relation.SAME_WAY, "");
        }
        if (ours.get().direction() == theirs.get().direction()) {
            return new Judgement(Relation.CONFLICT, "comparison turned round");
        }
        return new Judgement(Relation.SWAPPED, "");
    }

    /** "more essential … than", "less important than": a difference in the quality that follows. */
    private static final Pattern DIFFERENCE_IN = Pattern.compile("\\b(?:more|less)\\s+([a-z]+)\\b(?=[^,;:.!?]*\\bthan\\b)");

    /**
     * The other way round from "made alike": the passage calls two things alike in a quality ("equally essential",
     * "as important as") and the sentence puts one above the other in that same quality ("more essential for muscles
     * than for the heart"), which the passage does not say.
     */
    private static Optional<String> rankedWhatIsAlike(String said, String evidence) {
        Set<String> alikeIn = new HashSet<>();
        Matcher alike = ALIKE_IN.matcher(evidence);
        while (alike.find()) {
            alikeIn.addAll(Words.of(alike.group(1) != null ? alike.group(1) : alike.group(2)).stems());
        }
        if (alikeIn.isEmpty()) {
            return Optional.empty();
        }
        Matcher difference = DIFFERENCE_IN.matcher(said);
        while (difference.find()) {
            List<String> quality = Words.of(difference.group(1)).stems();
            if (!quality.isEmpty() && alikeIn.containsAll(quality)) {
                return Optional.of(difference.group());
            }
        }
        return Optional.empty();
    }

    /**
     * @param subject   the side that is compared (words of the clause before the comparative)
     * @param reference the side it is compared with
     * @param direction +1 when every comparative says more of something, -1 when every one says less, 0 when mixed
     */
    private record Comparison(Set<String> subject, Set<String> reference, int direction) {

        static Optional<Comparison> in(String text, Set<String> subject) {
            List<String> words = Words.of(text).words();
            int comparative = -1;
            int up = 0;
            int down = 0;
            for (int i = 0; i < words.size(); i++) {
                boolean isUp = UP.contains(words.get(i));
                boolean isDown = DOWN.contains(words.get(i));
                if (isUp || isDown) {
                    comparative = comparative < 0 ? i : comparative;
                    up += isUp ? 1 : 0;
                    down += isDown ? 1 : 0;
                }
            }
            if (comparative < 0) {
                return Optional.empty();
            }
            Set<String> reference = new HashSet<>();
            Matcher marker = REFERENCE.matcher(text);
            String rest = text;
            if (marker.find()) {
                reference.addAll(side(marker.group(1), subject));
                rest = text.substring(0, marker.start()) + " , " + text.substring(marker.end());
            }
            // the subject: the clause holding the first comparative, up to it
            String beforeComparative = prefixUpTo(rest, words.get(comparative));
            String[] clauses = CLAUSE_BREAK.split(beforeComparative, -1);
            Set<String> compared = side(clauses[clauses.length - 1], subject);
            int direction = up > 0 && down == 0 ? 1 : down > 0 && up == 0 ? -1 : 0;
            return Optional.of(new Comparison(compared, reference, direction));
        }

        private static String prefixUpTo(String text, String word) {
            Matcher at = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
            return at.find() ? text.substring(0, at.start()) : text;
        }

        private static Set<String> side(String phrase, Set<String> subject) {
            Words words = Words.of(phrase, subject);
            Set<String> side = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                if (!NOT_SIDE.contains(words.words().get(i)) && !subject.contains(words.words().get(i)) && !UP.contains(words.words().get(i))
                        && !DOWN.contains(words.words().get(i))) {
                    side.add(words.stems().get(i));
                }
            }
            return side;
        }
    }

    private static Set<String> minus(Set<String> one, Set<String> other) {
        Set<String> rest = new HashSet<>(one);
        rest.removeAll(other);
        return rest;
    }

    private static boolean intersects(Set<String> one, Set<String> other) {
        return one.stream().anyMatch(other::contains);
    }
}
