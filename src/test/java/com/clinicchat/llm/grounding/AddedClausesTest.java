package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.llm.grounding.GroundingVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.clinicchat.llm.grounding.GroundingVerifierTest.IRON;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.IMMERSION;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.VERIFIER;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.released;
import static com.clinicchat.llm.grounding.GroundingVerifierTest.dropped;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link AddedClauses}, through the verifier: a clause added to words the passage backs must be backed on its own. */
class AddedClausesTest {

    @Test
    void aClauseAppendedToAPassageRepeatedWordForWordMustBeSupported() {
        assertThat(VERIFIER.verify("Cold-water immersion is part of many rugby recovery programmes, and it's a favourite "
                + "among weekend cyclists [1].", IMMERSION).reason()).contains("adds to a passage's words");
        assertThat(VERIFIER.verify("Cold-water immersion is part of many rugby recovery programmes, especially after "
                + "contact training [1].", IMMERSION).outcome()).isEqualTo(Outcome.RELEASE);
        assertThat(VERIFIER.verify("Cold-water immersion is part of many rugby recovery programmes, and especially "
                + "after contact training [1].", IMMERSION).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aGlossMustBeSupportedOnItsOwn() {
        assertThat(VERIFIER.verify("Haemoglobin, which is a kind of vitamin, rises after an iron infusion, and patients "
                + "report less tiredness [2].", IRON).reason()).contains("a gloss the passages do not give");
        assertThat(VERIFIER.verify("Restless legs at night, which means legs that ache in the morning after waking, are "
                + "suited to iron infusions [1].", IRON).outcome()).isEqualTo(Outcome.DROP);
        assertThat(VERIFIER.verify("Haemoglobin, a kind of vitamin, rises after an iron infusion, and patients report "
                + "less tiredness [2].", IRON).reason()).contains("a gloss the passages do not give");
        assertThat(VERIFIER.verify("Heavy menstrual bleeding runs iron stores low. This means that patients feel "
                + "stronger after a workout [1].", IRON).outcome()).isEqualTo(Outcome.DROP);
        // a gloss in the passage's own words is fine
        assertThat(VERIFIER.verify("Restless legs at night, which means restless legs during the night, are suited to "
                + "iron infusions [1].", IRON).outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anEffectChainedOnWithAlsoMustBeSupportedOnItsOwn() {
        List<String> legs = List.of("Restless legs, where iron lifts dopamine production in the brain.",
                "Iron infusions raise haemoglobin and ease tiredness.");
        // the first effect repeats the passage and carries the overlap; the chained one is the writer's
        assertThat(VERIFIER.verify("For restless legs, iron lifts dopamine production in the brain, which also "
                + "helps people wake up earlier [1].", legs).reason()).contains("adds an effect the passages do not give");
        assertThat(VERIFIER.verify("Iron lifts dopamine production in the brain and also shortens jet lag [1].", legs)
                .outcome()).isEqualTo(Outcome.DROP);
        // an effect the passage gives may be chained on
        assertThat(VERIFIER.verify("Iron infusions raise haemoglobin, which also eases tiredness [2].", legs)
                .outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anAsideInBracketsThatAddsMustBeSupported() {
        List<String> town = List.of("That's why many families in Leeds choose our physiotherapy clinic.");
        dropped("That's why many families in Leeds (and the surrounding villages) choose our physiotherapy clinic [1].",
                town, "adds in brackets");
        released("That's why many families (in Leeds) choose our physiotherapy clinic [1].", town);
        // the same addition without brackets
        dropped("That's why many families in Leeds and nearby towns choose our physiotherapy clinic [1].", town,
                "widens the area");
        List<String> region = List.of("We treat patients across Yorkshire and the surrounding counties.");
        released("We treat patients across Yorkshire and the surrounding counties [1].", region);
    }

    @Test
    void aRelativeClauseAfterACommaMustBeSupportedOnItsOwn() {
        List<String> stiffness = List.of("Morning joint stiffness is common in people over sixty.",
                "Warm-water sessions loosen stiff joints and ease morning pain.");
        // the words before the clause repeat the passage and carry the overlap; the clause is the writer's
        dropped("Stiff joints in the morning are common for people past sixty, who make up most of the people we see [1].",
                stiffness, "adds a clause the passages do not give");
        // a clause the passages give passes
        released("Warm-water sessions loosen stiff joints, which eases morning pain [2].", stiffness);
    }

    @Test
    void anOutcomeJoinedOnWithAndMustBeSupportedOnItsOwn() {
        List<String> iron = List.of("Iron infusions raise haemoglobin quickly and ease tiredness.");
        // the first clause repeats the passage and carries the overlap; the joined predicate is the writer's
        assertThat(VERIFIER.verify("Iron infusions raise haemoglobin quickly, and they spare patients the metallic "
                + "aftertaste that many people dislike [1].", iron).reason())
                .contains("joins on an outcome the passages do not give");
        assertThat(VERIFIER.verify("Iron infusions raise haemoglobin quickly, ease tiredness, and helps patients "
                + "climb stairs without breathlessness [1].", iron).reason())
                .contains("joins on an outcome the passages do not give");
        // a joined predicate the passage gives, and a plain list, pass
        Verdict given = VERIFIER.verify("Iron infusions raise haemoglobin quickly, and they ease tiredness [1].", iron);
        assertThat(given.outcome()).as(given.reason()).isEqualTo(Outcome.RELEASE);
        Verdict list = VERIFIER.verify("Iron infusions raise haemoglobin quickly and ease tiredness [1].", iron);
        assertThat(list.outcome()).as(list.reason()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void aQualifierSetOffByACommaMustBeSupportedOnItsOwn() {
        List<String> cautions = List.of("We advise caution for:\n- People with haemochromatosis.\n- Pregnant women (only "
                + "after a medical consultation).");
        assertThat(VERIFIER.verify("Pregnant women can have it only after a medical consultation, ideally after the "
                + "first trimester [1].", cautions).reason()).contains("adds a qualifier the passages do not give");
        Verdict faithful = VERIFIER.verify("Pregnant women can have it, but only after a medical consultation [1].",
                cautions);
        assertThat(faithful.outcome()).as(faithful.reason()).isEqualTo(Outcome.RELEASE);
    }
    @Test
    void aConditionTheSentenceSetsMustBeSupportedOnItsOwn() {
        List<String> iron = List.of("Iron infusions are suited to:\n- Heavy menstrual bleeding, where iron stores run "
                + "low.\n- Restless legs at night.", "Infusions are given with a treatment plan and supervision.");
        assertThat(VERIFIER.verify("Iron infusions suit restless legs at night, provided the patient is also drinking "
                + "enough water [1].", iron).reason()).contains("adds a condition the passages do not give");
        assertThat(VERIFIER.verify("Iron infusions suit heavy menstrual bleeding, unless the bleeding has first been "
                + "looked at by a gynaecologist [1].", iron).reason()).contains("adds a condition the passages do not give");
        Verdict backed = VERIFIER.verify("Iron infusions suit restless legs at night, as long as there is a treatment "
                + "plan and supervision [1][2].", iron);
        assertThat(backed.outcome()).as(backed.reason()).isEqualTo(Outcome.RELEASE);
        Verdict verb = VERIFIER.verify("Relief for restless legs at night is provided by iron infusions [1].", iron);
        assertThat(verb.outcome()).as(verb.reason()).isEqualTo(Outcome.RELEASE);
    }
}
