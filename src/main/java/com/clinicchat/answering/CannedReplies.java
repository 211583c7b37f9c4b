package com.clinicchat.answering;

import com.clinicchat.triage.Basis;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.TriageDecision;

import java.util.List;
import java.util.Locale;

/**
 * What the assistant says on every route but {@code answer}. Written for a worried visitor on a phone: short,
 * plain, and never a word of medical advice.
 */
final class CannedReplies {

    static final String EMERGENCY = "This could be an emergency. Please call 911 now (or your local emergency "
            + "number). If you are thinking about harming yourself, call or text 988 to reach the Suicide & Crisis "
            + "Lifeline right away. I have alerted our clinic team, but please don't wait for us.";
    static final String MEDICAL = "That depends on your own health, so it's a question for our clinical team rather "
            + "than for me: I can't give personal medical advice. I've passed your question to our staff.";
    // no promise of a reply here: a system note after the hand-over says whether anyone is on duty (chat.WaitingNotes)
    static final String PERSON = "Of course. I've passed your request to our clinic team.";
    /** For a message in Spanish or Portuguese, which the assistant cannot read: said in both, and in English. */
    static final String OTHER_LANGUAGE = "He pasado su mensaje a nuestro equipo de la clínica; una persona le "
            + "responderá aquí. / Passei a sua mensagem para a nossa equipe; uma pessoa vai responder aqui. / I've "
            + "passed your message to our clinic team.";
    static final String UNCOVERED = "Our articles don't cover that, so I'd rather not guess. If you'd like, I can "
            + "connect you with our staff: just ask to talk to a person.";
    static final String CLAIM = "I can't confirm that: our articles don't say it, and I only repeat what they say. "
            + "If you'd like to discuss it, I can connect you with our staff.";
    /** Said when the clinic has no article loaded: what the assistant does, without promising a topic. */
    static final String GREETING_WITHOUT_ARTICLES = "Hi! I can answer questions from the clinic's articles. What "
            + "would you like to know?";
    static final String DECLINE_WITHOUT_ARTICLES = "Sorry, I can't help with that. I can answer questions from the "
            + "clinic's articles, or put you in touch with our staff.";
    /** Titles named in the greeting at most: a phone screen, not a table of contents. */
    static final int TITLES_NAMED = 2;
    static final String ABOUT_ME = "I'm the clinic's virtual assistant: I answer from our articles, and I can "
            + "bring in a member of our team whenever you ask for a person.";
    static final String THANKS = "You're welcome! Is there anything else I can help with?";

    private CannedReplies() {
    }

    /**
     * "Hi! I can answer questions from the clinic's articles, such as Magnesium IV Benefits and NAD+ IV Therapy.":
     * what the clinic publishes now, named by the articles' own titles (the part before a colon, which is the name).
     */
    static String greeting(List<String> titles) {
        return titles.isEmpty() ? GREETING_WITHOUT_ARTICLES
                : "Hi! I can answer questions from the clinic's articles, such as " + named(titles)
                        + ". What would you like to know?";
    }

    static String decline(List<String> titles) {
        return titles.isEmpty() ? DECLINE_WITHOUT_ARTICLES
                : "Sorry, I can't help with that. I can answer questions from the clinic's articles, such as "
                        + named(titles) + ", or put you in touch with our staff.";
    }

    private static String named(List<String> titles) {
        List<String> names = titles.stream().limit(TITLES_NAMED).map(CannedReplies::name).toList();
        String listed = String.join(" and ", names);
        return titles.size() > TITLES_NAMED ? String.join(", ", names) + " and others" : listed;
    }

    private static String name(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon).strip() : title.strip();
    }

    private static String smalltalk(String lower, List<String> titles) {
        if (lower.matches(".*\\b(bot|robot|human|ai|computer|machine|chatbot|person)\\b.*")) {
            return ABOUT_ME;
        }
        return lower.matches(".*\\b(thank|thanks|thx|ty|cheers|appreciate\\w*)\\b.*") ? THANKS : greeting(titles);
    }

    /**
     * @param titles the titles of the articles loaded now, in the knowledge base's order
     */
    static String forDecision(TriageDecision decision, String visitorText, List<String> titles) {
        return switch (decision.route()) {
            case EMERGENCY -> EMERGENCY;
            case ESCALATE -> decision.basis() == Basis.OTHER_LANGUAGE ? OTHER_LANGUAGE
                    : decision.reason() == EscalationReason.ASKED_FOR_PERSON ? PERSON : MEDICAL;
            case UNKNOWN -> decision.basis() == Basis.UNSUPPORTED_CLAIM ? CLAIM : UNCOVERED;
            case DECLINE -> decline(titles);
            case SMALLTALK -> smalltalk(visitorText.toLowerCase(Locale.ROOT), titles);
            case ANSWER -> throw new IllegalArgumentException("answers are generated, not canned");
        };
    }
}
