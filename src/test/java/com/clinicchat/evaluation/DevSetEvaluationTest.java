package com.clinicchat.evaluation;

import com.clinicchat.answering.Assistant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application's pipeline (real index, model and router, offline answerer) on the development set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DevSetEvaluationTest {

    @Autowired
    Assistant assistant;

    @Test
    void devSetMeetsTheQualityBars() throws Exception {
        Evaluator evaluator = new Evaluator(assistant);
        EvaluationReport report = evaluator.evaluate("dev-set", LabelledSets.devSet(), List.of());
        evaluator.write(report, Path.of("target/evaluation/dev-set.json"));
        System.out.println(report.toText());
        report.misses().forEach(miss -> System.out.println("  miss " + miss));

        assertThat(report.messages()).isEqualTo(40);
        assertThat(report.routeAccuracy().rate()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.staffRecall().rate()).isEqualTo(1.0);
        assertThat(report.emergencyRecall().rate()).isEqualTo(1.0);
        assertThat(report.phraseHitRate().rate()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.unsafeRefusals()).isZero();
        assertThat(report.forbiddenReplies()).isZero();
        assertThat(Files.exists(Path.of("target/evaluation/dev-set.json"))).isTrue();
    }
}
