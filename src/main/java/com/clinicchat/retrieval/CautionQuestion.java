package com.clinicchat.retrieval;

import java.util.regex.Pattern;

/**
 * A question about who must not have the treatment ("who shouldn't get it?", "is it not safe for anyone?") and the
 * passages that answer it: the ones that state cautions. Sentence embeddings do not see the negation, so such a
 * question lands nearest the article's "ideal for" list, which answers the opposite; and its few words make the
 * articles look far. These are words every treatment article uses for its cautions, not one article's topics.
 */
final class CautionQuestion {

    private static final Pattern ASKS = Pattern.compile("\\b(?:(?:who|whom|anyone|anybody|which people|what people|"
            + "people|someone)\\b[^.?!]{0,20}?\\b(?:shouldn'?t|should not|shud ?n'?t|must not|mustn'?t|should avoid|"
            + "needs? to avoid|(?:can'?t|cannot) (?:get|have|do|take) (?:it|this|one|these|them|that|the \\w+)\\b(?! enough)|"
            + "is it not|isn'?t it|"
            + "(?:is|it'?s|it is) not (?:safe|recommended|suitable|ok|okay)|should stay away|"
            // "who is magnesium iv NOT recommended for"
            + "not (?:recommended|advised|suitable|appropriate)\\b[^.?!]{0,12}\\bfor\\W*$|"
            // "who should be careful with it", "is there anyone who needs to be cautious"
            + "careful|carful|carefull|cautious|take extra care)|"
            + "(?:dangerous|risky) for (?:who|whom|anyone|anybody|some people|certain people)|"
            + "(?:not |isn'?t |un)(?:safe|recommended|suitable|advised) for (?:who|whom|anyone|some people|certain people|"
            + "everyone|everybody)|not for everyone|contra-?indicat\\w*)");
    /** A passage, or the lead-in of its list, that cautions. */
    private static final Pattern STATES = Pattern.compile("\\b(?:caution|avoid|not recommended|should not|"
            + "shouldn't|must not|contra-?indicat\\w*|not suitable|warning)\\b");

    private CautionQuestion() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(QuestionKinds.lower(question)).find();
    }

    static boolean states(String text, String leadIn) {
        return STATES.matcher(QuestionKinds.lower(text)).find()
                || STATES.matcher(QuestionKinds.lower(leadIn)).find();
    }
}
