package com.clinicchat.triage;

/** What decided a route: kept with each decision for the staff console, the logs and the evaluation report. */
public enum Basis {
    EMERGENCY_RULE, EMERGENCY_EXAMPLE, OVERRIDE_ATTEMPT, ASKED_FOR_PERSON, DOSE_QUESTION, SUITABILITY_QUESTION,
    PERSONAL_HEALTH, MEDICAL_EXAMPLE, LLM_OPINION, SMALLTALK, UNSUPPORTED_CLAIM, UNCOVERED_TOPIC, COVERED,
    ON_TOPIC_NOT_COVERED, OFF_TOPIC
}
