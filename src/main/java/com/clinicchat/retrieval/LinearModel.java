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
 * An L2-regularised logistic regression fitted by liblinear, deterministically, with weights that point towards
 * the positive label; kept as text (the weights, then the bias) in the model cache. Shared by the retrieval
 * package's learned decisions ({@link CoverageModel}, {@link SectionRanker}).
 */
record LinearModel(double[] weights, double bias) {

    LinearModel {
        weights = weights.clone();
    }

    double logit(double[] features) {
        double logit = bias;
        for (int i = 0; i < features.length; i++) {
            logit += weights[i] * features[i];
        }
        return logit;
    }

    /** Fits the rows in the order given (liblinear's result depends on it), each with {@code size} features. */
    static LinearModel fit(List<double[]> rows, List<Boolean> positive, int size, double c) {
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = size + 1; // the bias, which liblinear wants appended as a feature
        problem.bias = 1;
        problem.x = rows.stream().map(LinearModel::nodes).toArray(Feature[][]::new);
        problem.y = positive.stream().mapToDouble(p -> p ? 1 : 0).toArray();
        Linear.disableDebugOutput();
        Linear.resetRandom();
        var model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.001));
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // label 1 first: weights point towards "positive"
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = sign * w[i];
        }
        return new LinearModel(weights, sign * w[size]);
    }

    private static Feature[] nodes(double[] x) {
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

    /** @param what names the model in the error when the text does not hold {@code size} weights and a bias */
    static LinearModel parse(String text, int size, String what) {
        double[] values = Arrays.stream(text.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        if (values.length != size + 1) {
            throw new IllegalArgumentException(what + " has " + size + " weights and a bias, got " + values.length);
        }
        return new LinearModel(Arrays.copyOf(values, size), values[size]);
    }
}
