package com.clinicchat.triage;

import java.util.Optional;

/**
 * A second opinion on a visitor message, from an LLM where one is configured. Triage only ever lets it raise a
 * route to {@link Route#ESCALATE} or {@link Route#EMERGENCY}, never lower one, so a confused or manipulated model
 * cannot talk the service out of caution.
 */
public interface TriageOpinion {

    /** The route the opinion suggests, or empty when it has none (no answer in time, unparsable, provider down). */
    Optional<Route> routeFor(String visitorText);
}
