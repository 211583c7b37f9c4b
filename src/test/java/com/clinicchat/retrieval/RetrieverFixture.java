package com.clinicchat.retrieval;

import com.clinicchat.knowledge.KnowledgeBase;
import com.clinicchat.knowledge.KnowledgeChanged;
import com.clinicchat.knowledge.KnowledgeProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.nio.file.Path;
import java.time.Duration;

/** A real knowledge base and retriever over a folder, wired by hand: no Spring context needed. */
public final class RetrieverFixture {

    /** Loading the ONNX model takes about a second; every test class shares one. */
    public static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();

    public final KnowledgeBase knowledge;
    public final KnowledgeRetriever retriever;

    public RetrieverFixture(Path folder) {
        RetrievalProperties properties = new RetrievalProperties(8, 15, 10, 0.25);
        this.retriever = new KnowledgeRetriever(MODEL, properties);
        this.knowledge = new KnowledgeBase(new KnowledgeProperties(folder, false, Duration.ofMillis(100)), event -> {
            if (event instanceof KnowledgeChanged changed) {
                retriever.onKnowledgeChanged(changed);
            }
        });
        knowledge.reload();
    }

    /** Over the project's own knowledge folder. */
    public static RetrieverFixture clinicArticles() {
        return new RetrieverFixture(Path.of("knowledge"));
    }
}
