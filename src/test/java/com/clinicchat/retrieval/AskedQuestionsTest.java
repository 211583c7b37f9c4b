package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AskedQuestionsTest {

    @Test
    void findsTheQuestionAmongAsidesAndBackstory() {
        assertThat(AskedQuestions.of("does zinc help with colds?? asking for my whole office lol 😂"))
                .containsExactly("does zinc help with colds??");
        assertThat(AskedQuestions.of("My coach keeps going on about it. Is the iron drip good for runners?"))
                .containsExactly("Is the iron drip good for runners?");
        assertThat(AskedQuestions.of("how long does it take? and do you come to offices?\nthanks!"))
                .containsExactly("how long does it take?", "and do you come to offices?");
    }

    @Test
    void aMessageThatIsOnlyItsQuestionNeedsNoSecondLookUp() {
        assertThat(AskedQuestions.of("does zinc help with colds?")).isEmpty();
        assertThat(AskedQuestions.of("does zinc help with colds")).isEmpty();
        assertThat(AskedQuestions.of("zinc for colds? ")).isEmpty();
    }

    @Test
    void skipsStatementsAndQuestionsTooShortToStandAlone() {
        assertThat(AskedQuestions.of("I read about zinc drips. My sister swears by them.")).isEmpty();
        assertThat(AskedQuestions.of("zinc, right? my mum had one last week and felt better")).isEmpty();
    }

    @Test
    void looksUpAtMostAFewQuestionsOfALongMessage() {
        assertThat(AskedQuestions.of("a b c? d e f? g h i? j k l? m n o?")).hasSize(AskedQuestions.MOST);
    }
}
