package com.clinicchat.answering;

import com.clinicchat.triage.EscalationReason;

/**
 * What {@code /api/ask} says where the chat would hand the visitor to staff. The API has no way back to its caller,
 * so nothing is passed on from here, and the reply says so and how to reach a person instead (the clinic's chat,
 * where staff can take over, and for an emergency 911 or 988 first) rather than promising a reply that cannot come.
 */
final class AskReplies {

    static final String EMERGENCY = "This could be an emergency. Please call 911 now (or your local emergency "
            + "number). If you are thinking about harming yourself, call or text 988 to reach the Suicide & Crisis "
            + "Lifeline right away. This service cannot alert the clinic team, so please don't wait for a reply here.";
    static final String MEDICAL = "That depends on your own health, so it's a question for our clinical team rather "
            + "than for me: I can't give personal medical advice. This service can't pass it on to them: to reach a "
            + "person, open the chat on the clinic's website and ask for one, and a member of the team will reply "
            + "there.";
    static final String PERSON = "This service can't reach the clinic team. To talk to a person, open the chat on "
            + "the clinic's website and ask for one, and a member of the team will reply there.";

    private AskReplies() {
    }

    /** The reply for a route that needs staff: emergency, or escalation for a medical question or a person. */
    static String forStaffRoute(boolean emergency, EscalationReason reason) {
        if (emergency) {
            return EMERGENCY;
        }
        return reason == EscalationReason.ASKED_FOR_PERSON ? PERSON : MEDICAL;
    }
}
