package com.clinicchat.retrieval;

/**
 * What retrieval found for a question, in terms that mean the same for any article: how near the best passage
 * and section are in meaning and how far ahead of the next ones, how much of the question's information the best
 * passages and the nearest sentence hold, and how much of it is in words no article uses at all, weighed both by
 * the index and by general English. (Chosen by cross-validation over the training writers: docs/evaluation.md,
 * "After round 13: coverage"; round 9's richer evidence: "Coverage evidence".)
 *
 * @param passageCosine       cosine of the question to the nearest passage
 * @param sectionCosine       cosine of the question to the nearest section
 * @param overlap             the best IDF-weighted word overlap among the fusion's three first passages
 * @param unknownShare        the share of the question's index-IDF weight in words no article uses
 * @param passageMargin       the nearest passage's cosine minus the third nearest's: one sentence that stands out
 * @param sectionMargin       the nearest section's cosine minus the second's
 * @param nearestOverlap      the IDF-weighted overlap of the nearest passage (sentence) in meaning
 * @param overlapCosine       the cosine of the passage with the largest overlap: do the shared words mean the same
 * @param generalUnknownShare the share of the question's general-English weight in words no article uses
 * @param rarestUnknown       the general-English weight of the rarest word no article uses (0 when none)
 * @param generalOverlap      the share of the general-English weight the best of the fusion's three first
 *                            passages holds
 */
public record CoverageEvidence(double passageCosine, double sectionCosine, double overlap, double unknownShare,
                               double passageMargin, double sectionMargin, double nearestOverlap,
                               double overlapCosine, double generalUnknownShare, double rarestUnknown,
                               double generalOverlap) {

    static final int SIZE = 11;

    double[] features() {
        return new double[]{passageCosine, sectionCosine, overlap, unknownShare, passageMargin, sectionMargin,
                nearestOverlap, overlapCosine, generalUnknownShare, rarestUnknown, generalOverlap};
    }
}
