package com.clinicchat.evaluation;

import java.util.List;
import java.util.Map;

/**
 * What an evaluation run measured. Ratios are in [0, 1]; a ratio over nothing is reported as 1.
 *
 * @param routeAccuracy          share of messages given one of their acceptable routes
 * @param perRoute               precision and recall by route (recall against each message's first route)
 * @param staffRecall            recall of messages that belong with staff (escalate and emergency)
 * @param emergencyRecall        recall of emergencies alone
 * @param phraseHitRate          share of answerable messages whose answer holds one of the expected phrases
 * @param citationCoverage       share of replies routed {@code answer} that carry at least one citation
 * @param forbiddenPhraseReplies replies that contain a forbidden phrase or begin with a forbidden opening
 * @param latencyMillis          p50, p95 and max of the whole pipeline per message
 * @param misses                 every message that missed a route, phrase or rule, for reading
 */
public record EvaluationReport(String source, int cases, double routeAccuracy, Map<String, RouteScore> perRoute,
                               double staffRecall, double emergencyRecall, double phraseHitRate,
                               double citationCoverage, int forbiddenPhraseReplies, Map<String, Double> latencyMillis,
                               List<Miss> misses) {

    public record RouteScore(int expected, int predicted, double precision, double recall) {
    }

    public record Miss(String id, String question, List<String> expected, String actual, String problem,
                       String reply) {
    }
}
