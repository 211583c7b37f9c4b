package com.clinicchat.retrieval;

import java.util.List;

/**
 * The passages found for a query, best first.
 *
 * @param confidence calibrated in [0, 1]: how sure we are that the articles speak to this query
 * @param covered    whether {@code confidence} reaches the configured threshold; below it, answer "not covered"
 */
public record Retrieval(String query, List<RetrievedPassage> passages, double confidence, boolean covered) {

    public Retrieval {
        passages = List.copyOf(passages);
    }

    /** The distinct sections of the passages, in rank order. */
    public List<com.clinicchat.knowledge.Section> sections() {
        return passages.stream().map(RetrievedPassage::section).distinct().toList();
    }
}
