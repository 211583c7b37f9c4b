package com.clinicchat.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clauses a sentence adds to words the evidence backs, which the evidence must back on their own: the repeated words
 * carry the overlap for the whole sentence, so the addition would pass unseen. Part of {@link GroundingVerifier}.
 */
final class AddedClauses {

    /** Shortest run of words repeated from a passage that makes the rest of the sentence an addition to it. */
    private static final int VERBATIM_RUN = 7;
    /** Words that open a clause joined on to a sentence. */
    private static final Set<String> CLAUSE = Set.of("and", "but", "plus", "while", "whereas", "which", "who", "so",
            "yet", "though", "although", "where", "as", "because", "since");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    private final double minOverlap;
    private final BiFunction<String, Set<String>, Set<String>> claimStems;

    /**
     * @param minOverlap share of a clause's claim words the evidence must contain, as of a whole sentence
     * @param claimStems the claim words of a piece of text, given the subject words
     */
    AddedClauses(double minOverlap, BiFunction<String, Set<String>, Set<String>> claimStems) {
        this.minOverlap = minOverlap;
        this.claimStems = claimStems;
    }

    /**
     * The first clause added to words the evidence backs that the evidence does not back itself: a clause appended to
     * a passage repeated word for word, a gloss, an effect chained on with "also", an aside in brackets.
     */
    Optional<String> firstUnsupported(String text, Words words, List<String> cited, Words evidence,
                                      Set<String> namedOtherwise) {
        Optional<String> appended = appendedClause(text, words, cited, evidence);
        if (appended.isPresent()) {
            return appended;
        }
        Optional<String> gloss = unsupportedGloss(text, words, evidence, namedOtherwise);
        if (gloss.isPresent()) {
            return gloss;
        }
        Optional<String> also = unsupportedAddition(text, words, evidence, namedOtherwise);
        if (also.isPresent()) {
            return also;
        }
        Optional<String> aside = unsupportedAside(text, words, evidence, namedOtherwise);
        if (aside.isPresent()) {
            return aside;
        }
        Optional<String> relative = unsupportedRelative(text, words, evidence, namedOtherwise);
        if (relative.isPresent()) {
            return relative;
        }
        Optional<String> qualifier = unsupportedClause(QUALIFIER, false, "adds a qualifier the passages do not give: "
                + "'%s' (overlap %.2f)", text, words, evidence, namedOtherwise);
        if (qualifier.isPresent()) {
            return qualifier;
        }
        Optional<String> condition = unsupportedClause(CONDITION, false, "adds a condition the passages do not give: "
                + "'%s' (overlap %.2f)", text, words, evidence, namedOtherwise);
        if (condition.isPresent()) {
            return condition;
        }
        return unsupportedClause(WIDER_AREA, false, "widens the area beyond the passages: '%s' (overlap %.2f)", text,
                words, evidence, namedOtherwise);
    }

    /**
     * A passage sentence repeated word for word with a clause of the model's own appended ("…treatment courses, and
     * it's a favourite among pro football teams"): the repeated run carries the overlap for the whole sentence, so
     * what lies outside it must be supported on its own — most of its content words in the evidence.
     */
    private Optional<String> appendedClause(String text, Words words, List<String> cited, Words evidence) {
        List<String> tokens = tokens(text);
        int bestStart = 0;
        int bestLength = 0;
        for (String citedPassage : cited) {
            List<String> passage = tokens(citedPassage);
            for (int i = 0; i < tokens.size(); i++) {
                for (int j = 0; j < passage.size(); j++) {
                    int k = 0;
                    while (i + k < tokens.size() && j + k < passage.size() && tokens.get(i + k).equals(passage.get(j + k))) {
                        k++;
                    }
                    if (k > bestLength) {
                        bestLength = k;
                        bestStart = i;
                    }
                }
            }
        }
        // appended: the sentence opens with the passage's words (after a word or two such as "so" or "also") and
        // goes on with a clause of its own; a sentence that rewords part of a passage and repeats the rest is a
        // paraphrase, judged by overlap as a whole
        int end = bestStart + bestLength;
        if (bestLength < VERBATIM_RUN || bestStart > 2 || end == tokens.size() || !CLAUSE.contains(tokens.get(end))) {
            return Optional.empty();
        }
        String rest = String.join(" ", tokens.subList(0, bestStart)) + " . "
                + String.join(" ", tokens.subList(end, tokens.size()));
        Set<String> restContent = claimStems.apply(rest, words.subject());
        if (restContent.size() < 2) {
            return Optional.empty();
        }
        double restOverlap = GroundingVerifier.overlap(restContent, evidence);
        if (restOverlap >= minOverlap) {
            return Optional.empty();
        }
        return Optional.of(String.format("adds to a passage's words what it does not say: overlap of the rest %.2f",
                restOverlap));
    }

