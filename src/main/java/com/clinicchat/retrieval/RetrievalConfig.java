package com.clinicchat.retrieval;

import com.clinicchat.corpus.ModelCacheProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process embedding model, shared by retrieval, triage and the LLM citation check. */
@Configuration(proxyBeanMethods = false)
class RetrievalConfig {

    /**
     * bge-small-en-v1.5, quantized, run by ONNX Runtime inside the JVM: no network, a few ms a query. Chosen over
     * all-MiniLM-L6-v2 and e5-small-v2 on the validation split (docs/evaluation.md); used without prefixes.
     */
    @Bean
    EmbeddingModel embeddingModel() {
        return new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    /** Learned at start from the labelled corpus (or loaded from the model cache). */
    @Bean
    CoverageModel coverageModel(EmbeddingModel embeddings, RetrievalProperties properties,
                                ModelCacheProperties models) {
        return CoverageTraining.trainOrLoad(embeddings, properties, models.cache());
    }

    /** Learned at start from the labelled corpus (or loaded from the model cache), like the coverage model. */
    @Bean
    SectionRanker sectionRanker(EmbeddingModel embeddings, RetrievalProperties properties,
                                ModelCacheProperties models) {
        return RankerTraining.trainOrLoad(embeddings, properties, models.cache());
    }
}
