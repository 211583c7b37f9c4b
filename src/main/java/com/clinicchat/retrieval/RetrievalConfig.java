package com.clinicchat.retrieval;

import com.clinicchat.corpus.ModelCacheProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process embedding model, shared by retrieval, triage and the LLM citation check. */
@Configuration(proxyBeanMethods = false)
class RetrievalConfig {

    /** all-MiniLM-L6-v2, quantized, run by ONNX Runtime inside the JVM: no network, about 2 ms a query. */
    @Bean
    EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /** Learned at start from the labelled corpus (or loaded from the model cache). */
    @Bean
    CoverageModel coverageModel(EmbeddingModel embeddings, RetrievalProperties properties,
                                ModelCacheProperties models) {
        return CoverageTraining.trainOrLoad(embeddings, properties, models.cache());
    }
}
