package com.clinicchat.retrieval;

import java.util.regex.Pattern;

/**
 * A question setting the drip beside taking the same by mouth ("whats the point of getting it thru an IV when i can
 * just buy pills at costco", "cant u just eat more magnesium foods instead", "so the iv skips your stomach?") and the
 * passages that answer it: the ones comparing the infusion with pills, supplements or diet. The visitor's words
 * (gummies, Costco, "thru a vein") are rarely the article's, though every IV article makes this comparison.
 */
final class OralQuestion {

    private static final String BY_MOUTH = "(?:pills?|tablets?|capsules?|caps|supplements?|gummies|gummy|powders?"
            + "|oral(?:ly)?|by mouth|swallow\\w*|eat(?:ing)?|food|foods|diet|costco|walgreens|pharmacy|store[- ]bought"
            + "|otc|over the counter)";
    private static final String SET_BESIDE = "(?:vs|versus|instead|rather|than|over|compared?|comparison|difference"
            + "|different|differ|why|point|useless|just|same thing|skip\\w*|bypass\\w*|worth|better|waste)";
    private static final Pattern ASKS = Pattern.compile(String.join("|",
            "\\b" + BY_MOUTH + "\\b[^.?!]{0,60}?\\b" + SET_BESIDE + "\\b",
            "\\b" + SET_BESIDE + "\\b[^.?!]{0,60}?\\b" + BY_MOUTH + "\\b",
            "\\b(?:skip|skips|skipping|bypass|bypasses|bypassing) (?:the |your |ur |my )?(?:stomach|gut|digest\\w*)"));
    private static final Pattern INFUSION = Pattern.compile("\\b(?:iv|ivs|drips?|infusions?|infused|veins?"
            + "|intravenous\\w*)\\b");
    private static final Pattern PASSAGE_BY_MOUTH = Pattern.compile("\\b(?:oral|pills?|tablets?|supplements?|diet"
            + "|digestive|by mouth|powders?|gut)\\b");
    private static final Pattern PASSAGE_BEATS = Pattern.compile("\\b(?:faster|higher|more|than|bypass\\w*|skips?"
            + "|directly|compared)\\b");

    private OralQuestion() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(QuestionKinds.lower(question)).find();
    }

    /** A passage (with its list's lead-in) setting the infusion beside pills, supplements or diet. */
    static boolean answeredBy(String passage, String leadIn) {
        String text = QuestionKinds.lower(passage + " " + leadIn);
        return INFUSION.matcher(text).find() && PASSAGE_BY_MOUTH.matcher(text).find()
                && PASSAGE_BEATS.matcher(text).find();
    }
}
