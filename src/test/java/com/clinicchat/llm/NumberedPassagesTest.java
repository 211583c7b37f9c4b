package com.clinicchat.llm;

import com.clinicchat.llm.NumberedPassages.Passage;
import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the model is given, from real retrieval over the clinic's article. */
class NumberedPassagesTest {

    static final RetrieverFixture FIXTURE = new RetrieverFixture(Path.of("knowledge"));

    private static String given(String question) {
        Retrieval retrieval = FIXTURE.retriever.retrieve(question);
        List<Passage> passages = NumberedPassages.from(retrieval, question);
        return String.join("\n", passages.stream().map(Passage::text).toList());
    }

    @Test
    void aSafetyQuestionGetsTheWholeCautionListAndTheSideEffects() {
        String given = given("Is a magnesium drip safe?");

        assertThat(given).contains("These include a feeling of warmth, temporary flushing of the skin")
                .contains("But we advise caution for:\n- People with kidney disease")
                .contains("- Those with severe heart block or certain cardiac conditions.")
                .contains("- Pregnant or breastfeeding women (only after a medical consultation).")
                .contains("magnesium infusions remain safe and effective");
    }

    @Test
    void aListItemComesWithItsWholeListAndItsLeadIn() {
        String given = given("Is it good for athletes?");

        assertThat(given).contains("Magnesium IV therapy is ideal for:\n- Individuals diagnosed with magnesium deficiency")
                .contains("- Athletes seeking faster muscle recovery and reduced soreness");
    }
}
