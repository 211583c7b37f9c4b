package com.clinicchat.triage;

import com.clinicchat.corpus.ModelCacheProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TriageProperties.class)
class TriageConfig {

    @Bean
    Router router(EmbeddingModel embeddings, TriageProperties properties, ModelCacheProperties models) {
        return Router.trainOrLoad(embeddings, properties.regularisation(), models.cache());
    }
}
