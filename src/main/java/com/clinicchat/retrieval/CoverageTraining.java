package com.clinicchat.retrieval;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.knowledge.Article;
import com.clinicchat.knowledge.ArticleParser;
import com.clinicchat.knowledge.KnowledgeSnapshot;
import com.clinicchat.knowledge.MalformedArticleException;
import com.clinicchat.triage.Route;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Learns the {@link CoverageModel} from the training split: each unambiguous "answer" or "unknown" question is
 * retrieved from the articles it was labelled against (a copy kept with the corpus in {@code corpus/train/articles},
 * so the clinic's own folder may change freely), and the evidence found is the model's input.
 */
public final class CoverageTraining {

    private static final Logger log = LoggerFactory.getLogger(CoverageTraining.class);
    private static final String ARTICLES = "corpus/train/articles/";
    /** Raised whenever the evidence a question gives changes (3: phrase synonyms in SearchIndex.terms). */
    private static final String VERSION = "coverage-3";

    private CoverageTraining() {
    }

    public static CoverageModel trainOrLoad(EmbeddingModel embeddings, RetrievalProperties properties, Path cache) {
        return ModelFile.readOrTrain(cache, "coverage-", fingerprint(embeddings, properties), CoverageModel::parse,
                () -> train(embeddings, properties), CoverageModel::serialise);
    }

    public static CoverageModel train(EmbeddingModel embeddings, RetrievalProperties properties) {
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.build(labelledArticles(), embeddings);
        try {
            List<LabelledTurn> questions = new ArrayList<>();
            for (WriterCorpus writer : CorpusReader.read(Split.TRAIN)) {
                writer.messages().stream()
                        .filter(turn -> turn.routes().size() == 1)
                        .filter(turn -> turn.primaryRoute() == Route.ANSWER || turn.primaryRoute() == Route.UNKNOWN)
                        .forEach(questions::add);
            }
            var vectors = embeddings.embedAll(questions.stream().map(t -> TextSegment.from(t.question())).toList())
                    .content();
            List<CoverageEvidence> evidence = new ArrayList<>();
            List<Boolean> covered = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                evidence.add(KnowledgeRetriever.rank(index, questions.get(i).question(), vectors.get(i).vector(),
                        properties.maxPassages(), properties).evidence());
                covered.add(questions.get(i).primaryRoute() == Route.ANSWER);
            }
            CoverageModel model = CoverageModel.fit(evidence, covered);
            log.info("Coverage model learned from {} questions in {} ms: {}", questions.size(),
                    (System.nanoTime() - start) / 1_000_000, model);
            return model;
        } finally {
            index.release();
        }
    }

    static KnowledgeSnapshot labelledArticles() {
        try {
            List<Article> articles = new ArrayList<>();
            String synonyms = "";
            ArticleParser parser = new ArticleParser();
            for (Resource resource : resources()) {
                String name = resource.getFilename();
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                if (name.endsWith(".md")) {
                    articles.add(parser.parse(name.substring(0, name.length() - 3), text));
                } else if (name.equals("synonyms.txt")) {
                    synonyms = text;
                }
            }
            return new KnowledgeSnapshot(articles, Map.of(), synonyms, Instant.EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedArticleException e) {
            throw new IllegalStateException("an article of the training corpus does not parse", e);
        }
    }

    private static Resource[] resources() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ARTICLES + "*");
        java.util.Arrays.sort(resources, java.util.Comparator.comparing(Resource::getFilename));
        return resources;
    }

    private static String fingerprint(EmbeddingModel embeddings, RetrievalProperties properties) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((VERSION + "|" + CorpusReader.fingerprint(Split.TRAIN) + "|" + embeddings.getClass().getName()
                    + "|" + properties.maxPassages() + "|" + properties.candidates() + "|" + properties.rrfK())
                    .getBytes(StandardCharsets.UTF_8));
            for (Resource resource : resources()) {
                digest.update(resource.getContentAsByteArray());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
