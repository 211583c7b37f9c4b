package com.clinicchat.retrieval;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asking which form of the article's substance goes in the drip ("what kind of magnesium is in the bag",
 * "which type of mag do you use", "what form goes in the iv") and the passages that answer it: the ones naming two
 * forms of one thing side by side ("magnesium sulfate or magnesium chloride") or a thing's form ("ascorbic acid, the
 * active form of vitamin C"). Nothing names a form by hand: the kind asked of is an article's subject word, and the
 * answer is a passage's own pairing.
 */
final class FormQuestion {

    private static final Pattern ASKS = Pattern.compile("\\b(?:what|which|wat|wut)(?:'s| is|s)? (?:kind|kinds|type"
            + "|types|form|forms|sort|sorts|kinda)(?: of (?<thing>[\\p{L}]+))?");
    /** Where the form goes, right after "what kind": "do you use", "is in the bag", "goes in the iv". */
    private static final Pattern GOES_IN = Pattern.compile("^\\s*(?:do (?:you|u|they|y'all|yall) (?:guys )?"
            + "(?:use|put|infuse)|(?:is|are) (?:actually )?(?:in|used|put)\\b|goes in|go in|gets used)");
    /** Two forms of one thing side by side: "magnesium sulfate or magnesium chloride". */
    private static final Pattern TWO_FORMS = Pattern.compile("\\b(\\p{L}+) (\\p{L}+),? (?:or|and) \\1 (\\p{L}+)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "the heart and the muscles", "your home or your office": not two forms of a thing. */
    private static final Pattern DETERMINER = Pattern.compile("(?i)the|a|an|your|our|their|his|her|my|its|this|that"
            + "|these|those|some|any|more|less|no|each|every|both|all|to|in|on|at|for|of|with|by|from");
    private static final Pattern FORM_OF = Pattern.compile("\\b(?:active |chemical )?forms? of\\b",
            Pattern.CASE_INSENSITIVE);

    private FormQuestion() {
    }

    /** @param subject whether a word is an article's subject or short for one ("magnesium", "mag") */
    static boolean asks(String question, Predicate<String> subject) {
        String lower = QuestionKinds.lower(question);
        Matcher asked = ASKS.matcher(lower);
        while (asked.find()) {
            String thing = asked.group("thing");
            boolean asksOfTheSubject = thing != null ? subject.test(thing)
                    : GOES_IN.matcher(lower.substring(asked.end())).find();
            if (asksOfTheSubject) {
                return true;
            }
        }
        return false;
    }

    static boolean answeredBy(String passage) {
        Matcher pair = TWO_FORMS.matcher(passage);
        while (pair.find()) {
            if (!pair.group(2).equalsIgnoreCase(pair.group(3)) && !DETERMINER.matcher(pair.group(1)).matches()) {
                return true;
            }
        }
        return FORM_OF.matcher(passage).find();
    }
}
