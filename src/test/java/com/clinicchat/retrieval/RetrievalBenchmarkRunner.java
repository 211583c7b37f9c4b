package com.clinicchat.retrieval;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link RetrievalBenchmark} from Maven on the project's JDK toolchain (exec:java would use Maven's own JVM):
 * <pre>./mvnw test -Dtests.excluded=none -Dtest=RetrievalBenchmarkRunner</pre>
 * Tagged "benchmark", which the normal build and CI exclude: it takes about two minutes. Results go to
 * {@code target/benchmarks/retrieval.json}.
 */
@Tag("benchmark")
class RetrievalBenchmarkRunner {

    static final Path RESULT = Path.of("target/benchmarks/retrieval.json");

    @Test
    void runRetrievalBenchmarks() throws IOException, RunnerException {
        Collection<RunResult> results = run();

        assertThat(results).hasSize(7);
        assertThat(RESULT).isNotEmptyFile();
        results.forEach(RetrievalBenchmarkRunner::printSummary);
    }

    public static void main(String[] args) throws IOException, RunnerException {
        run().forEach(RetrievalBenchmarkRunner::printSummary);
    }

    private static Collection<RunResult> run() throws IOException, RunnerException {
        Files.createDirectories(RESULT.getParent());
        return new Runner(new OptionsBuilder()
                .include(RetrievalBenchmark.class.getName() + "\\.")
                .resultFormat(ResultFormatType.JSON)
                .result(RESULT.toString())
                .build()).run();
    }

    /** One line per benchmark: p50 and p99 of the sampled latencies, in the benchmark's unit. */
    private static void printSummary(RunResult run) {
        Result<?> metric = run.getPrimaryResult();
        String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
        System.out.printf("%-12s %-14s p50 %10.1f  p99 %10.1f  max %10.1f %s (n=%d)%n", name, run.getParams().getMode(),
                metric.getStatistics().getPercentile(50), metric.getStatistics().getPercentile(99),
                metric.getStatistics().getMax(), metric.getScoreUnit(), metric.getStatistics().getN());
    }
}
