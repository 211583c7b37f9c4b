package com.clinicchat.triage;

/**
 * The route chosen for one visitor message, and why.
 *
 * @param route  where the message goes
 * @param reason set when {@code route.needsStaff()}, otherwise null
 * @param basis  which rule or exemplar decided, for logs and the evaluation report (never shown to visitors)
 */
public record TriageDecision(Route route, EscalationReason reason, String basis) {

    public TriageDecision {
        if (route.needsStaff() != (reason != null)) {
            throw new IllegalArgumentException("an escalation reason goes with, and only with, a staff route");
        }
    }

    static TriageDecision of(Route route, String basis) {
        return new TriageDecision(route, null, basis);
    }

    static TriageDecision escalate(EscalationReason reason, String basis) {
        return new TriageDecision(reason == EscalationReason.EMERGENCY ? Route.EMERGENCY : Route.ESCALATE, reason, basis);
    }

    /** Whether this decision puts the message at least as close to staff as {@code other}. */
    boolean atLeastAsSafeAs(TriageDecision other) {
        return safety(route) >= safety(other.route);
    }

    private static int safety(Route route) {
        return switch (route) {
            case EMERGENCY -> 2;
            case ESCALATE -> 1;
            default -> 0;
        };
    }
}
