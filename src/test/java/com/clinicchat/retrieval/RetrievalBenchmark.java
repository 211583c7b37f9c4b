package com.clinicchat.retrieval;

import com.clinicchat.knowledge.KnowledgeSnapshot;
import com.clinicchat.triage.TrainedRouter;
import com.clinicchat.triage.Triage;
import com.clinicchat.triage.TriageDecision;
import com.clinicchat.triage.TriageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Latency of one visitor question through each half of the hybrid search and through the whole of it, over the
 * clinic's real article with the real ONNX model; through triage and retrieval as the assistant runs them on one
 * message (one embedding shared); and the cost of (re)building the index. Run it with
 * {@link RetrievalBenchmarkRunner}. Settings are kept here, so the runner does not override them.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class RetrievalBenchmark {

    /** As {@link RetrieverFixture}'s properties: hits per ranking fed into the fusion. */
    private static final int CANDIDATES = 15;

    /** Questions as visitors type them, covered and not, rotated so no single query's caches dominate. */
    static final List<String> QUESTIONS = List.of(
            "What are the benefits of a magnesium IV?",
            "Can a magnesium drip help with my irregular heartbeat?",
            "Does IV magnesium lower blood pressure?",
            "I get leg cramps at night, would a magnesium infusion help?",
            "Is magnesium IV safe if I'm pregnant?",
            "What side effects can a magnesium infusion cause?",
            "How is an IV better than taking magnesium pills?",
            "Can athletes use magnesium drips to recover after workouts?",
            "Will a mag drip help my restless legs?",
            "Does magnesium help with anxiety and sleep?",
            "Can you come to my office for the IV?",
            "Who should consider magnesium IV therapy?",
            "Is it ok if I have kidney disease?",
            "does magnisium help migranes",
            "How much does a magnesium IV cost?");

    private RetrieverFixture fixture;
    private KnowledgeSnapshot snapshot;
    private SearchIndex index;
    private Triage triage;

    /** Each visitor thread walks through the questions in turn. */
    @State(Scope.Thread)
    public static class Questions {
        private int next;

        String next() {
            String question = QUESTIONS.get(next);
            next = (next + 1) % QUESTIONS.size();
            return question;
        }
    }

    @Setup(Level.Trial)
    public void indexTheClinicArticles() {
        fixture = RetrieverFixture.clinicArticles();
        snapshot = fixture.knowledge.current();
        // the retriever keeps its index private; an identical one lets the two halves be timed alone
        index = SearchIndex.build(snapshot, RetrieverFixture.MODEL);
        triage = new Triage(TrainedRouter.get(), new com.clinicchat.triage.VisitorLanguage());
    }

    @TearDown(Level.Trial)
    public void releaseIndex() {
        index.release();
    }

    /** BM25 with synonyms and fuzzy terms, over passages and sections, as the hybrid search runs it. */
    @Benchmark
    public void lexical(Questions questions, Blackhole blackhole) {
        String query = questions.next();
        blackhole.consume(index.lexical(query, SearchIndex.Kind.PASSAGE, CANDIDATES));
        blackhole.consume(index.lexical(query, SearchIndex.Kind.SECTION, CANDIDATES));
    }

    /** Embedding the question with the service's model, then KNN over passages and sections. */
    @Benchmark
    public void semantic(Questions questions, Blackhole blackhole) {
        float[] vector = index.embed(questions.next());
        blackhole.consume(index.semantic(vector, SearchIndex.Kind.PASSAGE, CANDIDATES));
        blackhole.consume(index.semantic(vector, SearchIndex.Kind.SECTION, CANDIDATES));
    }

    /** Embedding alone, to tell the model's share of {@link #semantic} from Lucene's. */
    @Benchmark
    public float[] embedQuery(Questions questions) {
        return index.embed(questions.next());
    }

    /** What a visitor's question costs: both halves, fusion and confidence. */
    @Benchmark
    public Retrieval hybrid(Questions questions) {
        return fixture.retriever.retrieve(questions.next());
    }

    /**
     * A single message as {@code Assistant} handles it before answering: embed it once, retrieve with that vector,
     * triage with the message, its vector and the retrieval (router, safety-net rules, coverage).
     */
    @Benchmark
    public TriageDecision triageAndRetrieve(Questions questions) {
        String question = questions.next();
        float[] vector = index.embed(question);
        Retrieval retrieval = fixture.retriever.retrieve(question, vector);
        return triage.decide(TriageRequest.alone(question, vector), retrieval);
    }

    /** Parsed articles to a searchable index: embedding every section and passage dominates. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public int buildIndex() {
        SearchIndex built = SearchIndex.build(snapshot, RetrieverFixture.MODEL);
        built.release();
        return built.units().size();
    }

    /** What an edit in the folder costs: reading and parsing the files, building and swapping the index. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public KnowledgeSnapshot reload() {
        return fixture.knowledge.reload();
    }
}
