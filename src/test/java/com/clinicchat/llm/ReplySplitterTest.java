package com.clinicchat.llm;

import com.clinicchat.llm.grounding.CitedSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences cut from a stream however the tokens fall, with their markers wherever the model put them. */
class ReplySplitterTest {

    /** Feeds the reply one character at a time, the hardest case for knowing where a sentence ends. */
    private static List<String> split(String reply) {
        ReplySplitter splitter = new ReplySplitter();
        List<String> sentences = new ArrayList<>();
        for (char c : reply.toCharArray()) {
            sentences.addAll(splitter.add(String.valueOf(c)));
        }
        sentences.addAll(splitter.finish());
        return sentences;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It eases strain on the heart [4]. It lowers blood pressure [2].",
            "It eases strain on the heart. [4] It lowers blood pressure. [2]",
            "It eases strain on the heart.[4] It lowers blood pressure.[2]",
            "It eases strain on the heart [4].\nIt lowers blood pressure [2].",
            "It eases strain on the heart [4]. It lowers blood pressure [2]"})
    void aMarkerBeforeOrAfterTheFullStopStaysWithItsSentence(String reply) {
        List<String> sentences = split(reply);

        assertThat(sentences).hasSize(2);
        assertThat(CitedSentence.parse(sentences.get(0)).cited()).containsExactly(4);
        assertThat(CitedSentence.parse(sentences.get(0)).text()).isEqualTo("It eases strain on the heart.");
        assertThat(CitedSentence.parse(sentences.get(1)).cited()).containsExactly(2);
    }

    @Test
    void aSentenceIsNotReleasedWhileAMarkerMayStillFollowIt() {
        ReplySplitter splitter = new ReplySplitter();
        assertThat(splitter.add("It eases strain on the heart.")).isEmpty();
        assertThat(splitter.add(" ")).isEmpty();
        assertThat(splitter.add("[")).isEmpty();
        assertThat(splitter.add("4] ")).isEmpty();
        assertThat(splitter.add("It")).containsExactly("It eases strain on the heart. [4]");
    }

    @Test
    void groupedMarkersListsAndNumbersAreUnderstood() {
        List<String> sentences = split("Magnesium IV therapy is ideal for:\n- Athletes seeking faster recovery [3]\n"
                + "- Individuals diagnosed with magnesium deficiency [3, 5]\n1. A dose of 2.5 grams [1][2]. Done [2-4].");

        assertThat(sentences).hasSize(5);
        assertThat(CitedSentence.parse(sentences.get(1))).satisfies(s -> {
            assertThat(s.listItem()).isTrue();
            assertThat(s.text()).isEqualTo("Athletes seeking faster recovery");
        });
        assertThat(CitedSentence.parse(sentences.get(2)).cited()).containsExactly(3, 5);
        assertThat(CitedSentence.parse(sentences.get(3)).text()).isEqualTo("A dose of 2.5 grams.");
        assertThat(CitedSentence.parse(sentences.get(3)).cited()).containsExactly(1, 2);
        assertThat(CitedSentence.parse(sentences.get(4)).cited()).containsExactly(2, 3, 4);
    }

    @Test
    void markdownEmphasisIsNotPartOfWhatIsShown() {
        CitedSentence sentence = CitedSentence.parse("**Heart rhythm:** magnesium controls *electrical* activity [1].");

        assertThat(sentence.text()).isEqualTo("Heart rhythm: magnesium controls electrical activity.");
        assertThat(sentence.cited()).containsExactly(1);
    }
}
