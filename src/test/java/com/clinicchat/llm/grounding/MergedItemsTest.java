package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link MergedItems}: two items of a caution list made one group, or one item's qualifier given to another. */
class MergedItemsTest {

    private static final List<String> SAUNA_CAUTIONS = List.of("Saunas call for caution in:\n\n"
            + "- People with epilepsy (heat can lower the seizure threshold).\n"
            + "- Older adults with weak circulation.\n"
            + "- Pregnant women (only after their midwife agrees).");

    @Test
    void aGroupMadeOfTwoCautionItemsIsNotReleased() {
        Verdict merged = VERIFIER.verify("- Pregnant women with epilepsy: only after their midwife agrees [1]",
                SAUNA_CAUTIONS);
        assertThat(merged.outcome()).isEqualTo(Outcome.DROP);
        assertThat(merged.reason()).contains("merges two items of the caution list");
        assertThat(MergedItems.firstMerged("Older adults who have epilepsy need extra care [1].", Set.of(),
                SAUNA_CAUTIONS)).isPresent();
    }

    @Test
    void oneItemReworded_orTheItemsListedSideBySide_areNotMerged() {
        assertThat(MergedItems.firstMerged("Extra care is asked for people with epilepsy [1].", Set.of(),
                SAUNA_CAUTIONS)).isEmpty();
        assertThat(MergedItems.firstMerged("Extra care is asked for people with epilepsy, older adults with weak "
                + "circulation and pregnant women [1].", Set.of(), SAUNA_CAUTIONS)).isEmpty();
        // a list that is no caution list is left to the other checks
        assertThat(MergedItems.firstMerged("Pregnant women with epilepsy are welcome [1].", Set.of(),
                List.of("Saunas suit:\n\n- People with epilepsy.\n- Pregnant women."))).isEmpty();
    }
    @Test
    void oneItemsQualifierGivenToAnotherIsNotReleased() {
        assertThat(MergedItems.firstMovedQualifier("Older adults with weak circulation can only use a sauna after "
                + "their midwife agrees [1].", Set.of("sauna"), SAUNA_CAUTIONS))
                .hasValue("gives one caution item's qualifier to another: 'only after their midwife agrees'");
        Verdict moved = VERIFIER.verify("The second one, older adults with weak circulation, only after their midwife "
                + "agrees [1].", SAUNA_CAUTIONS);
        assertThat(moved.outcome()).isEqualTo(Outcome.DROP);
        // the qualifier with its own item, in other words, and the whole list with it
        assertThat(MergedItems.firstMovedQualifier("Pregnancy calls for caution too, only after the midwife agrees [1].",
                Set.of("sauna"), SAUNA_CAUTIONS)).isEmpty();
        assertThat(MergedItems.firstMovedQualifier("Caution is advised with epilepsy, weak circulation in older adults "
                + "and pregnancy, where the midwife must agree first [1].", Set.of("sauna"), SAUNA_CAUTIONS)).isEmpty();
    }
}
