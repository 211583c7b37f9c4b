package com.clinicchat.retrieval;

import java.util.regex.Pattern;

/**
 * A question about whether every drip is the same or made to suit the person ("is it the same bag for everybody or
 * do they change it up", "do you customize them", "one size fits all?") and the passages that answer it: the ones
 * saying treatments are tailored, personalised or made to the person's needs. The visitor's words ("change it up",
 * "the exact same thing") are rarely the article's, though a clinic's articles say whether they tailor.
 */
final class TailoredQuestion {

    private static final Pattern ASKS = Pattern.compile("\\b(?:custom(?:i[sz]\\w*|made)?\\b|tailor\\w*"
            + "|personali[sz]\\w*|individuali[sz]\\w*|one size fits all|(?:the )?same (?:\\w+ ){0,2}for (?:every|all)"
            + "|(?:same|identical) (?:bag|drip|mix|formula|recipe|dose|thing) (?:for|to) (?:every|all|each)"
            + "|(?:adjust|change|tweak|vary|make|mix|fit|suit)\\w* (?:it |them |the (?:drip|bag|mix|dose|formula) )?"
            + "(?:for|to|to suit|to fit) (?:the |each |every |a )?(?:person|patient|client|individual|one|guest)\\b"
            + "|different for (?:each|every)|(?:every|each) (?:drip|bag|infusion) the same)");
    /** A passage saying the treatment is made to suit the person. */
    private static final Pattern STATES = Pattern.compile("\\b(?:tailor\\w*|personali[sz]\\w*|customi[sz]\\w*"
            + "|individuali[sz]\\w*|to (?:your|each person's|the person's|their) (?:own |individual |health "
            + "|specific )?needs)\\b");

    private TailoredQuestion() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(QuestionKinds.lower(question)).find();
    }

    static boolean answeredBy(String passage) {
        return STATES.matcher(QuestionKinds.lower(passage)).find();
    }
}
