package com.clinicchat.triage;

/** What decided a route: kept with each decision for the staff console, the logs and the evaluation report. */
public enum Basis {
    /** The learned router, by expected cost. */
    ROUTER,
    /** The emergency rules on one sentence of a longer message. */
    ONE_SENTENCE,
    /** The safety net: explicit emergency signs. */
    EMERGENCY_RULE,
    /** The safety net: a question about a dose or amount. */
    DOSE_RULE,
    /** The safety net: a personal health question with the "I" left out ("on blood thinners, ok to get one?"). */
    PERSONAL_RULE,
    /** The safety net: a request for a person. */
    PERSON_RULE,
    /** Written in a language the assistant does not read (Spanish, Portuguese): a person answers. */
    OTHER_LANGUAGE,
    /** An LLM's opinion raised the route. */
    LLM_OPINION,
    /** A question asking to confirm a promise (cures, guarantees). */
    UNSUPPORTED_CLAIM,
    /** A question the articles cover. */
    COVERED,
    /** A question the articles do not cover. */
    NOT_COVERED;

    public boolean asksForPerson() {
        return this == PERSON_RULE;
    }
}
