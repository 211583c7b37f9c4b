package com.clinicchat.evaluation;

import com.clinicchat.answering.Assistant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.clinicchat.corpus.CorpusReader;

/**
 * Started with {@code --clinicchat.evaluation.input=FILE.jsonl}: evaluates the set, prints the figures, writes the
 * JSON report ({@code clinicchat.evaluation.report}, default {@code target/evaluation/report.json}) and exits.
 */
@Component
@ConditionalOnProperty("clinicchat.evaluation.input")
class EvaluationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationRunner.class);

    private final Assistant assistant;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    EvaluationRunner(Assistant assistant, Environment environment, ConfigurableApplicationContext context) {
        this.assistant = assistant;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path input = Path.of(environment.getRequiredProperty("clinicchat.evaluation.input"));
        Path output = Path.of(environment.getProperty("clinicchat.evaluation.report", "target/evaluation/report.json"));
        String text = Files.readString(input);
        boolean chats = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("").contains("\"turns\"");
        Evaluator evaluator = new Evaluator(assistant);
        EvaluationReport report = evaluator.evaluate(input.toString(),
                chats ? List.of() : CorpusReader.parseMessages(text, input.toString()),
                chats ? CorpusReader.parseChats(text, input.toString()) : List.of());
        evaluator.write(report, output);
        log.info("Evaluation of {}:\n{}Report in {}", input, report.toText(), output.toAbsolutePath());
        report.misses().forEach(miss -> log.info("Missed {}: {}", miss.id(), miss));
        System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
    }
}
