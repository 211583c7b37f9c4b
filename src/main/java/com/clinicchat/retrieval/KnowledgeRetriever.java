package com.clinicchat.retrieval;

import com.clinicchat.knowledge.KnowledgeChanged;
import com.clinicchat.knowledge.Section;
import com.clinicchat.retrieval.SearchIndex.Hit;
import com.clinicchat.retrieval.SearchIndex.Kind;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hybrid search over the clinic's articles: BM25 and KNN rankings of sections and passages, merged by reciprocal
 * rank fusion, with a calibrated confidence that says whether the articles speak to the question at all.
 */
@Component
public class KnowledgeRetriever {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeRetriever.class);
    private static final int OVERLAP_PASSAGES = 3;

    private final EmbeddingModel embeddings;
    private final RetrievalProperties properties;
    private final CoverageModel coverage;
    private final AtomicReference<SearchIndex> index = new AtomicReference<>();
    private volatile IndexStats stats = IndexStats.EMPTY;

    public KnowledgeRetriever(EmbeddingModel embeddings, RetrievalProperties properties, CoverageModel coverage) {
        this.embeddings = embeddings;
        this.properties = properties;
        this.coverage = coverage;
    }

    /** Builds the new index completely, then swaps it in; queries still running finish on the old one. */
    @EventListener
    void onKnowledgeChanged(KnowledgeChanged event) {
        long start = System.nanoTime();
        SearchIndex built;
        try {
            built = SearchIndex.build(event.snapshot(), embeddings);
        } catch (RuntimeException e) {
            log.error("Re-indexing failed; the previous index keeps serving", e);
            stats = stats.withFailure("index", e.toString());
            return;
        }
        SearchIndex previous = index.getAndSet(built);
        if (previous != null) {
            previous.release();
        }
        stats = IndexStats.of(built, Duration.ofNanos(System.nanoTime() - start));
        log.info("Index built in {} ms: {} passage(s)", stats.buildTime().toMillis(), stats.passages());
    }

    public Retrieval retrieve(String query) {
        return retrieve(query, properties.maxPassages());
    }

    public Retrieval retrieve(String query, int limit) {
        return retrieve(query, embeddings.embed(query).content().vector(), limit);
    }

    /** With the query's embedding already computed (see {@link QueryEmbeddings}). */
    public Retrieval retrieve(String query, float[] vector) {
        return retrieve(query, vector, properties.maxPassages());
    }

    public Retrieval retrieve(String query, float[] vector, int limit) {
        SearchIndex current = acquire();
        if (current == null) {
            return new Retrieval(query, List.of(), 0, false);
        }
        try {
            Ranked ranked = rank(current, query, vector, limit, properties);
            double confidence = coverage.probability(ranked.evidence());
            boolean covered = confidence >= properties.minConfidence()
                    && !AskedFact.missingFrom(query, ranked.passages().stream().map(RetrievedPassage::text).toList());
            return new Retrieval(query, ranked.passages(), confidence, covered);
        } finally {
            current.release();
        }
    }

    /** Sizes and problems of the index now serving, for health and the benchmark. */
    public IndexStats stats() {
        return stats;
    }

    private SearchIndex acquire() {
        while (true) {
            SearchIndex current = index.get();
            if (current == null || current.tryAcquire()) {
                return current;
            }
        }
    }

    /** Passages best first, and the evidence of whether they answer the query at all. */
    record Ranked(List<RetrievedPassage> passages, CoverageEvidence evidence) {
    }

    /**
     * How much each ranking counts in the fusion: equally. {@code FusionExperiment} found that BM25 at half weight
     * (k = 3) picks a passage of a labelled section more often in isolation (train 0.812 against 0.788), but the
     * whole pipeline on validation routed and answered worse with it (route 0.902 → 0.891, key phrase 0.738 →
     * 0.711), so it was not kept (docs/evaluation.md).
     */
    record Fusion(double lexical, double semantic, double section) {
        static final Fusion PLAIN = new Fusion(1, 1, 1);
    }

    static Ranked rank(SearchIndex current, String query, float[] vector, int limit, RetrievalProperties properties) {
        return rank(current, query, vector, limit, properties, Fusion.PLAIN);
    }

    static Ranked rank(SearchIndex current, String query, float[] vector, int limit, RetrievalProperties properties,
                       Fusion fusion) {
        int candidates = properties.candidates();
        List<Hit> lexicalPassages = current.lexical(query, Kind.PASSAGE, candidates);
        List<Hit> semanticPassages = current.semantic(vector, Kind.PASSAGE, candidates);
        List<Hit> lexicalSections = current.lexical(query, Kind.SECTION, candidates);
        List<Hit> semanticSections = current.semantic(vector, Kind.SECTION, candidates);

        List<SearchIndex.Unit> units = current.units();
        Map<Section, Double> sectionScores = new HashMap<>();
        fuse(lexicalSections, units, hit -> units.get(hit).section(), sectionScores, properties.rrfK(), fusion.lexical());
        fuse(semanticSections, units, hit -> units.get(hit).section(), sectionScores, properties.rrfK(),
                fusion.semantic());
        Map<Integer, Double> passageScores = new HashMap<>();
        fuse(lexicalPassages, units, hit -> hit, passageScores, properties.rrfK(), fusion.lexical());
        fuse(semanticPassages, units, hit -> hit, passageScores, properties.rrfK(), fusion.semantic());
        // section evidence lifts all of its passages: a sentence is best understood in its section
        passageScores.replaceAll((unit, score) -> score
                + fusion.section() * sectionScores.getOrDefault(units.get(unit).section(), 0.0));

        Map<String, java.util.Set<String>> queryTerms = current.terms(query);
        List<RetrievedPassage> passages = passageScores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(entry -> {
                    SearchIndex.Unit unit = units.get(entry.getKey());
                    return new RetrievedPassage(unit.section(), unit.text(), unit.listItem(), unit.leadIn(),
                            entry.getValue(), current.weightedOverlap(queryTerms, entry.getKey()),
                            Cosine.of(vector, unit.vector()));
                })
                .toList();
        double bestCosine = semanticPassages.isEmpty() ? 0 : 2.0 * semanticPassages.getFirst().score() - 1.0;
        double sectionCosine = semanticSections.isEmpty() ? 0 : 2.0 * semanticSections.getFirst().score() - 1.0;
        double overlap = bestOverlap(current, query, passageScores);
        return new Ranked(passages, new CoverageEvidence(bestCosine, sectionCosine, overlap,
                current.unknownShare(queryTerms)));
    }

    private static <K> void fuse(List<Hit> ranking, List<SearchIndex.Unit> units,
                                 java.util.function.IntFunction<K> key, Map<K, Double> scores, int rrfK,
                                 double weight) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(key.apply(ranking.get(rank).unit()), weight / (rrfK + rank + 1), Double::sum);
        }
    }


    /** The best IDF-weighted word overlap between the query and one of its top-ranked passages. */
    private static double bestOverlap(SearchIndex current, String query, Map<Integer, Double> passageScores) {
        Map<String, java.util.Set<String>> terms = current.terms(query);
        return passageScores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(OVERLAP_PASSAGES)
                .mapToDouble(entry -> current.weightedOverlap(terms, entry.getKey()))
                .max()
                .orElse(0);
    }
}
