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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * L2-regularised logistic regression (liblinear, one model per intent) whose decision values become calibrated
 * probabilities through a softmax with a temperature fitted on out-of-fold predictions: the folds are groups of
 * training writers, so the temperature reflects how sure the model should be about a writer it has not seen.
 */
final class IntentModel {

    /** One training message. {@code group} is its writer: folds never cut through a writer. */
    record Example(Feature[] features, Intent intent, String group) {
    }

    private static final double[] TEMPERATURES = {0.25, 0.35, 0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0};
    private static final double EPSILON = 0.1;
    /**
     * Writers are dealt into this many folds for the temperature. One fold per writer chose the same temperature
     * but cost a fit per writer, a number that grew with every round of the corpus (see docs/evaluation.md).
     */
    static final int CALIBRATION_FOLDS = 5;

    private final Model model;
    private final double temperature;

    private IntentModel(Model model, double temperature) {
        this.model = model;
        this.temperature = temperature;
    }

    /** Fits the model and, beside it, the models of the calibration folds, on every core. */
    static IntentModel train(List<Example> examples, int featureCount, double cost) {
        return onEveryCore("training the router", cores -> {
            Future<Model> model = cores.submit(() -> fit(examples, featureCount, cost));
            double temperature = calibrate(inFolds(examples, CALIBRATION_FOLDS), featureCount, cost, cores);
            return new IntentModel(model.get(), temperature);
        });
    }

    /** Work that fits models side by side on a pool of one thread per core. */
    private interface ParallelFits<T> {
        T run(ExecutorService cores) throws InterruptedException, ExecutionException;
    }

    private static <T> T onEveryCore(String what, ParallelFits<T> work) {
        try (ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            return work.run(cores);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        }
    }

    /**
     * The examples with their writer replaced by its fold: writers in name order dealt round-robin into
     * {@code folds} folds, so that the folds, and with them the model, do not depend on the corpus's file order.
     */
    static List<Example> inFolds(List<Example> examples, int folds) {
        List<String> writers = examples.stream().map(Example::group).distinct().sorted().toList();
        Map<String, String> fold = new TreeMap<>();
        for (int i = 0; i < writers.size(); i++) {
            fold.put(writers.get(i), "fold-" + i % folds);
        }
        return examples.stream()
                .map(example -> new Example(example.features(), example.intent(), fold.get(example.group())))
                .toList();
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
        // each Parameter seeds its own Random, so fits are deterministic and may run side by side
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

    /** The temperature with the lowest log loss on predictions for groups left out of training. */
    private static double calibrate(List<Example> examples, int featureCount, double cost, ExecutorService cores)
            throws InterruptedException, ExecutionException {
        if (examples.stream().map(Example::group).distinct().count() < 2) {
            return 1.0;
        }
        return temperature(heldOutDecisionValues(examples, featureCount, cost, cores),
                examples.stream().map(Example::intent).toList());
    }

    /**
     * Decision values of each example by a model fitted without its group (leave one group out), in the order
     * of {@code examples}: what the model makes of writers it has not seen.
     */
    static List<double[]> heldOutDecisionValues(List<Example> examples, int featureCount, double cost) {
        return onEveryCore("cross-validating the router",
                cores -> heldOutDecisionValues(examples, featureCount, cost, cores));
    }

    private static List<double[]> heldOutDecisionValues(List<Example> examples, int featureCount, double cost,
                                                        ExecutorService cores)
            throws InterruptedException, ExecutionException {
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byGroup.computeIfAbsent(examples.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        Map<String, Future<Model>> models = new TreeMap<>();
        byGroup.keySet().forEach(heldOut -> models.put(heldOut, cores.submit(() -> fit(examples.stream()
                .filter(example -> !example.group().equals(heldOut)).toList(), featureCount, cost))));
        double[][] values = new double[examples.size()][];
        for (Map.Entry<String, List<Integer>> heldOut : byGroup.entrySet()) {
            Model model = models.get(heldOut.getKey()).get();
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
