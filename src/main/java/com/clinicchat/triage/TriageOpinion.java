package com.clinicchat.triage;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A second opinion on a visitor message, from an LLM where one is configured, given the conversation so far.
 * {@link OpinionPolicy} decides what it may change: it can only raise a route, never lower one, so a confused or
 * manipulated model cannot talk the service out of caution.
 */
public interface TriageOpinion {

    /** The structured opinion: a route and the model's short reason (for staff and logs, never for visitors). */
    record Opinion(Route route, String reason) {
    }

    /** One earlier message of the conversation, oldest first. */
    record Said(boolean byVisitor, String text) {
    }

    /**
     * The opinion on {@code visitorText}, or empty when there is none (no answer in time, malformed, provider down
     * or skipped). May block for as long as the implementation's own time limit; callers bound it further.
     */
    Optional<Opinion> opinionOn(String visitorText, List<Said> conversation);

    /** How long, from the message's arrival, the pipeline waits for the opinion before going on without it. */
    default Duration patience() {
        return Duration.ofSeconds(2);
    }
}
