package com.clinicchat.retrieval;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for when it asks for a price, a length of time, a frequency or opening hours,
 * and whether passages state one at all. Passages near in meaning to "how much is the drip?" or "how long does it
 * take?" talk about the drip, not its price or length: without such a fact the articles do not answer the question,
 * however close they are. These are kinds of question, not topics, so the check holds for any article.
 */
enum AskedFact {

    PRICE(Pattern.compile("\\b(price[sd]?|pricing|costs?|costing|charges?|fees?|afford\\w*|expensive|cheap\\w*"
                    + "|insurance|insured|hsa|fsa|copay\\w*)\\b|\\$"
                    + "|\\bhow much (is|are|for|'?s\\b|would|will|do you charge|does it run)"),
            Pattern.compile("[$€£]\\s?\\d|\\b(price[sd]?|pricing|costs?|fees?|dollars?|insurance|hsa|fsa|payment"
                    + "|pay|paid|free of charge|discount\\w*)\\b")),
    /**
     * A length of time ("how long does a session take?"), stated only by a length: units, or an effect called brief
     * or temporary. Speed ("faster results") and "long-term" are not lengths: 39 training questions asking how long,
     * all labelled not covered, were answered because a passage said one of them (round 28).
     */
    LENGTH(Pattern.compile("\\bhow long\\b(?! ago)"
                    + "|\\bhow many (seconds|minutes|mins|hours|hrs|days|weeks|months)\\b"),
            lengthOr("")),
    /** How soon something happens: speed words answer it as well as lengths do. */
    SPEED(Pattern.compile("\\bhow (quickly|soon|fast)\\b"),
            lengthOr("|lasting|long-term|short-term|permanent\\w*|immediate\\w*|instant\\w*|quick\\w*|rapid\\w*"
                    + "|fast\\w*|slow\\w*")),
    /**
     * How often, or how many sessions ("how often do people come back?"), stated only by a frequency or a number of
     * sessions; no training or validation question asking it is labelled answerable, and 40 labelled not covered
     * were answered from the nearest passage (round 28).
     */
    FREQUENCY(Pattern.compile("\\bhow (often|frequently)\\b"
                    + "|\\bhow many (sessions|drips|infusions|treatments|times)\\b"),
            Pattern.compile("\\b(daily|weekly|monthly|yearly|annually|once|twice|\\d+ (times|sessions)|times (a|per)"
                    + "|every (\\w+ )?(days?|weeks?|months?|years?)|per (day|week|month|year)|regularly"
                    + "|frequen\\w*)\\b")),
    HOURS(Pattern.compile("\\b(what|which|your) (hours|days|times)\\b|\\bopening hours\\b|\\b(are|r) (you|u) open\\b"
                    + "|\\bopen (on|at|till|until|late|today|tomorrow|sundays?|saturdays?|weekends?)\\b"),
            Pattern.compile("\\b(\\d{1,2}(:\\d\\d)?\\s?(am|pm)|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?"
                    + "|saturdays?|sundays?|weekends?|weekdays?|daily|hours|open|24/7)\\b"));

    private final Pattern asked;
    private final Pattern stated;

    AskedFact(Pattern asked, Pattern stated) {
        this.asked = asked;
        this.stated = stated;
    }

    /** Words that state a length of time, or one of {@code more} ("|word|word"). */
    private static Pattern lengthOr(String more) {
        return Pattern.compile("\\b(seconds?|minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|overnight|brief\\w*"
                + "|short-lived|temporar\\w*" + more + ")\\b");
    }

    /** Whether the question asks for one of these kinds of fact at all. */
    static boolean asked(String question) {
        String lower = lower(question);
        for (AskedFact fact : values()) {
            if (fact.asked.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question asks for a kind of fact that none of the passages states. */
    static boolean missingFrom(String question, Collection<String> passages) {
        String lower = lower(question);
        for (AskedFact fact : values()) {
            if (fact.asked.matcher(lower).find()
                    && passages.stream().noneMatch(passage -> fact.stated.matcher(lower(passage)).find())) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
