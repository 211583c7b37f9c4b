package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Section;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question whether the treatment itself is dangerous, risky or harmful ("is it dangerous", "is magnesium iv
 * risky for people with kidney problems", "is it like.. dangerous"), or what its side effects are, and the section
 * that answers it: the one whose
 * heading names safety or side effects (not "risk": "Reducing Cardiovascular Risk" is a benefit). "Dangerous" is an article's word too ("dangerous arrhythmias"),
 * so the ranking took such a question to the passage using it, a benefit, where the visitor asked about harm; and
 * "what are the common side effects" went where "common" is ("cramps, common in older adults").
 */
final class SafetyQuestion {

    /** The treatment asked about: a pronoun, a word for a drip, or one word that must be an article's subject. */
    private static final Pattern ASKS = Pattern.compile("^(?:[\\p{L}']+[,.!]* ){0,2}?(?:is|are|can|could|would) "
            + "(?:it|this|that|they|these|(?:the |a |an |this |that |your )?(?:[\\p{L}+'-]+ ){0,2}?"
            + "(?:drips?|ivs?|infusions?|treatments?|therap(?:y|ies))|(?<subject>[\\p{L}+'-]+))"
            + "(?: (?:be|really|actually|even|generally|usually|like|ever|at all|too|very|more|less))*[.,…]*"
            + " (?:dangerous|risky|harmful|unsafe|hazardous)\\b");
    /** "what are the common side effects of the magnesium drip please", "any side effects?" */
    private static final Pattern ASKS_SIDE_EFFECTS = Pattern.compile("^(?:[\\p{L}']+[,.!]* ){0,3}?(?:what(?:'s| is"
            + "| are|re)?|any|are there(?: any)?) (?:the )?(?:(?:most )?(?:common|usual|main|typical|possible|normal"
            + "|known|potential) )?side ?effects?(?: of (?:it|this|that|these|(?:the |a |an |your )?(?:[\\p{L}+'-]+ ){0,2}?"
            + "(?:drips?|ivs?|infusions?|treatments?|therap(?:y|ies))|(?:the )?(?<subject>[\\p{L}+'-]+)))?"
            + "(?: please| pls| plz)?[\\s?!.]*$");
    private static final Pattern NAMES_SAFETY = Pattern.compile(
            "\\b(?:safe|safety|side effects?|precautions?|cautions?|warnings?)\\b");

    private SafetyQuestion() {
    }

    /** @param subject whether a word is an article's subject or short for one ("magnesium", "mag") */
    static boolean asks(String question, Predicate<String> subject) {
        String lower = QuestionKinds.lower(question).strip();
        for (Pattern pattern : java.util.List.of(ASKS, ASKS_SIDE_EFFECTS)) {
            Matcher asked = pattern.matcher(lower);
            if (asked.find()) {
                return asked.group("subject") == null || subject.test(asked.group("subject"));
            }
        }
        return false;
    }

    static boolean answeredBy(Section section) {
        return NAMES_SAFETY.matcher(QuestionKinds.lower(section.heading())).find();
    }
}
