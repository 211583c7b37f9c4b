package com.clinicchat.triage;

import com.clinicchat.corpus.LabelledTurn;

/**
 * What a visitor wants, as the router learns it. A question becomes {@link Route#ANSWER} or {@link Route#UNKNOWN}
 * only by asking the index whether the articles cover it, so nothing here knows any article's topics.
 */
enum Intent {
    /** An informational question in the clinic's field. */
    QUESTION,
    /** About the visitor's own (or a relative's) condition, medication, pregnancy, dose, symptoms or suitability. */
    PERSONAL,
    /** Asks for a person. */
    PERSON,
    EMERGENCY,
    /** Off topic, or an attempt to change the assistant's rules. */
    DECLINE,
    SMALLTALK;

    static Intent of(LabelledTurn turn) {
        return switch (turn.primaryRoute()) {
            case ANSWER, UNKNOWN -> QUESTION;
            case ESCALATE -> turn.asksForPerson() ? PERSON : PERSONAL;
            case EMERGENCY -> EMERGENCY;
            case DECLINE -> DECLINE;
            case SMALLTALK -> SMALLTALK;
        };
    }
}
