package com.clinicchat.llm.grounding;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a sentence or passage, lower-cased and stemmed (Lucene's Snowball English stemmer), so that
 * "tolerate" meets "tolerated" and "restores" meets "restore" when claims are compared.
 *
 * @param words   the words as written, lower case, in order ("don't" → "don't")
 * @param stems   the stem of each word, same order
 * @param subject the words naming what the clinic's articles are about ({@code knowledge.SubjectWords}): filler here,
 *                since a sentence says nothing by naming the subject every passage is about
 */
record Words(List<String> words, List<String> stems, Set<String> subject) {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:['’][a-z]+)?");

    /**
     * Words that say nothing by themselves; overlap is measured on the rest. Besides plain English, the words of any
     * IV clinic ("iv", "drip", "infusion", "therapy"): what the clinic does, not what one article is about. What an
     * article is about comes from the articles ({@link #subject()}).
     */
    static final Set<String> FILLER = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "as", "into", "than", "that", "this", "these", "those", "it", "its", "it's", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "which", "who",
            "whom", "what", "when", "where", "while", "also", "so", "such", "their", "they", "them", "there", "here",
            "both", "either", "each", "other", "very", "just", "about", "like", "well", "how", "why", "if", "then",
            "through", "over", "up", "out", "more", "most", "much", "many", "some", "any", "can", "could", "may",
            "might", "will", "would", "shall", "should", "must", "one", "ones", "people", "person", "someone",
            "help", "helps", "helping", "helped", "make", "makes", "making", "made", "provide", "provides", "providing",
            "give", "gives", "giving", "get", "gets", "getting", "use", "used", "uses", "using", "way", "ways", "thing",
            "things", "including", "include", "includes", "especially", "particularly", "often", "typically",
            "usually", "generally", "even", "too", "only", "all", "every", "because", "since", "although", "though",
            "however", "additionally", "moreover", "furthermore", "overall", "according", "article", "articles",
            "passage", "passages", "says", "say", "said", "notes", "note", "mentions", "mentioned", "explains",
            "states", "describes", "highlights", "yes", "no", "not", "good", "great", "news", "key", "important",
            "iv", "intravenous", "drip", "drips", "infusion", "infusions", "therapy", "therapies",
            "treatment", "treatments", "mg", "s", "eg", "ie", "etc");

    /** Negations written without their apostrophe, as small models and hurried people do. */
    private static final java.util.Map<String, String> SLOPPY_NEGATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("dont", "don't"), java.util.Map.entry("doesnt", "doesn't"),
            java.util.Map.entry("didnt", "didn't"), java.util.Map.entry("isnt", "isn't"),
            java.util.Map.entry("arent", "aren't"), java.util.Map.entry("wasnt", "wasn't"),
            java.util.Map.entry("werent", "weren't"), java.util.Map.entry("cant", "can't"),
            java.util.Map.entry("couldnt", "couldn't"), java.util.Map.entry("shouldnt", "shouldn't"),
            java.util.Map.entry("wouldnt", "wouldn't"), java.util.Map.entry("havent", "haven't"),
            java.util.Map.entry("hasnt", "hasn't"));

    /**
     * Multi-word connectives and idioms read as the words that say the same: "in place of" is "instead of" (so it meets the
     * opposite of "alongside"), "along with" is "alongside"; "e.g." and "i.e." are abbreviations, not a gram.
     */
    private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
            Map.entry(Pattern.compile("\\b(?:in place of|as an? (?:substitute|replacement|alternative) (?:for|to))\\b"),
                    "instead of"),
            Map.entry(Pattern.compile("\\b(?:along with|together with|in addition to|on top of)\\b"), "alongside"),
            // everyday idioms for what passages say formally: "clear up by themselves" is "resolve on their own",
            // "keep a close eye on" is "closely monitor", "handle it well" is "tolerate it well"
            Map.entry(Pattern.compile("\\b(?:clear(?:s|ed|ing)? up|go(?:es)? away|went away|gone away|wear(?:s)? off|wore off|"
                    + "settle(?:s|d)?(?= (?:down )?(?:by|on) (?:themselves|itself|their own|its own)))\\b"), "resolve"),
            Map.entry(Pattern.compile("\\b(?:by themselves|of their own accord)\\b"), "on their own"),
            Map.entry(Pattern.compile("\\b(?:by itself|of its own accord)\\b"), "on its own"),
            Map.entry(Pattern.compile("\\bkeep(?:s|ing)? a close eye on\\b|\\bkept a close eye on\\b"), "closely monitor"),
            Map.entry(Pattern.compile("\\b(?:watched closely|closely watched)\\b"), "closely monitored"),
            // "fall short on magnesium" is "lack magnesium": one word saying "not enough", next to what is lacking
            Map.entry(Pattern.compile("\\bf(?:all|alls|ell|allen|alling) short (?:on|of)\\b"), "lack"),
            Map.entry(Pattern.compile("\\bhandl(?:e|es|ed|ing)(?=(?: [a-z]+){0,3} well\\b)"), "tolerate"),
            // plain words for the plain medical ones: "by mouth" is "oral", "soak it up" is "absorb"
            Map.entry(Pattern.compile("\\b(?:taken |given )?by mouth\\b"), "oral"),
            Map.entry(Pattern.compile("\\bsoak(?:s|ed|ing)? (?:it |them |this |that )?up\\b"), "absorb"),
            Map.entry(Pattern.compile("\\b(?:quicker|speedier)\\b"), "faster"),
            // "above all", "most of all" put one thing first ("especially"); "first of all", "after all", "all in all"
            // only order the telling: none says "all" of anything
            Map.entry(Pattern.compile("\\b(?:above all|most of all)\\b"), "especially"),
            Map.entry(Pattern.compile("\\b(?:first of all|after all|all in all)\\b"), " "),
            // plain-English absolutes read as the absolutes they are: "for good" is "permanently", "without fail" is
            // "always", "is sure to" is "definitely"
            Map.entry(Pattern.compile("\\b(?:for good|once and for all|for ever)(?=\\s*(?:[.,;:!?)\\[]|$|and\\b))"),
                    "permanently"),
            Map.entry(Pattern.compile("\\b(?:without fail|without exception|in every case|in all cases|at all times|"
                    + "all the time|every single time|no matter what)\\b"), "always"),
            Map.entry(Pattern.compile("\\b(?:is|are|be) (?:sure|bound|certain) to\\b"), "will definitely"),
            Map.entry(Pattern.compile("\\b(?:each and every|every single)\\b"), "every"),
            Map.entry(Pattern.compile("\\b(?:versus|vs\\.?)(?= )"), "compared to"),
            Map.entry(Pattern.compile("\\be\\.\\s?g\\b\\.?"), "eg"),
            Map.entry(Pattern.compile("\\bi\\.\\s?e\\b\\.?"), "ie"));

    static Words of(String text) {
        return of(text, Set.of());
    }

    /** The words of {@code text}, with the subject words of the articles as filler. */
    static Words of(String text, Set<String> subject) {
        List<String> words = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Map.Entry<Pattern, String> phrase : PHRASES) {
            lower = phrase.getKey().matcher(lower).replaceAll(phrase.getValue());
        }
        Matcher matcher = WORD.matcher(lower);
        while (matcher.find()) {
            String word = matcher.group();
            word = SLOPPY_NEGATIONS.getOrDefault(word, word);
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            words.add(word);
            stems.add(stem(stemmer, word));
        }
        return new Words(List.copyOf(words), List.copyOf(stems), subject);
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        if (word.contains("'") || Character.isDigit(word.charAt(0))) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The stems of the given words, for sets of cue words written as plain English. */
    static Set<String> stemsOf(String... words) {
        Set<String> stems = new java.util.HashSet<>();
        for (String word : words) {
            stems.addAll(of(word).stems());
        }
        return Set.copyOf(stems);
    }

    /** Whether the word at {@code i} says nothing by itself: English filler or the articles' subject. */
    boolean filler(int i) {
        return FILLER.contains(words.get(i)) || subject.contains(words.get(i));
    }

    /** The stems of the words that carry content (not filler). */
    List<String> contentStems() {
        List<String> content = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!filler(i) && words.get(i).length() > 1) {
                content.add(stems.get(i));
            }
        }
        return content;
    }

    /** Whether the stems {@code phrase} occur here consecutively. */
    boolean containsPhrase(List<String> phrase) {
        return indexOf(phrase, 0) >= 0;
    }

    int indexOf(List<String> phrase, int from) {
        outer:
        for (int i = from; i + phrase.size() <= stems.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!stems.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    int size() {
        return words.size();
    }
}
