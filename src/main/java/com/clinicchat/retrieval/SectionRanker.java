package com.clinicchat.retrieval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chooses the section that answers a question among those of the fusion's best passages: a logistic regression
 * (liblinear) over each section's {@link PassageFeatures} (the best value of each over its pooled passages, its share
 * of the pool and its best place in it), learned from the training split's answerable questions and the sections
 * they were labelled with. Ranking sections rather than passages is what the answer needs (the section is cited and
 * quoted), and it was better in leave-one-writer-out cross-validation (docs/evaluation.md). {@link #FUSED} keeps the
 * fusion's order.
 */
public final class SectionRanker {

    /** No learned order: passages stay as reciprocal rank fusion put them. */
    public static final SectionRanker FUSED = new SectionRanker(null, 0);

    /** The passage features plus the section's share of the pool and its best place in it. */
    static final int SIZE = PassageFeatures.SIZE + 2;

    private final double[] weights;
    private final double bias;

    SectionRanker(double[] weights, double bias) {
        this.weights = weights == null ? null : weights.clone();
        this.bias = bias;
    }

    boolean learned() {
        return weights != null;
    }

    /**
     * Each section of the pool with its features, in the order its first passage appears.
     *
     * @param passages the pooled passages' features ({@link PassageFeatures#vectors}), best fused first
     * @param sections the section of each pooled passage
     */
    static <S> Map<S, double[]> bySection(double[][] passages, List<S> sections) {
        Map<S, double[]> features = new LinkedHashMap<>();
        for (int i = 0; i < passages.length; i++) {
            double[] passage = passages[i];
            int rank = i;
            double[] section = features.computeIfAbsent(sections.get(i), key -> {
                double[] initial = Arrays.copyOf(passage, SIZE); // the share of the pool starts at 0
                initial[SIZE - 1] = 1.0 / (1 + rank);
                return initial;
            });
            for (int j = 0; j < passage.length; j++) {
                section[j] = Math.max(section[j], passage[j]);
            }
            section[SIZE - 2] += 1.0 / passages.length;
        }
        return features;
    }

    /** The log-odds that the section answers the question; only their order matters. */
    double score(double[] features) {
        double logit = bias;
        for (int i = 0; i < features.length; i++) {
            logit += weights[i] * features[i];
        }
        return logit;
    }

    /**
     * @param questions for each question, its pooled sections' features ({@link #bySection})
     * @param relevant  for each question, whether each of those sections is one it was labelled with
     */
    static SectionRanker fit(List<double[][]> questions, List<boolean[]> relevant, double c) {
        double[] w = logistic(questions, relevant, c);
        return new SectionRanker(Arrays.copyOf(w, w.length - 1), w[w.length - 1]);
    }

    /** L2-regularised logistic regression over every candidate of every question: the weights, then the bias. */
    static double[] logistic(List<double[][]> questions, List<boolean[]> relevant, double c) {
        List<Feature[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int size = 0;
        for (int q = 0; q < questions.size(); q++) {
            for (int i = 0; i < questions.get(q).length; i++) {
                size = questions.get(q)[i].length;
                x.add(nodes(questions.get(q)[i]));
                y.add(relevant.get(q)[i] ? 1.0 : 0.0);
            }
        }
        Problem problem = new Problem();
        problem.l = x.size();
        problem.n = size + 1; // the bias, which liblinear wants appended as a feature
        problem.bias = 1;
        problem.x = x.toArray(Feature[][]::new);
        problem.y = y.stream().mapToDouble(Double::doubleValue).toArray();
        Linear.disableDebugOutput();
        Linear.resetRandom();
        var model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, 0.001));
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1; // label 1 first: weights point towards "relevant"
        double[] weights = new double[size + 1];
        for (int i = 0; i <= size; i++) {
            weights[i] = sign * w[i];
        }
        return weights;
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

    static SectionRanker parse(String text) {
        double[] values = Arrays.stream(text.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        if (values.length != SIZE + 1) {
            throw new IllegalArgumentException("a section ranker has " + SIZE + " weights and a bias, got "
                    + values.length);
        }
        return new SectionRanker(Arrays.copyOf(values, SIZE), values[SIZE]);
    }

    @Override
    public String toString() {
        return learned() ? "SectionRanker[" + serialise() + "]" : "SectionRanker[fused]";
    }
}