    /**
     * What introduces a gloss: the model explaining a word in its own ("…, which means…", "…, i.e.…", "…, which is a
     * kind of…", "in other words…").
     */
    private static final Pattern GLOSS = Pattern.compile("(?i)(?:\\bwhich\\s+(?:simply\\s+|basically\\s+)?means?"
            + "(?:\\s+that)?|,\\s*meaning(?:\\s+that)?|\\bi\\.\\s?e\\.?,?|,\\s*that\\s+is(?:\\s+to\\s+say)?,|"
            + "\\bin\\s+other\\s+words,?|\\b(?:this|that)\\s+means(?:\\s+that)?|\\b(?:which|that)\\s+(?:is|are)\\s+(?:a|an)\\s+(?:kind|type|form|sort|class|group)"
            + "\\s+of|,\\s*(?:a|an)\\s+(?:kind|type|form|sort|class)\\s+of|\\bwhich\\s+refers?\\s+to|\\b(?:also|otherwise)\\s+(?:called|known\\s+as)|\\bor\\s+simply|"
            + "\\b(?:put\\s+simply|simply\\s+put|in\\s+plain\\s+(?:english|terms|words)),?)\\s+([^,;:()\\[\\]—–]+)");

    /**
     * A gloss says what a word means, and a made-up one ("ATP, which is a kind of vitamin", "nocturnal cramps, which
     * means cramps that come in the morning") adds a fact while the rest of the sentence repeats the passage and
     * carries the overlap: the gloss must be supported on its own, most of its claim words in the evidence.
     */
    private Optional<String> unsupportedGloss(String text, Words words, Words evidence, Set<String> namedOtherwise) {
        // "In other words, …" opening the sentence restates the one before: the whole sentence is the claim
        return unsupportedClause(GLOSS, true, "a gloss the passages do not give: '%s' (overlap %.2f)", text, words,
                evidence, namedOtherwise);
    }

    /**
     * The first clause {@code pattern} captures (group 1) whose claim words are mostly missing from the evidence, as
     * {@code reason} formatted with the clause and its overlap; with {@code notAtStart}, a match opening the sentence
     * is passed over.
     */
    private Optional<String> unsupportedClause(Pattern pattern, boolean notAtStart, String reason, String text,
                                               Words words, Words evidence, Set<String> namedOtherwise) {
        Matcher clause = pattern.matcher(text);
        while (clause.find()) {
            if (notAtStart
                    && text.substring(0, clause.start()).replaceAll("[^\\p{L}\\p{N}]", "").isEmpty()) {
                continue;
            }
            Set<String> content = claimStems.apply(clause.group(1), words.subject());
            double overlap = GroundingVerifier.overlap(content, evidence, namedOtherwise);
            if (!content.isEmpty() && overlap < minOverlap) {
                return Optional.of(String.format(reason, clause.group(1).strip(), overlap));
            }
        }
        return Optional.empty();
    }

    /**
     * What chains one more effect onto the one before it ("…spasms, which also helps shorten heavy periods", "…and
     * also sharpens memory"): "also" says something is added, not restated.
     */
    private static final Pattern ALSO = Pattern.compile("(?i)(?:,\\s*(?:which|that|and)\\s+|\\band\\s+|,\\s*)(?:it\\s+|this\\s+)?"
            + "also\\s+([^,;:()\\[\\]—–]+)");

    /**
     * An effect chained on with "also" is a claim of its own, while the effect before it repeats the passage and
     * carries the overlap for the whole sentence: the chained clause must be supported on its own, most of its claim
     * words in the evidence (as a gloss must).
     */
    private Optional<String> unsupportedAddition(String text, Words words, Words evidence,
                                                 Set<String> namedOtherwise) {
        return unsupportedClause(ALSO, false, "adds an effect the passages do not give: 'also %s' (overlap %.2f)",
                text, words, evidence, namedOtherwise);
    }

    /**
     * An aside in brackets that adds to what it follows: "(and neighboring states)", "(or their families)", "(plus
     * athletes)", "(as well as …)", "(also …)".
     */
    private static final Pattern ADDED_ASIDE = Pattern.compile("(?i)\\(\\s*(?:and|or|plus|as well as|along with|"
            + "together with|also|even)\\s+([^()\\[\\]]+)\\)");

    /**
     * A bracketed addition is a claim of its own, while the words around it repeat the passage and carry the overlap
     * for the whole sentence: what it adds must be supported on its own, most of its claim words in the evidence
     * (as a gloss must).
     */
    private Optional<String> unsupportedAside(String text, Words words, Words evidence, Set<String> namedOtherwise) {
        return unsupportedClause(ADDED_ASIDE, false, "adds in brackets what the passages do not give: '%s' "
                + "(overlap %.2f)", text, words, evidence, namedOtherwise);
    }

    /**
     * An area joined on to the one the passage names ("across Utah and neighbouring states", "in Leeds or nearby
     * towns"), the bracketless form of {@link #ADDED_ASIDE}: a wider reach is a claim of its own.
     */
    private static final Pattern WIDER_AREA = Pattern.compile("(?i)\\b(?:and|or|plus|as well as|along with)\\s+"
            + "((?:the\\s+)?(?:neighbou?ring|nearby|surrounding|adjacent|other|all|most|many)\\s+(?:states?|areas?|towns?|"
            + "cities|city|regions?|countries|country|counties|county|provinces?|suburbs?|villages?))\\b");

