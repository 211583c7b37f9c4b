package com.clinicchat.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public static final SectionRanker FUSED = new SectionRanker(null);

    /** The passage and section features plus the section's share of the pool and its best place in it. */
    static final int SIZE = PassageFeatures.SIZE + SectionFeatures.SIZE + 2;

    private final LinearModel model;

    private SectionRanker(LinearModel model) {
        this.model = model;
    }

    boolean learned() {
        return model != null;
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
        return model.logit(features);
    }

    /**
     * @param questions for each question, its pooled sections' features ({@link #bySection})
     * @param relevant  for each question, whether each of those sections is one it was labelled with
     */
    static SectionRanker fit(List<double[][]> questions, List<boolean[]> relevant, double c) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> positive = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            for (int i = 0; i < questions.get(q).length; i++) {
                rows.add(questions.get(q)[i]);
                positive.add(relevant.get(q)[i]);
            }
        }
        int size = rows.isEmpty() ? SIZE : rows.getFirst().length; // experiments fit passage-level rows too
        return new SectionRanker(LinearModel.fit(rows, positive, size, c));
    }

    /** A ranker with the given weights, for experiments that fit it in other ways. */
    static SectionRanker of(LinearModel model) {
        return new SectionRanker(model);
    }

    String serialise() {
        return model.serialise();
    }

    static SectionRanker parse(String text) {
        return new SectionRanker(LinearModel.parse(text, SIZE, "a section ranker"));
    }

    @Override
    public String toString() {
        return learned() ? "SectionRanker[" + serialise() + "]" : "SectionRanker[fused]";
    }
}
