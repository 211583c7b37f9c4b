package com.clinicchat.gaps;

import com.clinicchat.knowledge.SubjectWords;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A question's topic is read without the clinic's words and without what its articles are about, as of now. */
class TopicGroupingTest {

    @Test
    void theSubjectLeftOutIsTheArticlesCurrentOne() {
        AtomicReference<SubjectWords> subject = new AtomicReference<>(new SubjectWords(Set.of("magnesium")));
        TopicGrouping topics = new TopicGrouping(List.of("iv", "drip"), subject::get);

        assertThat(topics.topic("How much does a magnesium IV cost?")).isEqualTo("How much does cost?");
        assertThat(topics.topic("How much does a zinc drip cost?")).isEqualTo("How much does zinc cost?");

        subject.set(new SubjectWords(Set.of("zinc"))); // the clinic's articles were replaced
        assertThat(topics.topic("How much does a zinc drip cost?")).isEqualTo("How much does cost?");
        assertThat(topics.topic("How much does a magnesium IV cost?")).isEqualTo("How much does magnesium cost?");
        assertThat(topics.topic("Zinc IV?")).as("nothing left: the question itself").isEqualTo("Zinc IV?");
    }
}
