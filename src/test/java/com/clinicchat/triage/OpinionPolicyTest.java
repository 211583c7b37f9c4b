package com.clinicchat.triage;

import com.clinicchat.triage.TriageOpinion.Opinion;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a model's triage opinion may change, and what it may not. */
class OpinionPolicyTest {

    private static final TriageDecision ANSWER = TriageDecision.of(Route.ANSWER, Basis.COVERED);

    private static Optional<Opinion> says(Route route) {
        return Optional.of(new Opinion(route, "because"));
    }

    @Test
    void anOpinionMayRaiseAnAnswerToStaff() {
        TriageDecision raised = OpinionPolicy.apply(ANSWER, says(Route.ESCALATE));

        assertThat(raised.route()).isEqualTo(Route.ESCALATE);
        assertThat(raised.reason()).isEqualTo(EscalationReason.MEDICAL_QUESTION);
        assertThat(raised.basis()).isEqualTo(Basis.LLM_OPINION);
    }

    @Test
    void aModelAloneNeverTriggersTheEmergencyInstructions() {
        assertThat(OpinionPolicy.apply(ANSWER, says(Route.EMERGENCY)).route()).isEqualTo(Route.ESCALATE);
        assertThat(OpinionPolicy.apply(TriageDecision.of(Route.DECLINE, Basis.ROUTER), says(Route.EMERGENCY)).route())
                .isEqualTo(Route.ESCALATE);
    }

    @Test
    void smallTalkAndTheRulesOwnHandOversAreNeverChangedNorAsked() {
        TriageDecision greeting = TriageDecision.of(Route.SMALLTALK, Basis.ROUTER);
        TriageDecision emergency = TriageDecision.escalate(EscalationReason.EMERGENCY, Basis.EMERGENCY_RULE);
        TriageDecision person = TriageDecision.escalate(EscalationReason.ASKED_FOR_PERSON, Basis.PERSON_RULE);

        assertThat(OpinionPolicy.apply(greeting, says(Route.EMERGENCY))).isEqualTo(greeting);
        assertThat(OpinionPolicy.apply(emergency, says(Route.ANSWER))).isEqualTo(emergency);
        assertThat(OpinionPolicy.apply(person, says(Route.EMERGENCY))).isEqualTo(person);
        assertThat(OpinionPolicy.couldChange(greeting)).isFalse();
        assertThat(OpinionPolicy.couldChange(emergency)).isFalse();
        assertThat(OpinionPolicy.couldChange(ANSWER)).isTrue();
    }

    @Test
    void anOpinionNeverLowersNorActsWhenAbsent() {
        TriageDecision unknown = TriageDecision.of(Route.UNKNOWN, Basis.NOT_COVERED);

        assertThat(OpinionPolicy.apply(unknown, says(Route.ANSWER))).isEqualTo(unknown);
        assertThat(OpinionPolicy.apply(ANSWER, Optional.empty())).isEqualTo(ANSWER);
    }
}
