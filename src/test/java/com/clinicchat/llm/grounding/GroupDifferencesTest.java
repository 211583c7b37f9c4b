package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link GroupDifferences}: an effect said to differ for a group must be a difference the passages state. */
class GroupDifferencesTest {

    private static final List<String> IRON = List.of("Side effects include a metallic taste, mild headache or a brief "
            + "rash at the infusion site.", "We advise caution for people with asthma or an active infection.");

    @Test
    void aDifferenceForAGroupThePassagesDoNotStateIsWithheld() {
        assertThat(GroupDifferences.firstUnstated("The metallic taste is stronger in people with asthma [1].",
                String.join("\n", IRON))).hasValue("a difference for a group the passages do not state: stronger in "
                + "people with");
        Verdict risk = VERIFIER.verify("The brief rash can be more of a problem for people who already have eczema [1].",
                IRON);
        assertThat(risk.outcome()).isEqualTo(Outcome.DROP);
    }

    @Test
    void aDifferenceThePassagesStateOrNoGroupIsLeftToTheOtherChecks() {
        List<String> stated = List.of("Headaches are more common in people who skip breakfast before the infusion.");
        assertThat(GroupDifferences.firstUnstated("Headaches are more likely in people who skip breakfast first [1].",
                stated.getFirst())).isEmpty();
        Verdict plain = VERIFIER.verify("Side effects include a metallic taste, a mild headache or a brief rash where the "
                + "infusion goes in [1].", IRON);
        assertThat(plain.outcome()).as(plain.reason()).isEqualTo(Outcome.RELEASE);
    }
}
