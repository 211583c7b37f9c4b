package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Section;

import java.util.regex.Pattern;

/**
 * A question about whom the treatment is for ("who is this drip for?", "good candidate list?", "what kind of people
 * usually book these") and the section that answers it: the one whose heading asks who should consider it. Such a
 * question is nearly all stop words ("who is it for"), so neither BM25 nor the embedding finds that section, and
 * the coverage evidence looks far. "Who should consider" is a heading treatment articles share, not one article's
 * topic; a question about who must not have it is a {@link CautionQuestion}.
 */
final class CandidateQuestion {

    private static final Pattern ASKS = Pattern.compile(String.join("|",
            // "who is it for", "who's the drip meant for", "who benefits most", "who would be a good fit"
            "\\bwho(?:'s| is| are| would| should| might| could| does| do| else)?\\b[^.?!,;]{0,25}?\\b(?:"
                    + "(?:meant|aimed|made|designed|intended|ideal|best|suited|good|great|right|recommended) for"
                    + "|for\\s*(?:exactly|basically|really|then|actually|usually|typically|mostly|\\?|$)"
                    + "|benefits?|consider|candidates?|(?:usually|typically|normally) (?:gets?|books?|signs? up|has)"
                    + "|a good fit|the ideal)",
            // "good candidate list?", "are athletes a good fit for this", "the ideal person"
            "\\b(?:good|ideal|best|right|typical|perfect|likely) (?:candidates?|fit|person|people|client|patient)\\b",
            // "what kind of people usually get these", "what sort of person is this made for"
            "\\bwhat (?:kinds?|sorts?|types?) of (?:people|persons?|patients?|folks|clients?|ppl)\\b[^.?!;]{0,30}?\\b"
                    + "(?:for|benefits?|get|gets|book|books|usually|typically|consider|ideal|fit|suited|tend)\\b"));
    /** Not who it is for but who must be careful: that is {@link CautionQuestion}'s. */
    private static final Pattern CAUTION = Pattern.compile("\\b(?:careful|caution|avoid|not for|shouldn'?t|should not"
            + "|can'?t have|cannot have|risks?|dangerous|unsafe|not safe)\\b");
    /** A heading asking who should consider, or is ideal for, the treatment. */
    private static final Pattern HEADING = Pattern.compile("\\bwho\\b.*\\b(?:should|consider|benefits?|needs?|is it for"
            + "|can)\\b|\\b(?:candidates?|ideal for|is it for|right for you)\\b");

    private CandidateQuestion() {
    }

    static boolean asks(String question) {
        String lower = QuestionKinds.lower(question);
        return ASKS.matcher(lower).find() && !CAUTION.matcher(lower).find();
    }

    static boolean answeredBy(Section section) {
        return HEADING.matcher(QuestionKinds.lower(section.heading())).find();
    }
}
