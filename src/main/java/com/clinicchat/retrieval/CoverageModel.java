package com.clinicchat.retrieval;

import java.util.List;

/**
 * Whether the articles cover a question: a logistic regression over {@link CoverageEvidence}, learned from the
 * training split's labelled questions ("answer" covered, "unknown" not) as retrieved from the article they were
 * written against. Its inputs name no topic, so it judges any article the clinic adds.
 */
public final class CoverageModel {

    private final LinearModel model;

    CoverageModel(LinearModel model) {
        this.model = model;
    }

    /** Probability that the articles answer the question. */
    public double probability(CoverageEvidence evidence) {
        return 1 / (1 + Math.exp(-model.logit(evidence.features())));
    }

    static CoverageModel fit(List<CoverageEvidence> evidence, List<Boolean> covered) {
        return new CoverageModel(LinearModel.fit(evidence.stream().map(CoverageEvidence::features).toList(), covered,
                CoverageEvidence.SIZE, 10));
    }

    String serialise() {
        return model.serialise();
    }

    static CoverageModel parse(String text) {
        return new CoverageModel(LinearModel.parse(text, CoverageEvidence.SIZE, "a coverage model"));
    }

    @Override
    public String toString() {
        return "CoverageModel[" + serialise() + "]";
    }
}
