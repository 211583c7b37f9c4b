package com.clinicchat.evaluation;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.List;

/**
 * An embedding model used the way its authors trained it: e5 wants "query: " before a question and "passage: "
 * before a document, bge recommends an instruction before retrieval queries. Article text is whatever
 * {@code SearchIndex.build} embeds (for the clinic's index and for the coverage model's training index alike);
 * everything else, visitor messages above all, is a query. The caller is recognised from the stack so that the
 * comparison runs the application's own code unchanged; a real switch would give {@code SearchIndex} its own
 * prefix instead (see docs/evaluation.md).
 */
public final class PrefixedEmbeddingModel implements EmbeddingModel {

    private static final String INDEX_CLASS = "com.clinicchat.retrieval.SearchIndex";
    private static final String INDEX_METHOD = "build";

    private final EmbeddingModel base;
    private final String queryPrefix;
    private final String passagePrefix;

    public PrefixedEmbeddingModel(EmbeddingModel base, String queryPrefix, String passagePrefix) {
        this.base = base;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    @Override
    public Response<Embedding> embed(String text) {
        return base.embed(prefix() + text);
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return embed(segment.text());
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        String prefix = prefix();
        return base.embedAll(segments.stream().map(segment -> TextSegment.from(prefix + segment.text())).toList());
    }

    @Override
    public int dimension() {
        return base.dimension();
    }

    @Override
    public String modelName() {
        return base.modelName();
    }

    private String prefix() {
        return indexing() ? passagePrefix : queryPrefix;
    }

    /** Whether the article index is being built: its texts are passages, not queries. */
    static boolean indexing() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().equals(INDEX_CLASS) && frame.getMethodName().equals(INDEX_METHOD)));
    }
}
