package com.clinicchat.triage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    @Test
    void aLongerMessageIsReadSentenceBySentence() {
        assertThat(Sentences.of("does the drip help with sleep? my dad is on the floor and won't wake up"))
                .containsExactly("does the drip help with sleep?", "my dad is on the floor and won't wake up");
        assertThat(Sentences.of("chest feels heavy since lunch\nleft arm is numb too.anyway do you come to offices"))
                .containsExactly("chest feels heavy since lunch", "left arm is numb too.",
                        "anyway do you come to offices");
    }

    @Test
    void splittingKeepsEverySentenceShortOrNot() {
        assertThat(Sentences.split(" hi! ok. is it safe?\nthx ")).containsExactly("hi!", "ok.", "is it safe?", "thx");
        assertThat(Sentences.split("   ")).isEmpty();
    }

    @Test
    void oneSentenceOrFragmentsOfFewerThanThreeWordsAreNothingToSplit() {
        assertThat(Sentences.of("is it safe for people with heart block?")).isEmpty();
        assertThat(Sentences.of("hi! ok. is it safe?")).isEmpty();
    }

    @Test
    void aVeryLongMessageCostsAtMostAFewSentences() {
        assertThat(Sentences.of("one two three. ".repeat(20))).hasSize(Sentences.MOST);
    }
}
