package com.clinicchat.triage;

/**
 * The route chosen for one visitor message, and why.
 *
 * @param route  where the message goes
 * @param reason set when {@code route.needsStaff()}, otherwise null
 * @param basis  which rule or example decided (never shown to visitors)
 */
public record TriageDecision(Route route, EscalationReason reason, Basis basis) {

    public TriageDecision {
        if (route.needsStaff() != (reason != null)) {
            throw new IllegalArgumentException("an escalation reason goes with, and only with, a staff route");
        }
    }

    static TriageDecision of(Route route, Basis basis) {
        return new TriageDecision(route, null, basis);
    }

    static TriageDecision escalate(EscalationReason reason, Basis basis) {
        return new TriageDecision(reason == EscalationReason.EMERGENCY ? Route.EMERGENCY : Route.ESCALATE, reason, basis);
    }
}
