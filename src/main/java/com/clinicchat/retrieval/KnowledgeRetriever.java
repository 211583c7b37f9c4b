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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

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
    private final SectionRanker ranker;
    private final AtomicReference<SearchIndex> index = new AtomicReference<>();
    private volatile IndexStats stats = IndexStats.EMPTY;

    public KnowledgeRetriever(EmbeddingModel embeddings, RetrievalProperties properties, CoverageModel coverage,
                              SectionRanker ranker) {
        this.embeddings = embeddings;
        this.properties = properties;
        this.coverage = coverage;
        this.ranker = ranker;
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
        return retrieve(query, vector, limit, true);
    }

    /**
     * For a query joined from several messages (a follow-up with the question that set its topic), judged whole: a
     * question of it looked up alone would be the earlier question's, not the follow-up's.
     */
    public Retrieval retrieveJoined(String query, float[] vector) {
        return retrieve(query, vector, properties.maxPassages(), false);
    }

    private Retrieval retrieve(String query, float[] vector, int limit, boolean eachQuestionAlone) {
        SearchIndex current = acquire();
        if (current == null) {
            return new Retrieval(query, List.of(), 0, false);
        }
        try {
            Ranked ranked = rank(current, query, vector, limit, properties, Fusion.PLAIN, ranker);
            double confidence = coverage.probability(ranked.evidence());
            if (CautionQuestion.asks(query) && current.foreignSubject(query).isEmpty()) {
                List<RetrievedPassage> cautions = cautions(current, query, vector, ranked.passages(), limit);
                if (!cautions.isEmpty()) {
                    return new Retrieval(query, cautions, confidence, true);
                }
            }
            boolean vetoed = vetoed(current, query);
            // a follow-up joined to its topic would take the earlier question's kind: only a message on its own
            Predicate<SearchIndex.Unit> answering = eachQuestionAlone
                    ? QuestionKinds.answering(query, current) : null;
            if (answering != null && !vetoed) {
                List<RetrievedPassage> found = passagesWhere(answering, current, query, vector, ranked.passages(),
                        limit);
                // "do you come to the house? how much is it": a price no passage states is still not covered
                if (!found.isEmpty()
                        && !AskedFact.missingFrom(query, found.stream().map(RetrievedPassage::text).toList())) {
                    return new Retrieval(query, found, confidence, true);
                }
            }
            if (vetoed) {
                return new Retrieval(query, ranked.passages(), confidence, false);
            }
            boolean covered = near(query, ranked, confidence);
            if (covered && eachQuestionAlone) {
                // "what does it do for the heart": the topic's own section sums it up, not one of its subsections
                Optional<Section> overview = current.overview(query);
                if (overview.isPresent()) {
                    List<RetrievedPassage> found = passagesWhere(unit -> unit.section().equals(overview.get()),
                            current, query, vector, ranked.passages(), limit);
                    if (!found.isEmpty()) {
                        return new Retrieval(query, found, confidence, true);
                    }
                }
            }
            if (!covered && eachQuestionAlone) {
                for (String asked : AskedQuestions.of(query)) {
                    Ranked alone = rank(current, asked, embeddings.embed(asked).content().vector(), limit, properties,
                            Fusion.PLAIN, ranker);
                    double askedConfidence = coverage.probability(alone.evidence());
                    if (near(asked, alone, askedConfidence) && !vetoed(current, asked)) {
                        return new Retrieval(query, alone.passages(), askedConfidence, true);
                    }
                }
            }
            return new Retrieval(query, ranked.passages(), confidence, covered);
        } finally {
            current.release();
        }
    }

    /** Whether the passages found are near enough in meaning and hold the fact asked for. */
    private boolean near(String query, Ranked ranked, double confidence) {
        return confidence >= properties.minConfidence()
                && !AskedFact.missingFrom(query, ranked.passages().stream().map(RetrievedPassage::text).toList());
    }

    /**
     * The model judges how near the articles are; what they are about is checked apart: a subject or a benefit
     * no article names keeps a query uncovered however near its words are.
     */
    private static boolean vetoed(SearchIndex current, String query) {
        return current.foreignSubject(query).isPresent() || current.unnamedBenefit(query).isPresent();
    }

    /**
     * The passages that state cautions, nearest the question first, each scored as the best passage found: they,
     * not the "ideal for" list the question's words are nearest to, answer who must not have the treatment.
     */
    private static List<RetrievedPassage> cautions(SearchIndex current, String query, float[] vector,
                                                   List<RetrievedPassage> ranked, int limit) {
        double top = ranked.isEmpty() ? 1 : ranked.getFirst().score();
        return passages(current, query, vector, top, unit -> CautionQuestion.states(unit.text(), unit.leadIn()))
                .stream().sorted(Comparator.comparingDouble(RetrievedPassage::cosine).reversed())
                .limit(limit).toList();
    }

    /**
     * The passages that answer a kind of question ({@link QuestionKinds}), in the ranked sections' order, each scored
     * as the best passage found: from the article retrieval ranked first (the one the question names, when it names
     * one), and none when it has no such passage.
     */
    private static List<RetrievedPassage> passagesWhere(Predicate<SearchIndex.Unit> answering, SearchIndex current,
                                                        String query, float[] vector, List<RetrievedPassage> ranked,
                                                        int limit) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        String article = ranked.getFirst().section().articleId();
        List<RetrievedPassage> found = passages(current, query, vector, ranked.getFirst().score(),
                answering.and(unit -> unit.section().articleId().equals(article)));
        // the section ranker's order first ("IV or pills for blood pressure?" compares in the blood-pressure
        // section), then nearness in meaning
        List<Section> rankedSections = ranked.stream().map(RetrievedPassage::section).distinct().toList();
        Comparator<RetrievedPassage> bySectionRank = Comparator.comparingInt(p -> {
            int rank = rankedSections.indexOf(p.section());
            return rank < 0 ? Integer.MAX_VALUE : rank;
        });
        return found.stream()
                .sorted(bySectionRank.thenComparing(Comparator.comparingDouble(RetrievedPassage::cosine).reversed()))
                .limit(limit).toList();
    }

    /** Every passage the predicate accepts, in the index's order, each scored {@code top}. */
    private static List<RetrievedPassage> passages(SearchIndex current, String query, float[] vector, double top,
                                                   Predicate<SearchIndex.Unit> accepted) {
        Map<String, java.util.Set<String>> queryTerms = current.terms(query);
        List<SearchIndex.Unit> units = current.units();
        List<RetrievedPassage> passages = new java.util.ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            SearchIndex.Unit unit = units.get(i);
            if (unit.kind() == SearchIndex.Kind.PASSAGE && accepted.test(unit)) {
                passages.add(new RetrievedPassage(unit.section(), unit.text(), unit.listItem(), unit.leadIn(), top,
                        current.weightedOverlap(queryTerms, i), Cosine.of(vector, unit.vector())));
            }
        }
        return passages;
    }

    /**
     * Whether the text holds a word that could name a topic, after stop words and question words are gone: "how?"
     * and "why is that" hold none.
     */
    public boolean hasContentWords(String text) {
        SearchIndex current = acquire();
        if (current == null) {
            return false;
        }
        try {
            return !current.terms(text).isEmpty();
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
        return rank(current, query, vector, limit, properties, Fusion.PLAIN, SectionRanker.FUSED);
    }

    static Ranked rank(SearchIndex current, String query, float[] vector, int limit, RetrievalProperties properties,
                       Fusion fusion) {
        return rank(current, query, vector, limit, properties, fusion, SectionRanker.FUSED);
    }

    /**
     * Passages best first: by the fused score, or, with a learned ranker, the fusion's best {@link #RERANK_POOL}
     * ordered by their section's probability of answering the question. The coverage evidence is the fusion's
     * either way, so the decision whether the articles answer at all does not move with the ranker.
     */
    static Ranked rank(SearchIndex current, String query, float[] vector, int limit, RetrievalProperties properties,
                       Fusion fusion, SectionRanker ranker) {
        Fused fused = fuse(current, query, vector, properties, fusion);
        List<SearchIndex.Unit> units = current.units();
        Map<String, java.util.Set<String>> queryTerms = current.terms(query);
        List<Map.Entry<Integer, Double>> fusedOrder = fused.passageScores().entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()))
                .toList();
        List<Integer> fusedFirst = fusedOrder.stream().limit(OVERLAP_PASSAGES).map(Map.Entry::getKey).toList();
        List<Map.Entry<Integer, Double>> order = ranker.learned() && !fusedOrder.isEmpty()
                ? reranked(current, fused, fusedOrder, query, queryTerms, vector, ranker) : fusedOrder;
        List<RetrievedPassage> passages = order.stream()
                .limit(limit)
                .map(entry -> {
                    SearchIndex.Unit unit = units.get(entry.getKey());
                    return new RetrievedPassage(unit.section(), unit.text(), unit.listItem(), unit.leadIn(),
                            entry.getValue(), current.weightedOverlap(queryTerms, entry.getKey()),
                            Cosine.of(vector, unit.vector()));
                })
                .toList();
        List<Hit> semanticPassages = fused.semanticPassages();
        List<Hit> semanticSections = fused.semanticSections();
        double bestCosine = semanticPassages.isEmpty() ? 0 : 2.0 * semanticPassages.getFirst().score() - 1.0;
        double sectionCosine = semanticSections.isEmpty() ? 0 : 2.0 * semanticSections.getFirst().score() - 1.0;
        // the best IDF-weighted word overlap between the query and one of the fusion's first passages
        double overlap = fusedFirst.stream().mapToDouble(unit -> current.weightedOverlap(queryTerms, unit)).max()
                .orElse(0);
        // the third nearest passage and the second nearest section: how far the nearest stands out
        double thirdCosine = semanticPassages.size() > 2 ? 2.0 * semanticPassages.get(2).score() - 1.0 : 0;
        double secondSection = semanticSections.size() > 1 ? 2.0 * semanticSections.get(1).score() - 1.0 : sectionCosine;
        SearchIndex.Sentences sentences = current.sentences(queryTerms, vector);
        SearchIndex.GeneralWords general = current.generalWords(query, fusedFirst);
        return new Ranked(passages, new CoverageEvidence(bestCosine, sectionCosine, overlap,
                current.unknownShare(queryTerms), bestCosine - thirdCosine, sectionCosine - secondSection,
                sentences.nearestOverlap(), sentences.overlapCosine(), general.unknownShare(),
                general.rarestUnknown(), general.heldShare()));
    }

    /** How many of the fusion's best passages a learned ranker reorders. */
    static final int RERANK_POOL = 20;

    /**
     * The pool scored by its section's probability times the passage's fused score relative to the best of its
     * section: the likeliest section's best passage comes first, and within a section the fusion's order holds.
     */
    private static List<Map.Entry<Integer, Double>> reranked(SearchIndex current, Fused fused,
                                                             List<Map.Entry<Integer, Double>> order, String query,
                                                             Map<String, java.util.Set<String>> queryTerms,
                                                             float[] vector, SectionRanker ranker) {
        List<Integer> pool = order.stream().limit(RERANK_POOL).map(Map.Entry::getKey).toList();
        List<Section> sections = pool.stream().map(unit -> current.units().get(unit).section()).toList();
        double[][] passages = rankerRows(current, fused, pool, query, queryTerms, vector);
        Map<Section, Double> probability = new HashMap<>();
        SectionRanker.bySection(passages, sections).forEach((section, features) ->
                probability.put(section, 1 / (1 + Math.exp(-ranker.score(features)))));
        Map<Section, Double> bestFused = new HashMap<>();
        for (int unit : pool) {
            bestFused.merge(current.units().get(unit).section(), fused.passageScores().get(unit), Math::max);
        }
        Map<Integer, Double> scores = new HashMap<>();
        for (int unit : pool) {
            Section section = current.units().get(unit).section();
            scores.put(unit, probability.get(section) * fused.passageScores().get(unit) / bestFused.get(section));
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    /** The four rankings and the fused score of every passage any of them found. */
    record Fused(List<Hit> lexicalPassages, List<Hit> semanticPassages, List<Hit> lexicalSections,
                 List<Hit> semanticSections, Map<Integer, Double> passageScores) {
    }

    static Fused fuse(SearchIndex current, String query, float[] vector, RetrievalProperties properties,
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
        return new Fused(lexicalPassages, semanticPassages, lexicalSections, semanticSections, passageScores);
    }

    /**
     * What the ranker sees of each pooled passage (units, best fused first): its {@link PassageFeatures}, then its
     * section's {@link SectionFeatures}, the same for every passage of a section.
     */
    static double[][] rankerRows(SearchIndex current, Fused fused, List<Integer> pool, String query,
                                 Map<String, java.util.Set<String>> queryTerms, float[] vector) {
        double[][] passages = PassageFeatures.vectors(features(current, fused, pool, queryTerms, vector));
        List<Section> sections = pool.stream().map(unit -> current.units().get(unit).section()).distinct().toList();
        Map<Section, double[]> whole = SectionFeatures.of(current, fused, sections, query, queryTerms);
        double[][] rows = new double[pool.size()][];
        for (int i = 0; i < pool.size(); i++) {
            double[] row = java.util.Arrays.copyOf(passages[i], PassageFeatures.SIZE + SectionFeatures.SIZE);
            System.arraycopy(whole.get(current.units().get(pool.get(i)).section()), 0, row, PassageFeatures.SIZE,
                    SectionFeatures.SIZE);
            rows[i] = row;
        }
        return rows;
    }

    /** The ranker's view of each pooled passage (units, best fused first). */
    static List<PassageFeatures> features(SearchIndex current, Fused fused, List<Integer> pool,
                                          Map<String, java.util.Set<String>> queryTerms, float[] vector) {
        List<SearchIndex.Unit> units = current.units();
        Map<Integer, Integer> lexical = ranks(fused.lexicalPassages(), unit -> unit);
        Map<Integer, Integer> semantic = ranks(fused.semanticPassages(), unit -> unit);
        Map<Section, Integer> lexicalSection = ranks(fused.lexicalSections(), unit -> units.get(unit).section());
        Map<Section, Integer> semanticSection = ranks(fused.semanticSections(), unit -> units.get(unit).section());
        List<PassageFeatures> features = new java.util.ArrayList<>(pool.size());
        for (int i = 0; i < pool.size(); i++) {
            int at = pool.get(i);
            SearchIndex.Unit unit = units.get(at);
            Section section = unit.section();
            int sectionUnit = current.sectionUnit(section);
            int count = current.passagesIn(section);
            features.add(new PassageFeatures(fused.passageScores().get(at), 1.0 / (1 + i),
                    reciprocal(lexical.get(at)), reciprocal(semantic.get(at)),
                    reciprocal(lexicalSection.get(section)), reciprocal(semanticSection.get(section)),
                    Cosine.of(vector, unit.vector()), Cosine.of(vector, units.get(sectionUnit).vector()),
                    Cosine.of(vector, current.headingVector(section)),
                    current.weightedOverlap(queryTerms, at), current.weightedOverlap(queryTerms, sectionUnit),
                    current.headingOverlap(queryTerms, section),
                    count <= 1 ? 0 : (double) current.position(at) / (count - 1), current.position(at) == 0,
                    unit.listItem()));
        }
        return features;
    }

    private static <K> Map<K, Integer> ranks(List<Hit> ranking, java.util.function.IntFunction<K> key) {
        Map<K, Integer> ranks = new HashMap<>();
        for (int rank = 0; rank < ranking.size(); rank++) {
            ranks.putIfAbsent(key.apply(ranking.get(rank).unit()), rank);
        }
        return ranks;
    }

    private static double reciprocal(Integer rank) {
        return rank == null ? 0 : 1.0 / (1 + rank);
    }

    private static <K> void fuse(List<Hit> ranking, List<SearchIndex.Unit> units,
                                 java.util.function.IntFunction<K> key, Map<K, Double> scores, int rrfK,
                                 double weight) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(key.apply(ranking.get(rank).unit()), weight / (rrfK + rank + 1), Double::sum);
        }
    }
}
