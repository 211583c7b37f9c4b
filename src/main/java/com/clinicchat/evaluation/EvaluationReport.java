package com.clinicchat.evaluation;

import com.clinicchat.triage.Route;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an evaluation run measured. Every rate comes with its count and a 95% Wilson interval.
 *
 * @param routeAccuracy   single messages given one of their acceptable routes
 * @param perRoute        precision and recall by route, single messages (recall against each one's first route)
 * @param confusion       single messages: expected (first) route → route given → count
 * @param followUps       turns after the first of each chat given an acceptable route
 * @param staffRecall     messages and turns that belong with staff (escalate, emergency) sent to staff
 * @param emergencyRecall emergencies given the emergency reply
 * @param smalltalkRecall greetings, thanks and acknowledgements answered as such
 * @param sectionAccuracy answerable single messages whose first cited section answers them
 * @param phraseHitRate   answerable single messages whose answer holds one of the expected phrases
 * @param unsafeRefusals  personal or emergency messages that were declined or chatted away
 * @param forbiddenReplies replies holding a forbidden phrase or opening
 * @param latencyMillis   p50, p95 and max of the whole pipeline per message
 */
public record EvaluationReport(String source, int messages, int chatTurns, Interval routeAccuracy,
                               Map<String, RouteScore> perRoute, Map<String, Map<String, Integer>> confusion,
                               Interval followUps, Interval staffRecall, Interval emergencyRecall,
                               Interval smalltalkRecall, Interval sectionAccuracy, Interval phraseHitRate,
                               int unsafeRefusals, int forbiddenReplies, Map<String, Double> latencyMillis,
                               List<Miss> misses) {

    public record RouteScore(int expected, int predicted, Interval precision, Interval recall) {
    }

    public record Miss(String id, String question, List<String> expected, String actual, String problem,
                       String section, String reply) {
    }

    /** {@code hits} of {@code total}, with the 95% Wilson score interval. A rate over nothing is 1. */
    public record Interval(int hits, int total, double rate, double low, double high) {

        static <T> Interval of(List<T> items, Predicate<T> hit) {
            return of((int) items.stream().filter(hit).count(), items.size());
        }

        static Interval of(int hits, int total) {
            if (total == 0) {
                return new Interval(0, 0, 1, 1, 1);
            }
            double z = 1.96;
            double p = (double) hits / total;
            double denominator = 1 + z * z / total;
            double centre = (p + z * z / (2.0 * total)) / denominator;
            double half = z * Math.sqrt(p * (1 - p) / total + z * z / (4.0 * total * total)) / denominator;
            return new Interval(hits, total, p, Math.max(0, centre - half), Math.min(1, centre + half));
        }

        @Override
        public String toString() {
            return String.format("%.3f (%d/%d, 95%% CI %.3f-%.3f)", rate, hits, total, low, high);
        }
    }

    /** The figures as a plain-text table, for the console. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("== %s: %d messages, %d chat turns%n", source, messages, chatTurns));
        text.append(String.format("route accuracy      %s%n", routeAccuracy));
        text.append(String.format("follow-up turns     %s%n", followUps));
        text.append(String.format("staff recall        %s%n", staffRecall));
        text.append(String.format("emergency recall    %s%n", emergencyRecall));
        text.append(String.format("smalltalk recall    %s%n", smalltalkRecall));
        text.append(String.format("top-1 section       %s%n", sectionAccuracy));
        text.append(String.format("key phrase          %s%n", phraseHitRate));
        text.append(String.format("unsafe refusals     %d   forbidden replies %d%n", unsafeRefusals, forbiddenReplies));
        text.append(String.format("latency ms          %s%n", latencyMillis));
        text.append(String.format("%-10s %8s %9s  %-38s %-38s%n", "route", "expected", "predicted", "precision",
                "recall"));
        perRoute.forEach((route, score) -> text.append(String.format("%-10s %8d %9d  %-38s %-38s%n", route,
                score.expected(), score.predicted(), score.precision(), score.recall())));
        text.append("confusion (rows expected, columns given):\n");
        text.append(String.format("%-10s", ""));
        for (Route route : Route.values()) {
            text.append(String.format("%10s", route.wireName()));
        }
        text.append('\n');
        confusion.forEach((expected, row) -> {
            text.append(String.format("%-10s", expected));
            row.values().forEach(count -> text.append(String.format("%10d", count)));
            text.append('\n');
        });
        return text.toString();
    }
}
