package com.clinicchat.retrieval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asking the clinic's name ("what's the clinic called again", "whats the name of this company") and the
 * passages that answer it: the ones where the clinic speaks of itself ("we", "our") beside a name of two or more
 * capitalised words ("turn to Pure IV Utah. Our licensed ..."). Such a question shares no word with that passage,
 * so neither the ranking nor the coverage evidence finds it, though a clinic's articles name the clinic.
 */
final class ClinicNameQuestion {

    private static final Pattern ASKS = Pattern.compile("\\b(?:name of (?:the|your|this|ur|you guys'?) (?:clinic"
            + "|company|business|place|practice)|(?:clinic|company|business)'?s name|what(?:'s| is|s)? (?:the |your |ur "
            + "|this )?(?:clinic|company|business|place|practice) called|what are (?:you|u) (?:guys |all )?called)\\b");
    /** The clinic speaking of itself. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|our|us)\\b", Pattern.CASE_INSENSITIVE);
    /** A run of capitalised words, acronyms among them ("At Pure IV Utah"). */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}+]*"
            + "(?:\\s+\\p{Lu}[\\p{L}\\p{N}+]*)+");
    private static final Pattern TITLE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?:^|[.!?:]\\s*|\\n\\s*)$");

    private ClinicNameQuestion() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(QuestionKinds.lower(question)).find();
    }

    static boolean answeredBy(String passage) {
        return FIRST_PERSON.matcher(passage).find() && namesSomething(passage);
    }

    /** Two title-case words in one capitalised run, not counting a sentence's first word ("At", "That"). */
    private static boolean namesSomething(String passage) {
        Matcher run = CAPITALISED_RUN.matcher(passage);
        while (run.find()) {
            long titleWords = TITLE_WORD.matcher(run.group()).results().count();
            boolean startsSentence = SENTENCE_END.matcher(passage.substring(0, run.start())).find()
                    && TITLE_WORD.matcher(run.group()).lookingAt();
            if (titleWords - (startsSentence ? 1 : 0) >= 2) {
                return true;
            }
        }
        return false;
    }
}
