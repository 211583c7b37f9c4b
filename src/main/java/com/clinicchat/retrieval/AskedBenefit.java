package com.clinicchat.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks the treatment to help with ("does it help tinnitus?", "is it any good for brain fog"), and
 * whether any article names it at all. Such a question is near in meaning to every benefit the articles list, and
 * shares their words ("help", "good for"), so retrieval finds it close; but when no article uses a single word of
 * what it asks about, the articles do not answer it. A kind of question, not a topic: the vocabulary is the index's.
 */
final class AskedBenefit {

    /**
     * "help (with)", "good for", "work for", "treat", "do anything for", what it lowers, raises or prevents, or a
     * follow-up's "what about", followed by what is asked about.
     */
    private static final Pattern ASKED = Pattern.compile("\\b(?:help|helps|helping|(?:any|much|a|really) good for|"
            + "good for|great for|useful for|worth it for|works? for|do anything for|does anything for|treat|treats|"
            + "fix|fixes|cure|cures|relieve|relieves|get rid of|beneficial for|"
            // what it is to change: "does it lower the cholesterol", "increase the immune system", "detox the liver"
            + "lower|lowers|reduce|reduces|improve|improves|boost|boosts|increase|increases|raise|raises|prevent"
            + "|prevents|detox|detoxes|detoxify|detoxifies|"
            // a follow-up naming the next thing: "what about acne", "how about for teens"
            + "(?:what|how|wbu|and) about)\\s+(?:with\\s+|for\\s+|against\\s+)?"
            + "(?:(?:my|your|his|her|their|our|the|a|an|some|people with|someone with|those with|anyone with)\\s+)?"
            + "([\\p{L}][\\p{L}'-]*(?:\\s+[\\p{L}][\\p{L}'-]*){0,2})");
    /** Words that end what is asked about: what follows them is another clause. */
    private static final Set<String> STOP_AT = Set.of("too", "also", "nah", "not", "something", "as", "at",
            "though", "because", "bc", "lol", "if", "when", "after", "before", "since", "like", "vs", "then", "in",
            "during", "while", "so", "but", "than", "from", "on", "to", "is", "are", "was", "it", "this", "w", "yes",
            "no", "exactly", "either", "what", "dont", "don't", "cant", "can't", "get", "be", "being", "feeling", "u",
            "you", "me");
    /** After the word that follows "help", these make that word a verb: "does it help clear it". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them");
    /** Words that join the things asked about. */
    private static final Set<String> CONNECTORS = Set.of("and", "or", "&", "+", "n");
    /** Words that open a clause about what comes before them: that names people or a group, not a benefit. */
    private static final Set<String> RELATIVE = Set.of("who", "whose", "that", "which", "with");
    /** Words too general to say what is asked about. */
    private static final Set<String> GENERAL = Set.of("symptoms", "symptom", "issues", "issue", "problems", "problem",
            "stuff", "things", "thing", "conditions", "condition", "people", "someone", "anything", "everything",
            "kind", "sort", "lot", "us", "them", "him", "her", "health", "body", "feel", "ppl", "peple", "folks",
            "guys", "group", "team", "crew", "specific", "general", "generally", "outside", "over", "rid",
            // people: whether it suits them is for the router and staff, not a benefit the articles must name
            "mom", "mum", "mother", "dad", "father", "husband", "wife", "partner", "son", "daughter", "kid", "kids",
            "child", "children", "baby", "grandma", "grandpa", "sister", "brother", "friend", "parents");

    private AskedBenefit() {
    }

    /**
     * What the question asks the treatment to help with, when no article uses any of its words; empty when it asks
     * for no such thing, or the articles name some of it.
     *
     * @param uses     whether the articles use a word (its stems, synonyms or a probable spelling)
     * @param stopWord whether a word carries no content for the index
     */
    static Optional<String> unnamedIn(String question, Predicate<String> uses, Predicate<String> stopWord) {
        String lower = question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Matcher asked = ASKED.matcher(lower);
        // each match restarts where its object began: "help immunity what about eczema" holds two questions
        for (int from = 0; from < lower.length() && asked.find(from); from = asked.start(1)) {
            List<String> content = new ArrayList<>();
            String[] words = asked.group(1).split("\\s+");
            if (words.length > 1 && OBJECT_PRONOUNS.contains(words[1])) {
                continue; // "help clear it": a verb, whose object was named before
            }
            for (String word : words) {
                if (RELATIVE.contains(word)) {
                    content.clear(); // "help runners who cramp": people, and what they need comes after
                    break;
                }
                if (STOP_AT.contains(word)) {
                    break;
                }
                if (CONNECTORS.contains(word)) {
                    continue; // "rls and chronic fatigue": every thing asked about counts
                }
                if (!GENERAL.contains(word) && !stopWord.test(word)) {
                    content.add(word);
                }
            }
            // a short capitalised word may be an abbreviation of the articles' words ("RLS", "DOMS")
            if (!content.isEmpty() && content.stream().noneMatch(uses)
                    && content.stream().noneMatch(word -> abbreviation(word, question))) {
                return Optional.of(String.join(" ", content));
            }
        }
        return Optional.empty();
    }

    private static boolean abbreviation(String word, String question) {
        return word.length() <= 5 && Pattern.compile("\\b" + Pattern.quote(word.toUpperCase(Locale.ROOT)) + "\\b")
                .matcher(question).find();
    }
}
