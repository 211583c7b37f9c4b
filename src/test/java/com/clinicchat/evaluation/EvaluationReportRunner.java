package com.clinicchat.evaluation;

import com.clinicchat.answering.AssistantFixture;
import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledChat;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation command: prints, for each split, per-route precision and recall with 95% intervals, the
 * confusion matrix, follow-up accuracy, section accuracy, key-phrase hit rate and latency, and writes
 * {@code target/evaluation/<split>.json}. Not part of the build (tag {@code evaluation}); run it with
 * {@code ./mvnw test -Dtests.excluded=none -Dtest=EvaluationReportRunner} (optionally {@code -Dsplits=validation}).
 */
@Tag("evaluation")
class EvaluationReportRunner {

    @Test
    void report() throws Exception {
        List<String> splits = Arrays.asList(System.getProperty("splits", "train,validation,test,dev-set")
                .toLowerCase(Locale.ROOT).split(","));
        AssistantFixture pipeline = new AssistantFixture();
        Evaluator evaluator = new Evaluator(pipeline.assistant);
        for (String split : splits) {
            List<LabelledTurn> messages = new ArrayList<>();
            List<LabelledChat> chats = new ArrayList<>();
            if (split.equals("dev-set")) {
                messages.addAll(LabelledSets.devSet());
            } else {
                for (WriterCorpus writer : CorpusReader.read(Split.valueOf(split.toUpperCase(Locale.ROOT)))) {
                    messages.addAll(writer.messages());
                    chats.addAll(writer.chats());
                }
            }
            EvaluationReport report = evaluator.evaluate(split, messages, chats);
            evaluator.write(report, Path.of("target/evaluation/" + split + ".json"));
            System.out.println(report.toText());
            if (Boolean.getBoolean("misses")) {
                report.misses().forEach(miss -> System.out.printf("  %-12s %-9s -> %-9s %-18s %s | %s%n",
                        miss.id(), String.join("/", miss.expected()), miss.actual(), miss.problem(),
                        miss.question().replace('\n', ' '), miss.section()));
            }
        }
    }
}
