package com.clinicchat.triage;

import com.clinicchat.triage.TriageOpinion.Opinion;

import java.util.Optional;

/**
 * What a model's triage opinion may change. It can only raise a route, to a hand-over to staff; it is not asked
 * about, and never changes, messages the rules already send to staff or recognise as small talk (a greeting never
 * gets emergency instructions); and a model alone never triggers the emergency instructions: an "emergency" that
 * the rules and examples did not see becomes an escalation, so a person reads the conversation at once without the
 * visitor being told to call 911 on the word of an unverified model.
 */
public final class OpinionPolicy {

    private OpinionPolicy() {
    }

    /** Whether an opinion could change {@code byRules} at all (when it cannot, nobody waits for it). */
    public static boolean couldChange(TriageDecision byRules) {
        return !byRules.route().needsStaff() && byRules.route() != Route.SMALLTALK;
    }

    /** The decision once the opinion (if any) is taken into account. */
    public static TriageDecision apply(TriageDecision byRules, Optional<Opinion> opinion) {
        if (opinion.isEmpty() || !couldChange(byRules) || !opinion.get().route().needsStaff()) {
            return byRules;
        }
        return TriageDecision.escalate(EscalationReason.MEDICAL_QUESTION, Basis.LLM_OPINION);
    }
}
