package com.clinicchat.retrieval;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question asking the clinic's name ("what's the clinic called again", "whats the name of this company") and the
 * passages that answer it: the ones naming the clinic as its articles name it where they speak as the clinic
 * ({@link com.clinicchat.knowledge.SubjectWords#names()}: "many individuals turn to Pure IV Utah. Our licensed
 * ..."). Such a question shares no word with that passage, so neither the ranking nor the coverage evidence finds
 * it, though a clinic's articles name the clinic.
 */
final class ClinicNameQuestion {

    private static final Pattern ASKS = Pattern.compile("\\b(?:name of (?:the|your|this|ur|you guys'?) (?:clinic"
            + "|company|business|place|practice)|(?:clinic|company|business)'?s name|what(?:'s| is|s)? (?:the |your |ur "
            + "|this )?(?:clinic|company|business|place|practice) called|what are (?:you|u) (?:guys |all )?called)\\b");

    private ClinicNameQuestion() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(QuestionKinds.lower(question)).find();
    }

    static boolean answeredBy(String passage, Set<String> clinicNames) {
        return clinicNames.stream().anyMatch(passage::contains);
    }
}
