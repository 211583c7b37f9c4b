package com.clinicchat.evaluation;

import com.clinicchat.answering.Assistant;
import com.clinicchat.answering.AssistantReply;
import com.clinicchat.evaluation.EvaluationReport.Miss;
import com.clinicchat.evaluation.EvaluationReport.RouteScore;
import com.clinicchat.triage.Route;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Runs a labelled JSONL set through the whole assistant pipeline and scores it. */
public class Evaluator {

    private final Assistant assistant;
    private final JsonMapper json = JsonMapper.builder().build();

    public Evaluator(Assistant assistant) {
        this.assistant = assistant;
    }

    public List<EvaluationCase> read(Path jsonl) throws IOException {
        List<EvaluationCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            cases.add(new EvaluationCase(node.path("id").asString(), node.path("question").asString(),
                    strings(node, "route").stream().map(r -> Route.valueOf(r.toUpperCase(Locale.ROOT))).toList(),
                    strings(node, "any"), strings(node, "never"), strings(node, "never_start")));
        }
        return cases;
    }

    public EvaluationReport evaluate(String source, List<EvaluationCase> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EvaluationCase evaluationCase : cases) {
            long start = System.nanoTime();
            AssistantReply reply = assistant.reply(evaluationCase.question(), List.of());
            outcomes.add(new Outcome(evaluationCase, reply, (System.nanoTime() - start) / 1e6));
        }
        return score(source, outcomes);
    }

    public void write(EvaluationReport report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
    }

    private record Outcome(EvaluationCase expected, AssistantReply reply, double millis) {

        boolean routeRight() {
            return expected.routes().contains(reply.route());
        }

        boolean phraseHit() {
            String text = reply.text().toLowerCase(Locale.ROOT);
            return expected.any().stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)));
        }

        boolean forbidden() {
            String text = reply.text().toLowerCase(Locale.ROOT).strip();
            return expected.never().stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)))
                    || expected.neverStart().stream().anyMatch(p -> text.startsWith(p.toLowerCase(Locale.ROOT)));
        }
    }

    private static EvaluationReport score(String source, List<Outcome> outcomes) {
        Map<String, RouteScore> perRoute = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            List<Outcome> expected = outcomes.stream().filter(o -> o.expected().primaryRoute() == route).toList();
            List<Outcome> predicted = outcomes.stream().filter(o -> o.reply().route() == route).toList();
            if (!expected.isEmpty() || !predicted.isEmpty()) {
                perRoute.put(route.wireName(), new RouteScore(expected.size(), predicted.size(),
                        ratio(predicted, Outcome::routeRight), ratio(expected, Outcome::routeRight)));
            }
        }
        List<Outcome> staff = outcomes.stream().filter(o -> o.expected().primaryRoute().needsStaff()).toList();
        List<Outcome> emergencies = outcomes.stream()
                .filter(o -> o.expected().primaryRoute() == Route.EMERGENCY).toList();
        List<Outcome> withPhrases = outcomes.stream()
                .filter(o -> o.expected().primaryRoute() == Route.ANSWER && !o.expected().any().isEmpty()).toList();
        List<Outcome> answered = outcomes.stream().filter(o -> o.reply().route() == Route.ANSWER).toList();
        return new EvaluationReport(source, outcomes.size(), ratio(outcomes, Outcome::routeRight), perRoute,
                ratio(staff, o -> o.reply().route().needsStaff() && o.routeRight()),
                ratio(emergencies, o -> o.reply().route() == Route.EMERGENCY),
                ratio(withPhrases, o -> o.routeRight() && o.phraseHit()),
                ratio(answered, o -> !o.reply().citations().isEmpty()),
                (int) outcomes.stream().filter(Outcome::forbidden).count(),
                latency(outcomes), misses(outcomes));
    }

    private static List<Miss> misses(List<Outcome> outcomes) {
        List<Miss> misses = new ArrayList<>();
        for (Outcome o : outcomes) {
            String problem = !o.routeRight() ? "route"
                    : o.forbidden() ? "forbidden phrase"
                    : o.expected().primaryRoute() == Route.ANSWER && !o.expected().any().isEmpty() && !o.phraseHit()
                    ? "no expected phrase"
                    : o.reply().route() == Route.ANSWER && o.reply().citations().isEmpty() ? "no citation" : null;
            if (problem != null) {
                misses.add(new Miss(o.expected().id(), o.expected().question(),
                        o.expected().routes().stream().map(Route::wireName).toList(), o.reply().route().wireName(),
                        problem, o.reply().text()));
            }
        }
        return misses;
    }

    private static Map<String, Double> latency(List<Outcome> outcomes) {
        double[] millis = outcomes.stream().mapToDouble(Outcome::millis).sorted().toArray();
        Map<String, Double> latency = new LinkedHashMap<>();
        if (millis.length > 0) {
            latency.put("p50", percentile(millis, 0.50));
            latency.put("p95", percentile(millis, 0.95));
            latency.put("max", Arrays.stream(millis).max().orElse(0));
        }
        return latency;
    }

    private static double percentile(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, index)] * 10) / 10.0;
    }

    private static <T> double ratio(List<T> items, Predicate<T> hit) {
        return items.isEmpty() ? 1.0 : (double) items.stream().filter(hit).count() / items.size();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asString()));
        return values;
    }
}
