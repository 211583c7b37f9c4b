package com.clinicchat.evaluation;

import com.clinicchat.answering.Assistant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole pipeline (real index, real model, offline answerer) against the labelled development set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DevSetEvaluationTest {

    @Autowired
    Assistant assistant;

    @Test
    void devSetMeetsTheQualityBars() throws Exception {
        Evaluator evaluator = new Evaluator(assistant);
        Path devSet = SharedFiles.devSet();
        EvaluationReport report = evaluator.evaluate(devSet.toString(), evaluator.read(devSet));
        evaluator.write(report, Path.of("target/evaluation/dev-set.json"));
        System.out.printf("dev set: %d cases, route accuracy %.3f, staff recall %.3f, emergency recall %.3f, "
                        + "phrase hits %.3f, citation coverage %.3f, latency %s%n", report.cases(),
                report.routeAccuracy(), report.staffRecall(), report.emergencyRecall(), report.phraseHitRate(),
                report.citationCoverage(), report.latencyMillis());
        report.misses().forEach(miss -> System.out.println("  miss " + miss));

        assertThat(report.cases()).isEqualTo(40);
        assertThat(report.routeAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.staffRecall()).isGreaterThanOrEqualTo(0.98);
        assertThat(report.emergencyRecall()).isEqualTo(1.0);
        assertThat(report.phraseHitRate()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.citationCoverage()).isEqualTo(1.0);
        assertThat(report.forbiddenPhraseReplies()).isZero();
        assertThat(Files.exists(Path.of("target/evaluation/dev-set.json"))).isTrue();
    }
}
