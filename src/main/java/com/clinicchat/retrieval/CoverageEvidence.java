package com.clinicchat.retrieval;

/**
 * What retrieval found for a question, in terms that mean the same for any article: how near the best passage
 * and section are in meaning, how much of the question's information the best passages hold, and how much of it
 * is in words no article uses at all. (Richer evidence was tried in round 9 and not kept: docs/evaluation.md,
 * "Coverage evidence".)
 */
public record CoverageEvidence(double passageCosine, double sectionCosine, double overlap, double unknownShare) {

    static final int SIZE = 4;

    double[] features() {
        return new double[]{passageCosine, sectionCosine, overlap, unknownShare};
    }
}
