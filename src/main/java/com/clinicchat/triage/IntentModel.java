package com.clinicchat.triage;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * L2-regularised logistic regression (liblinear, one model per intent) whose decision values become calibrated
 * probabilities through a softmax with a temperature fitted on out-of-fold predictions: the folds are the
 * training writers, so the temperature reflects how sure the model should be about a writer it has not seen.
 */
final class IntentModel {

    /** One training message. {@code group} is its writer: folds never cut through a writer. */
    record Example(Feature[] features, Intent intent, String group) {
    }

    private static final double[] TEMPERATURES = {0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0};
    private static final double EPSILON = 0.1;

    private final Model model;
    private final double temperature;

    private IntentModel(Model model, double temperature) {
        this.model = model;
        this.temperature = temperature;
    }

    static IntentModel train(List<Example> examples, int featureCount, double cost) {
        Model model = fit(examples, featureCount, cost);
        return new IntentModel(model, calibrate(examples, featureCount, cost));
    }

    /** Fitted on all {@code examples} with a temperature chosen elsewhere (for experiments that already have one). */
    static IntentModel fitted(List<Example> examples, int featureCount, double cost, double temperature) {
        return new IntentModel(fit(examples, featureCount, cost), temperature);
    }

    /** Writes the model in liblinear's text format, after a first line holding the temperature. */
    void save(java.io.Writer out) throws java.io.IOException {
        out.write(Double.toString(temperature));
        out.write('\n');
        model.save(out);
    }

    static IntentModel load(java.io.BufferedReader in) throws java.io.IOException {
        double temperature = Double.parseDouble(in.readLine().strip());
        return new IntentModel(Model.load(in), temperature);
    }

    double temperature() {
        return temperature;
    }

    /** Probability of each intent, indexed by {@link Intent#ordinal()}. */
    double[] probabilities(Feature[] features) {
        return softmax(decisionValues(model, features), temperature);
    }

    static Model fit(List<Example> examples, int featureCount, double cost) {
        Problem problem = new Problem();
        problem.l = examples.size();
        // liblinear expects the caller to append the bias as one more feature, to training and test rows alike
        problem.n = featureCount + 1;
        problem.bias = 1;
        problem.x = examples.stream().map(example -> withBias(example.features(), featureCount))
                .toArray(Feature[][]::new);
        problem.y = examples.stream().mapToDouble(example -> example.intent().ordinal()).toArray();
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, cost, EPSILON));
    }

    /** Decision value of each intent (indexed by ordinal); intents the model never saw get a very low value. */
    static double[] decisionValues(Model model, Feature[] features) {
        int[] labels = model.getLabels();
        double[] raw = new double[labels.length];
        Linear.predictValues(model, withBias(features, model.getNrFeature()), raw);
        double[] values = new double[Intent.values().length];
        java.util.Arrays.fill(values, -30);
        if (labels.length == 2) {
            values[labels[0]] = raw[0];
            values[labels[1]] = -raw[0];
        } else {
            for (int i = 0; i < labels.length; i++) {
                values[labels[i]] = raw[i];
            }
        }
        return values;
    }

    private static Feature[] withBias(Feature[] features, int featureCount) {
        Feature[] row = java.util.Arrays.copyOf(features, features.length + 1);
        row[features.length] = new de.bwaldvogel.liblinear.FeatureNode(featureCount + 1, 1);
        return row;
    }

    private static double[] softmax(double[] values, double temperature) {
        double max = java.util.Arrays.stream(values).max().orElse(0);
        double[] p = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            p[i] = Math.exp((values[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The temperature with the lowest log loss on predictions for writers left out of training. */
    private static double calibrate(List<Example> examples, int featureCount, double cost) {
        if (examples.stream().map(Example::group).distinct().count() < 2) {
            return 1.0;
        }
        return temperature(heldOutDecisionValues(examples, featureCount, cost),
                examples.stream().map(Example::intent).toList());
    }

    /**
     * Decision values of each example by a model fitted without its writer (leave one writer out), in the order
     * of {@code examples}: what the model makes of writers it has not seen.
     */
    static List<double[]> heldOutDecisionValues(List<Example> examples, int featureCount, double cost) {
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byGroup.computeIfAbsent(examples.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        double[][] values = new double[examples.size()][];
        for (Map.Entry<String, List<Integer>> heldOut : byGroup.entrySet()) {
            List<Example> rest = examples.stream().filter(example -> !example.group().equals(heldOut.getKey()))
                    .toList();
            Model model = fit(rest, featureCount, cost);
            for (int i : heldOut.getValue()) {
                values[i] = decisionValues(model, examples.get(i).features());
            }
        }
        return java.util.Arrays.asList(values);
    }

    /** The temperature of {@link #TEMPERATURES} with the lowest log loss of {@code values} against {@code truth}. */
    static double temperature(List<double[]> values, List<Intent> truth) {
        double best = 1.0;
        double bestLoss = Double.MAX_VALUE;
        for (double temperature : TEMPERATURES) {
            double loss = 0;
            for (int i = 0; i < values.size(); i++) {
                loss -= Math.log(Math.max(1e-12, softmax(values.get(i), temperature)[truth.get(i).ordinal()]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = temperature;
            }
        }
        return best;
    }

    /** Calibrated probabilities of decision values at a temperature. */
    static double[] probabilities(double[] values, double temperature) {
        return softmax(values, temperature);
    }
}
