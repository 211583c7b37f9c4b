package com.clinicchat.retrieval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's question wrapped in backstory and emoji, over a clinic of three articles (the real one and the two
 * written for tests), the real ONNX model and a real Lucene index: the asides must not hide a question the articles
 * answer, nor make one they don't answer look covered.
 */
class QuestionAmongAsidesTest {

    @TempDir
    static Path folder;

    private static RetrieverFixture fixture;

    @BeforeAll
    static void indexThreeArticles() throws IOException {
        fixture = RetrieverFixture.clinicAndTestArticles(folder, false);
    }

    @Test
    void aCoveredQuestionIsFoundUnderTheBackstoryThatHidesItFromTheWholeMessage() {
        assertCoveredOnlyAlone("does it help with sleep? the baby is teething, the dog barks at 4am and my husband "
                + "snores like a chainsaw 😩", "sleep");
    }

    @Test
    void aVisitQuestionIsKnownByItsKindWhateverSurroundsIt() {
        // the backstory once hid it, and only its first question looked up alone found it
        String message = "do you do events? my sister is getting married at a ranch near kamas in september 💍";
        Retrieval retrieval = retrieve(message);
        assertThat(retrieval.covered()).as(message).isTrue();
        assertThat(retrieval.query()).isEqualTo(message);
        assertThat(retrieval.passages().getFirst().text()).contains("event");
    }

    @Test
    void anUncoveredQuestionStaysUncoveredWhateverSurroundsIt() {
        for (String message : new String[]{
                "how much does the drip cost? my husband keeps asking and I have no idea lol 🙈",
                "do you take insurance? money is tight since the move and the kids need braces 😬"}) {
            assertThat(retrieve(message).covered()).as(message).isFalse();
        }
    }

    @Test
    void aFollowUpJoinedToItsTopicIsJudgedWholeNotByTheEarlierQuestion() {
        String joined = "does it help with sleep? and the price?";
        assertThat(fixture.retriever.retrieveJoined(joined, vector(joined)).covered()).isFalse();
    }

    private static void assertCoveredOnlyAlone(String message, String answerWord) {
        assertThat(fixture.retriever.retrieveJoined(message, vector(message)).covered()).as(message).isFalse();
        Retrieval retrieval = retrieve(message);
        assertThat(retrieval.covered()).as(message).isTrue();
        assertThat(retrieval.query()).isEqualTo(message);
        assertThat(retrieval.passages().stream().limit(3).map(passage -> passage.text().toLowerCase()))
                .as(message).anyMatch(text -> text.contains(answerWord));
    }

    private static Retrieval retrieve(String message) {
        return fixture.retriever.retrieve(message, vector(message));
    }

    private static float[] vector(String text) {
        return RetrieverFixture.MODEL.embed(text).content().vector();
    }
}
