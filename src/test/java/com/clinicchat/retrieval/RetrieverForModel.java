package com.clinicchat.retrieval;

import com.clinicchat.knowledge.KnowledgeBase;
import com.clinicchat.knowledge.KnowledgeChanged;
import com.clinicchat.knowledge.KnowledgeProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A retriever over a folder built with any embedding model, its coverage model learned with that same model (as
 * the application learns it at start): for comparing embedding models, where {@link RetrieverFixture}'s shared
 * MiniLM will not do.
 */
public final class RetrieverForModel {

    private RetrieverForModel() {
    }

    public static KnowledgeRetriever over(Path folder, EmbeddingModel model) {
        return over(folder, model, CoverageTraining.train(model, RetrieverFixture.PROPERTIES),
                RankerTraining.train(model, RetrieverFixture.PROPERTIES));
    }

    public static KnowledgeRetriever over(Path folder, EmbeddingModel model, CoverageModel coverage,
                                          SectionRanker ranker) {
        KnowledgeRetriever retriever = new KnowledgeRetriever(model, RetrieverFixture.PROPERTIES, coverage, ranker);
        new KnowledgeBase(new KnowledgeProperties(folder, false, Duration.ofMillis(100)), event -> {
            if (event instanceof KnowledgeChanged changed) {
                retriever.onKnowledgeChanged(changed);
            }
        }).reload();
        if (retriever.stats().passages() == 0) {
            throw new IllegalStateException("nothing indexed from " + folder.toAbsolutePath());
        }
        return retriever;
    }
}
