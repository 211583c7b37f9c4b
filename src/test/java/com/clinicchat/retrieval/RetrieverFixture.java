package com.clinicchat.retrieval;

import com.clinicchat.knowledge.KnowledgeBase;
import com.clinicchat.knowledge.KnowledgeChanged;
import com.clinicchat.knowledge.KnowledgeProperties;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real knowledge base and retriever over a folder, wired by hand: no Spring context needed. */
public final class RetrieverFixture {

    /** Loading the ONNX model takes about a second; every test class shares one. */
    public static final EmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();

    public static final RetrievalProperties PROPERTIES = new RetrievalProperties(8, 15, 10, 0.625);

    public final KnowledgeBase knowledge;
    public final KnowledgeRetriever retriever;

    public RetrieverFixture(Path folder) {
        this.retriever = new KnowledgeRetriever(MODEL, PROPERTIES, Coverage.MODEL, Ranker.MODEL);
        this.knowledge = new KnowledgeBase(new KnowledgeProperties(folder, false, Duration.ofMillis(100)), event -> {
            if (event instanceof KnowledgeChanged changed) {
                retriever.onKnowledgeChanged(changed);
            }
        });
        knowledge.reload();
    }

    /**
     * Over a copy, in {@code folder}, of the clinic's article beside the two written for tests (vitamin C, NAD+), with
     * or without the clinic's synonyms.
     */
    public static RetrieverFixture clinicAndTestArticles(Path folder, boolean withSynonyms) throws IOException {
        Files.copy(Path.of("knowledge/magnesium-iv-benefits.md"), folder.resolve("magnesium-iv-benefits.md"));
        if (withSynonyms) {
            Files.copy(Path.of("knowledge/synonyms.txt"), folder.resolve("synonyms.txt"));
        }
        for (String extra : new String[]{"vitamin-c-iv-therapy.md", "nad-plus-iv-therapy.md"}) {
            Files.copy(Path.of("src/test/resources/knowledge-extra", extra), folder.resolve(extra));
        }
        return new RetrieverFixture(folder);
    }

    /**
     * The clinic's article beside the two written for tests, with the clinic's synonyms, built once per test JVM for
     * the tests that only read it (the question kinds); a test that changes its folder builds its own.
     */
    public static RetrieverFixture sharedClinicAndTestArticles() {
        return SharedArticles.FIXTURE;
    }

    private static final class SharedArticles {
        static final RetrieverFixture FIXTURE = build();

        private static RetrieverFixture build() {
            try {
                Path folder = Files.createTempDirectory("clinicchat-articles");
                folder.toFile().deleteOnExit();
                RetrieverFixture fixture = clinicAndTestArticles(folder, true);
                try (var files = Files.list(folder)) {
                    files.forEach(file -> file.toFile().deleteOnExit());
                }
                return fixture;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Over the project's own knowledge folder. */
    public static RetrieverFixture clinicArticles() {
        return new RetrieverFixture(Path.of("knowledge"));
    }

    /** The passage ranker as the application learns it, once per test JVM (or from the model cache). */
    public static final class Ranker {
        public static final SectionRanker MODEL = RankerTraining.trainOrLoad(RetrieverFixture.MODEL, PROPERTIES,
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "clinicchat-models"));

        private Ranker() {
        }
    }

    /** The coverage model as the application learns it, once per test JVM (or from the model cache). */
    public static final class Coverage {
        public static final CoverageModel MODEL = CoverageTraining.trainOrLoad(RetrieverFixture.MODEL, PROPERTIES,
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "clinicchat-models"));

        private Coverage() {
        }
    }
}
