package com.clinicchat.retrieval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whether the articles cover a question: a logistic regression over {@link CoverageEvidence}, learned from the
 * training split's labelled questions ("answer" covered, "unknown" not) as retrieved from the article they were
 * written against. Its inputs name no topic, so it judges any article the clinic adds.
 */
public final class CoverageModel {

    private final double[] weights;
    private final double bias;

    CoverageModel(double[] weights, double bias) {
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** Probability that the articles answer the question. */
    public double probability(CoverageEvidence evidence) {
        double[] x = evidence.features();
        double logit = bias;
        for (int i = 0; i < x.length; i++) {
            logit += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-logit));
    }

    static CoverageModel fit(List<CoverageEvidence> evidence, List<Boolean> covered) {
        Problem problem = new Problem();
        problem.l = evidence.size();
        int n = CoverageEvidence.SIZE;
        problem.n = n + 1; // the features and the bias, which liblinear wants appended as a feature
        problem.bias = 1;
        problem.x = evidence.stream().map(CoverageModel::nodes).toArray(Feature[][]::new);
        // label 1 first, so that the model's weights point towards "covered"
        problem.y = covered.stream().mapToDouble(c -> c ? 1 : 0).toArray();
        Linear.disableDebugOutput();
        Linear.resetRandom();
        var model = Linear.train(problem, new Parameter(SolverType.L2R_LR, 10, 0.001));
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = sign * w[i];
        }
        return new CoverageModel(weights, sign * w[n]);
    }

    private static Feature[] nodes(CoverageEvidence evidence) {
        double[] x = evidence.features();
        Feature[] nodes = new Feature[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            nodes[i] = new FeatureNode(i + 1, x[i]);
        }
        nodes[x.length] = new FeatureNode(x.length + 1, 1);
        return nodes;
    }

    String serialise() {
        return Arrays.stream(weights).mapToObj(w -> String.format(Locale.ROOT, "%.17g", w))
                .collect(Collectors.joining(" ")) + " " + String.format(Locale.ROOT, "%.17g", bias);
    }

    static CoverageModel parse(String text) {
        double[] values = Arrays.stream(text.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        int n = CoverageEvidence.SIZE;
        if (values.length != n + 1) {
            throw new IllegalArgumentException("a coverage model has " + n + " weights and a bias, got "
                    + values.length);
        }
        return new CoverageModel(Arrays.copyOf(values, n), values[n]);
    }

    @Override
    public String toString() {
        return "CoverageModel[" + serialise() + "]";
    }
}
