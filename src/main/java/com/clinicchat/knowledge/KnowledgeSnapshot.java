package com.clinicchat.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything in the knowledge folder at one moment: the articles that parsed, the files that did not (file name to
 * reason) and the synonym rules. Immutable, so a reader never sees a half-loaded folder.
 */
public record KnowledgeSnapshot(List<Article> articles, Map<String, String> failures, String synonyms,
                                Instant loadedAt) {

    public KnowledgeSnapshot {
        articles = List.copyOf(articles);
        failures = Map.copyOf(failures);
    }

    public List<Section> sections() {
        return articles.stream().flatMap(article -> article.sections().stream()).toList();
    }
}
