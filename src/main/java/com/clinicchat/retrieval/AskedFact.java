package com.clinicchat.retrieval;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for when it asks for a price, a length of time or opening hours, and whether
 * passages state one at all. Passages near in meaning to "how much is the drip?" or "how long does it take?" talk
 * about the drip, not its price or length: without such a fact the articles do not answer the question, however
 * close they are. These are kinds of question, not topics, so the check holds for any article.
 */
enum AskedFact {

    PRICE(Pattern.compile("\\b(price[sd]?|pricing|costs?|costing|charges?|fees?|afford\\w*|expensive|cheap\\w*"
                    + "|insurance|insured|hsa|fsa|copay\\w*)\\b|\\$"
                    + "|\\bhow much (is|are|for|'?s\\b|would|will|do you charge|does it run)"),
            Pattern.compile("[$€£]\\s?\\d|\\b(price[sd]?|pricing|costs?|fees?|dollars?|insurance|hsa|fsa|payment"
                    + "|pay|paid|free of charge|discount\\w*)\\b")),
    DURATION(Pattern.compile("\\bhow long\\b(?! ago)|\\bhow (quickly|soon|fast)\\b"
                    + "|\\bhow many (seconds|minutes|mins|hours|hrs|days|weeks|months)\\b"),
            Pattern.compile("\\b(seconds?|minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|overnight|brief\\w*"
                    + "|short-lived|temporar\\w*|lasting|long-term|short-term|permanent\\w*|immediate\\w*|instant\\w*"
                    + "|quick\\w*|rapid\\w*|fast\\w*|slow\\w*)\\b")),
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
