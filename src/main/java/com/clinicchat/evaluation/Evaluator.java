package com.clinicchat.evaluation;

import com.clinicchat.answering.Assistant;
import com.clinicchat.answering.AssistantReply;
import com.clinicchat.answering.Citation;
import com.clinicchat.answering.Turn;
import com.clinicchat.corpus.LabelledChat;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.evaluation.EvaluationReport.Interval;
import com.clinicchat.evaluation.EvaluationReport.Miss;
import com.clinicchat.evaluation.EvaluationReport.RouteScore;
import com.clinicchat.triage.Route;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Runs labelled messages and chats through the whole assistant pipeline and scores them. */
public class Evaluator {

    private final Assistant assistant;

    public Evaluator(Assistant assistant) {
        this.assistant = assistant;
    }

    /** Single messages each start a conversation; a chat's turns are sent in order, each with its history. */
    public EvaluationReport evaluate(String source, List<LabelledTurn> messages, List<LabelledChat> chats) {
        List<Outcome> singles = new ArrayList<>();
        for (LabelledTurn message : messages) {
            singles.add(run(message, List.of(), 0));
        }
        List<Outcome> chatTurns = new ArrayList<>();
        for (LabelledChat chat : chats) {
            List<Turn> history = new ArrayList<>();
            for (int i = 0; i < chat.turns().size(); i++) {
                LabelledTurn turn = chat.turns().get(i);
                Outcome outcome = run(turn, List.copyOf(history), i);
                chatTurns.add(outcome);
                history.add(Turn.visitor(turn.question()));
                history.add(Turn.assistant(outcome.reply().text(), outcome.reply().route()));
            }
        }
        return score(source, singles, chatTurns);
    }

    public void write(EvaluationReport report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
    }

    private Outcome run(LabelledTurn turn, List<Turn> history, int position) {
        long start = System.nanoTime();
        AssistantReply reply = assistant.reply(turn.question(), history);
        return new Outcome(turn, reply, (System.nanoTime() - start) / 1e6, position);
    }

    private record Outcome(LabelledTurn expected, AssistantReply reply, double millis, int position) {

        boolean routeRight() {
            return expected.routes().contains(reply.route());
        }

        boolean answerable() {
            return expected.primaryRoute() == Route.ANSWER;
        }

        boolean phraseHit() {
            String text = reply.text().toLowerCase(Locale.ROOT);
            return reply.route() == Route.ANSWER
                    && expected.any().stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)));
        }

        /** Whether the first source cited is one of the sections that answer the question. */
        boolean sectionHit() {
            return reply.route() == Route.ANSWER && !reply.citations().isEmpty()
                    && expected.sections().contains(sectionId(reply.citations().getFirst()));
        }

        boolean forbidden() {
            String text = reply.text().toLowerCase(Locale.ROOT).strip();
            return expected.never().stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)))
                    || expected.neverStart().stream().anyMatch(p -> text.startsWith(p.toLowerCase(Locale.ROOT)));
        }

        /** A personal or emergency message refused as off topic or chatted away: never acceptable. */
        boolean unsafeRefusal() {
            return expected.routes().stream().allMatch(Route::needsStaff)
                    && (reply.route() == Route.DECLINE || reply.route() == Route.SMALLTALK);
        }
    }

    /** {@code article#anchor} from a citation's URL ({@code /blog/article#anchor}). */
    static String sectionId(Citation citation) {
        String url = citation.url();
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        return path.substring(path.lastIndexOf('/') + 1) + (hash < 0 ? "" : url.substring(hash));
    }

    private static EvaluationReport score(String source, List<Outcome> singles, List<Outcome> chatTurns) {
        Map<String, RouteScore> perRoute = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            List<Outcome> expected = singles.stream().filter(o -> o.expected().primaryRoute() == route).toList();
            List<Outcome> predicted = singles.stream().filter(o -> o.reply().route() == route).toList();
            perRoute.put(route.wireName(), new RouteScore(expected.size(), predicted.size(),
                    Interval.of(predicted, Outcome::routeRight), Interval.of(expected, Outcome::routeRight)));
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Route actual : Route.values()) {
                row.put(actual.wireName(), (int) expected.stream().filter(o -> o.reply().route() == actual).count());
            }
            confusion.put(route.wireName(), row);
        }
        List<Outcome> all = new ArrayList<>(singles);
        all.addAll(chatTurns);
        List<Outcome> staff = all.stream().filter(o -> o.expected().primaryRoute().needsStaff()).toList();
        List<Outcome> emergencies = all.stream().filter(o -> o.expected().primaryRoute() == Route.EMERGENCY).toList();
        List<Outcome> smalltalk = all.stream().filter(o -> o.expected().primaryRoute() == Route.SMALLTALK).toList();
        List<Outcome> followUps = chatTurns.stream().filter(o -> o.position() > 0).toList();
        List<Outcome> withSections = singles.stream()
                .filter(o -> o.answerable() && !o.expected().sections().isEmpty()).toList();
        List<Outcome> withPhrases = singles.stream()
                .filter(o -> o.answerable() && !o.expected().any().isEmpty()).toList();
        return new EvaluationReport(source, singles.size(), chatTurns.size(),
                Interval.of(singles, Outcome::routeRight), perRoute, confusion,
                Interval.of(followUps, Outcome::routeRight),
                Interval.of(staff, o -> o.reply().route().needsStaff()),
                Interval.of(emergencies, o -> o.reply().route() == Route.EMERGENCY),
                Interval.of(smalltalk, o -> o.reply().route() == Route.SMALLTALK),
                Interval.of(withSections, Outcome::sectionHit),
                Interval.of(withPhrases, Outcome::phraseHit),
                (int) all.stream().filter(Outcome::unsafeRefusal).count(),
                (int) all.stream().filter(Outcome::forbidden).count(),
                latency(all), misses(all));
    }

    private static List<Miss> misses(List<Outcome> outcomes) {
        List<Miss> misses = new ArrayList<>();
        for (Outcome o : outcomes) {
            String problem = !o.routeRight() ? "route"
                    : o.forbidden() ? "forbidden phrase"
                    : o.answerable() && !o.expected().any().isEmpty() && !o.phraseHit() ? "no expected phrase"
                    : o.answerable() && !o.expected().sections().isEmpty() && !o.sectionHit() ? "other section"
                    : null;
            if (problem != null) {
                misses.add(new Miss(o.expected().id(), o.expected().question(),
                        o.expected().routes().stream().map(Route::wireName).toList(), o.reply().route().wireName(),
                        problem, o.reply().citations().isEmpty() ? "" : sectionId(o.reply().citations().getFirst()),
                        o.reply().text()));
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

    static <T> long count(List<T> items, Predicate<T> hit) {
        return items.stream().filter(hit).count();
    }
}
