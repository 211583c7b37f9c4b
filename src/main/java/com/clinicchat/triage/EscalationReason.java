package com.clinicchat.triage;

/** Why a conversation was handed to staff. Serialised in lower case. */
public enum EscalationReason {
    /** A question about the visitor's own condition, medication, pregnancy, dose, symptoms or suitability. */
    MEDICAL_QUESTION,
    /** The visitor asked for a person. */
    ASKED_FOR_PERSON,
    /** A possible emergency or self-harm. */
    EMERGENCY;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
