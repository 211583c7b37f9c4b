package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Section;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asking what the treatment is good for, naming no benefit ("whats it good for", "what does magnesium
 * help with then", "what are the main benefits") and the section that answers it: the broadest one whose heading
 * names the benefits (an article's title when it says "benefits", else the section "Benefits of …"), not one
 * benefit's section. Such a question is all stop words and general words, so neither BM25 nor the embedding finds
 * that section, and the coverage evidence looks far. A question naming a benefit ("is it good for cramps") is not
 * this kind: the ranking finds its section.
 */
final class BenefitsQuestion {

    /** The treatment asked about: a pronoun, a word, or words before "drip", "IV", "therapy" ("the nad+ drip"). */
    private static final String TREATMENT = "(?:(?:a|an|the|this|that|your|these|those) )?(?<named>"
            + "(?:[\\p{L}\\p{N}+'-]+ ){0,2}?)(?:ivs?|drips?|infusions?|therap(?:y|ies)|treatments?)"
            + "|it|this|that|these|those|(?:the |this |that |your )?(?<word>[\\p{L}\\p{N}+'-]+)";
    private static final Pattern ASKS = Pattern.compile(
            "^(?:(?:so|ok|okay|fine|and|but|hmm|wait|hi|hey|hello)[,.!:]*\\s+)*"
                    + "(?:what(?:'s|s| is| are| does| do)?|whats) (?:" + TREATMENT + ")"
                    + "(?: (?:actually|even|really|exactly|generally|usually|mainly|mostly|supposed to be))?"
                    + " (?:good for|helps?(?: with)?|used for|do for (?:you|people|ppl|the body|your body))"
                    + "(?:,? (?:then|exactly|anyway|tho|though|again|lol|mainly|mostly))?[\\s?!.]*$");
    private static final Pattern ASKS_BENEFITS = Pattern.compile(
            "^(?:(?:so|and|ok|okay)[,.!:]*\\s+)?what (?:are|r) (?:the |its |their )?(?:main |key |big |actual |real )?"
                    + "benefits(?: (?:then|of (?:" + TREATMENT + ")))?[\\s?!.]*$");
    private static final Pattern NAMES_BENEFITS = Pattern.compile("\\bbenefits?\\b");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private BenefitsQuestion() {
    }

    /**
     * @param usedByArticles whether the articles use a word: a treatment named that none of them uses ("what is zinc
     *                       good for") is not theirs to answer, and is left to the coverage decision
     */
    static boolean asks(String question, Predicate<String> usedByArticles) {
        String lower = QuestionKinds.lower(question).strip();
        for (Pattern pattern : List.of(ASKS, ASKS_BENEFITS)) {
            Matcher asked = pattern.matcher(lower);
            if (asked.find()) {
                String named = (nonNull(asked.group("named")) + " " + nonNull(asked.group("word"))).strip();
                return named.isEmpty() || SPACE.splitAsStream(named).allMatch(usedByArticles);
            }
        }
        return false;
    }

    private static String nonNull(String group) {
        return group == null ? "" : group;
    }

    /** A section whose heading names the benefits, under no heading that already does. */
    static boolean answeredBy(Section section) {
        List<String> path = section.headingPath();
        return names(section.heading())
                && path.subList(0, Math.max(0, path.size() - 1)).stream().noneMatch(BenefitsQuestion::names);
    }

    private static boolean names(String heading) {
        return NAMES_BENEFITS.matcher(QuestionKinds.lower(heading)).find();
    }
}
