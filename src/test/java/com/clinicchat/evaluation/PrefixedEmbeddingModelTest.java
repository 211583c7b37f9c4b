package com.clinicchat.evaluation;

import com.clinicchat.retrieval.RetrieverFixture;
import com.clinicchat.retrieval.RetrieverForModel;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedding comparison is only fair if article text and visitor messages get their own prefixes. */
class PrefixedEmbeddingModelTest {

    private final List<String> embedded = new CopyOnWriteArrayList<>();
    private final EmbeddingModel model = new PrefixedEmbeddingModel(new Recording(), "query: ", "passage: ");

    @Test
    void articlesAreIndexedAsPassagesAndMessagesAreEmbeddedAsQueries() {
        var retriever = RetrieverForModel.over(Path.of("knowledge"), model, RetrieverFixture.Coverage.MODEL,
                RetrieverFixture.Ranker.MODEL);
        List<String> indexed = List.copyOf(embedded);
        embedded.clear();

        retriever.retrieve("is a magnesium drip safe?");

        assertThat(indexed).isNotEmpty().allMatch(text -> text.startsWith("passage: "));
        assertThat(indexed).anyMatch(text -> text.contains("magnesium"));
        assertThat(embedded).containsExactly("query: is a magnesium drip safe?");
    }

    @Test
    void aMessageGetsTheVectorOfItsPrefixedText() {
        float[] prefixed = model.embed("do you do home visits").content().vector();

        assertThat(prefixed).containsExactly(
                RetrieverFixture.MODEL.embed("query: do you do home visits").content().vector());
        assertThat(prefixed).isNotEqualTo(RetrieverFixture.MODEL.embed("do you do home visits").content().vector());
    }

    /** The real model, noting what it is asked to embed. */
    private final class Recording implements EmbeddingModel {

        @Override
        public Response<Embedding> embed(String text) {
            embedded.add(text);
            return RetrieverFixture.MODEL.embed(text);
        }

        @Override
        public Response<Embedding> embed(TextSegment segment) {
            return embed(segment.text());
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(segment -> embedded.add(segment.text()));
            return RetrieverFixture.MODEL.embedAll(segments);
        }

        @Override
        public int dimension() {
            return RetrieverFixture.MODEL.dimension();
        }
    }
}
