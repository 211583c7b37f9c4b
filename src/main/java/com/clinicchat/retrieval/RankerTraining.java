package com.clinicchat.retrieval;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.knowledge.Section;
import com.clinicchat.triage.Route;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Learns the {@link SectionRanker} from the training split: each answerable question with labelled sections is
 * retrieved from the article it was written against ({@code corpus/train/articles}, as for the coverage model), and
 * each of the fusion's pooled passages is an example, relevant when it belongs to a labelled section.
 */
public final class RankerTraining {

    private static final Logger log = LoggerFactory.getLogger(RankerTraining.class);
    /** Raised whenever the evidence a question gives changes (3: phrase synonyms in SearchIndex.terms). */
    private static final String VERSION = "section-ranker-3";
    /**
     * Regularisation, chosen by leave-one-writer-out cross-validation on the training split (RerankExperiment): with
     * the section features, top-1 section 0.818 / 0.819 / 0.824 at C 1 / 3 / 10 (round 9's features alone: 0.813 /
     * 0.815 at C 1 / 3).
     */
    static final double C = 10;

    private RankerTraining() {
    }

    public static SectionRanker trainOrLoad(EmbeddingModel embeddings, RetrievalProperties properties, Path cache) {
        return ModelFile.readOrTrain(cache, "ranker-", fingerprint(embeddings, properties), SectionRanker::parse,
                () -> train(embeddings, properties), SectionRanker::serialise);
    }

    public static SectionRanker train(EmbeddingModel embeddings, RetrievalProperties properties) {
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.build(CoverageTraining.labelledArticles(), embeddings);
        try {
            List<LabelledTurn> questions = answerable(Split.TRAIN);
            var vectors = embeddings.embedAll(questions.stream().map(t -> TextSegment.from(t.question())).toList())
                    .content();
            List<double[][]> features = new ArrayList<>();
            List<boolean[]> relevant = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                Example example = example(index, questions.get(i), vectors.get(i).vector(), properties);
                if (example != null) {
                    Example sections = example.bySection();
                    features.add(sections.features());
                    relevant.add(sections.relevant());
                }
            }
            SectionRanker ranker = SectionRanker.fit(features, relevant, C);
            log.info("Section ranker learned from {} questions in {} ms: {}", features.size(),
                    (System.nanoTime() - start) / 1_000_000, ranker);
            return ranker;
        } finally {
            index.release();
        }
    }

    /**
     * One question's pooled passages (or sections) as the ranker sees them, whether each belongs to (is) a labelled
     * section, and the section of each.
     */
    record Example(double[][] features, boolean[] relevant, String[] sections) {

        /** The same pool seen by section, as {@link SectionRanker} learns and ranks it. */
        Example bySection() {
            Map<String, double[]> grouped = SectionRanker.bySection(features, List.of(sections));
            Map<String, Boolean> labelled = new java.util.HashMap<>();
            for (int i = 0; i < sections.length; i++) {
                labelled.put(sections[i], relevant[i]);
            }
            String[] ids = grouped.keySet().toArray(String[]::new);
            boolean[] right = new boolean[ids.length];
            for (int i = 0; i < ids.length; i++) {
                right[i] = labelled.get(ids[i]);
            }
            return new Example(grouped.values().toArray(double[][]::new), right, ids);
        }
    }

    static Example example(SearchIndex index, LabelledTurn question, float[] vector, RetrievalProperties properties) {
        var fused = KnowledgeRetriever.fuse(index, question.question(), vector, properties,
                KnowledgeRetriever.Fusion.PLAIN);
        List<Integer> pool = fused.passageScores().entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(KnowledgeRetriever.RERANK_POOL).map(Map.Entry::getKey).toList();
        if (pool.isEmpty()) {
            return null;
        }
        double[][] features = KnowledgeRetriever.rankerRows(index, fused, pool, question.question(),
                index.terms(question.question()), vector);
        boolean[] relevant = new boolean[pool.size()];
        String[] sections = new String[pool.size()];
        for (int j = 0; j < pool.size(); j++) {
            sections[j] = id(index.units().get(pool.get(j)).section());
            relevant[j] = question.sections().contains(sections[j]);
        }
        return new Example(features, relevant, sections);
    }

    static List<LabelledTurn> answerable(Split split) {
        List<LabelledTurn> questions = new ArrayList<>();
        for (WriterCorpus writer : CorpusReader.read(split)) {
            writer.messages().stream()
                    .filter(turn -> turn.primaryRoute() == Route.ANSWER && !turn.sections().isEmpty())
                    .forEach(questions::add);
        }
        return questions;
    }

    static String id(Section section) {
        return section.articleId() + "#" + section.anchor();
    }

    private static String fingerprint(EmbeddingModel embeddings, RetrievalProperties properties) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((VERSION + "|" + C + "|" + KnowledgeRetriever.RERANK_POOL + "|" + SectionRanker.SIZE + "|"
                    + CorpusReader.fingerprint(Split.TRAIN) + "|" + embeddings.getClass().getName() + "|"
                    + properties.candidates() + "|" + properties.rrfK()).getBytes(StandardCharsets.UTF_8));
            var articles = CoverageTraining.labelledArticles();
            digest.update(articles.synonyms().getBytes(StandardCharsets.UTF_8));
            articles.sections().forEach(section ->
                    digest.update((section.id() + section.heading() + section.body()).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
