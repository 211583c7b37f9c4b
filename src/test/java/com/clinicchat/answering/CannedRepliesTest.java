package com.clinicchat.answering;

import com.clinicchat.knowledge.SubjectWordsTest;
import com.clinicchat.retrieval.RetrieverFixture;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The greeting and the refusal name what the clinic publishes now, by the articles' own titles. */
class CannedRepliesTest {

    @Test
    void theGreetingNamesTheLoadedArticles() {
        assertThat(CannedReplies.greeting(List.of("Zinc Infusions: What Zinc Does for Immunity")))
                .isEqualTo("Hi! I can answer questions from the clinic's articles, such as Zinc Infusions. "
                        + "What would you like to know?");
        assertThat(CannedReplies.greeting(List.of("Magnesium IV Benefits: How Infusions Support Heart and Muscle "
                + "Health", "NAD+ IV Therapy: Supporting Cellular Energy", "Vitamin C IV Therapy")))
                .contains("such as Magnesium IV Benefits, NAD+ IV Therapy and others.");
        assertThat(CannedReplies.decline(List.of("Zinc Infusions", "Iron Drips")))
                .contains("such as Zinc Infusions and Iron Drips, or put you in touch with our staff");
    }

    @Test
    void withoutArticlesNoTopicIsPromised() {
        assertThat(CannedReplies.greeting(List.of())).isEqualTo(CannedReplies.GREETING_WITHOUT_ARTICLES)
                .doesNotContainIgnoringCase("such as");
        assertThat(CannedReplies.decline(List.of())).isEqualTo(CannedReplies.DECLINE_WITHOUT_ARTICLES);
    }

    @Test
    void aClinicWritingAboutZincIsGreetedWithZincNotMagnesium(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("zinc.md"), SubjectWordsTest.ZINC);
        AssistantFixture zincClinic = new AssistantFixture(new RetrieverFixture(folder), List.of());

        AssistantReply hello = zincClinic.assistant.reply("hello", List.of());

        assertThat(hello.route()).isEqualTo(Route.SMALLTALK);
        assertThat(hello.text()).contains("Zinc Infusions").doesNotContainIgnoringCase("magnesium");
    }
}
