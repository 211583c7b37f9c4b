package com.clinicchat.answering;

import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;

import java.util.List;

/**
 * What the assistant says to one visitor message.
 *
 * @param route            the triage route
 * @param text             the full reply text (already streamed as deltas where the answerer streams)
 * @param citations        sources, never empty for {@link Route#ANSWER}
 * @param escalationReason set when {@code route.needsStaff()}, otherwise null
 */
public record AssistantReply(Route route, String text, List<Citation> citations, EscalationReason escalationReason) {

    public AssistantReply {
        citations = List.copyOf(citations);
    }

    /** Emergencies jump the staff queue. */
    public boolean urgent() {
        return route == Route.EMERGENCY;
    }
}
