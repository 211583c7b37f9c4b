package com.clinicchat.llm.grounding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CausalDirection}: cause and effect the same way round as the evidence. */
class CausalDirectionTest {

    private static final String THYROID = "If thyroid hormone levels fall too low, the body's metabolism slows down, "
            + "leading to tiredness, weight gain and feeling cold.";

    @Test
    void anEffectMadeTheCauseOfTheConditionIsTurnedRound() {
        assertThat(CausalDirection.firstReversed("When people feel tired, the metabolism slows down, and that is what "
                + "causes thyroid hormone levels to fall too low.", THYROID))
                .hasValueSatisfying(reason -> assertThat(reason).contains("other way round"));
    }

    @Test
    void theLinkTheSameWayRoundIsNotTurned() {
        assertThat(CausalDirection.firstReversed("Low thyroid hormone levels slow the metabolism, which causes "
                + "tiredness and weight gain.", THYROID)).isEmpty();
        assertThat(CausalDirection.firstReversed("A slower metabolism from low thyroid hormone levels can cause "
                + "tiredness and feeling cold.", THYROID)).isEmpty();
    }
}