    /**
     * A clause set off by a comma that says more about what it follows ("older adults, who make up most of our
     * clients"); glosses and "also" clauses have their own checks.
     */
    private static final Pattern RELATIVE = Pattern.compile("(?i),\\s*(?:who|which)\\s+(?!(?:simply\\s+|basically\\s+)?"
            + "means?\\b|also\\b|(?:is|are)\\s+(?:a|an)\\s+(?:kind|type|form|sort|class|group)\\b)([^,;:()\\[\\]—–]+)");

    /**
     * A qualifier set off by a comma that narrows when, for whom or how ("…after a medical consultation, ideally after
     * the first trimester", "…, especially for older runners"): a condition of its own, while the words before it
     * repeat the passage and carry the overlap.
     */
    private static final Pattern QUALIFIER = Pattern.compile("(?i),\\s*(?:ideally|preferably|especially|"
            + "particularly|usually|typically|normally|generally|mainly|mostly|best|most\\s+often)\\s+([^,;:()\\[\\]—–]+)");

    /**
     * A condition the sentence sets ("…, provided the athlete also drinks enough water", "unless their kidneys have
     * been checked", "as long as they feel well"): a claim of its own about when the rest holds, while the words
     * before it repeat the passage and carry the overlap. "Provided" must open a clause ("provided that", "provided
     * the…"), not be the verb it also is ("provided by IV magnesium").
     */
    private static final Pattern CONDITION = Pattern.compile("(?i)(?:\\b(?:as|so)\\s+long\\s+as|\\bonly\\s+if|\\bunless|"
            + "\\bon\\s+(?:the\\s+)?condition\\s+that|\\bprovided(?:\\s+that|(?=\\s+(?:the|a|an|they|it|there|he|she|you|we|their|"
            + "his|her|your|our|this|these|those)\\b)))\\s+([^,;:()\\[\\]—–]+)");

    /**
     * A comma's relative clause is a claim of its own about what it follows, while the words before it repeat the
     * passage and carry the overlap for the whole sentence: with two claim words or more it must share at least a
     * quarter of them with the evidence, the floor a joined predicate is held to.
     */
    private Optional<String> unsupportedRelative(String text, Words words, Words evidence,
                                                 Set<String> namedOtherwise) {
        return unsupportedLoosely(RELATIVE, 2, "adds a clause the passages do not give: '%s' (overlap %.2f)", text,
                words, evidence, namedOtherwise);
    }

    /**
     * A predicate joined on with "and": "…, and it avoids …", "… and helps people …", "… and can even clear …" (a
     * pronoun, a modal with "even", or a verb in "-s" right after "and", past an adverb). Plain lists ("X and Y") and
     * a new subject ("and magnesium is …", which restates what it refers back to) are not matched.
     */
    private static final Pattern JOINED = Pattern.compile("(?i)\\band\\s+((?:(?:it|this|they)\\s+(?:[a-z]+ly\\s+)?"
            + "(?:(?:can|may|might|could|will|would)\\s+)?(?:even\\s+)?[a-z]+|(?:(?:can|may|might|could|will)\\s+)?"
            + "even\\s+[a-z]+|(?:[a-z]+ly\\s+)?[a-z]+[^s\\W]s)\\b[^,;:()\\[\\]—–]*)");
    /** Fewer claim words than this in a joined predicate are a quality or a thing, judged with the whole sentence. */
    private static final int MIN_JOINED_CLAIMS = 3;

    /**
     * A predicate joined on with "and" is an outcome of its own ("…absorption is faster, and it avoids the stomach
     * upsets tablets cause"), while the clause before it repeats the passage and carries the overlap for the whole
     * sentence: with three claim words or more, it must be supported on its own, if less strictly than an "also"
     * clause (which says outright that it adds): at least a quarter of its claim words in the evidence.
     */
    Optional<String> unsupportedJoined(String text, Words words, Words evidence, Set<String> namedOtherwise) {
        return unsupportedLoosely(JOINED, MIN_JOINED_CLAIMS, "joins on an outcome the passages do not give: '%s' "
                + "(overlap %.2f)", text, words, evidence, namedOtherwise);
    }

    /**
     * The first clause {@code pattern} captures (group 1) with at least {@code minClaims} claim words that shares
     * less than half the usual overlap with the evidence: the floor a reworded sentence is held to ("and they can
     * come to you at home" for "we bring treatments to your home" rewords; a clause sharing less says something
     * else). A clause is too short for the embedding to judge against a whole passage.
     */
    private Optional<String> unsupportedLoosely(Pattern pattern, int minClaims, String reason, String text,
                                                Words words, Words evidence, Set<String> namedOtherwise) {
        Matcher clause = pattern.matcher(text);
        while (clause.find()) {
            Set<String> content = claimStems.apply(clause.group(1), words.subject());
            double overlap = GroundingVerifier.overlap(content, evidence, namedOtherwise);
            if (content.size() >= minClaims && overlap < minOverlap / 2) {
                return Optional.of(String.format(reason, clause.group(1).strip(), overlap));
            }
        }
        return Optional.empty();
    }

    /** Lower-case words and numbers, an apostrophe's ending kept with its word ("it's"). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
