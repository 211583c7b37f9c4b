package com.clinicchat.retrieval;

import java.util.List;

/**
 * What the {@link SectionRanker} knows of one candidate passage for one question. Nothing here names a topic: ranks
 * and scores of the rankings, closeness in meaning and shared rare words with the passage, its section and the
 * section's heading, and where the passage sits; each also relative to the best candidate of the same question,
 * since a cosine of 0.7 is high for one question and low for another. So a ranker learned on one article ranks any.
 */
record PassageFeatures(double fused, double fusedRank, double lexicalRank, double semanticRank,
                       double lexicalSectionRank, double semanticSectionRank, double cosine, double sectionCosine,
                       double headingCosine, double overlap, double sectionOverlap, double headingOverlap,
                       double position, boolean first, boolean listItem) {

    static final int SIZE = 20;

    /** Each candidate's features, with the relative ones taken against the best candidate of the same list. */
    static double[][] vectors(List<PassageFeatures> candidates) {
        double topFused = candidates.stream().mapToDouble(PassageFeatures::fused).max().orElse(1);
        double topCosine = candidates.stream().mapToDouble(PassageFeatures::cosine).max().orElse(0);
        double topSectionCosine = candidates.stream().mapToDouble(PassageFeatures::sectionCosine).max().orElse(0);
        double topHeadingCosine = candidates.stream().mapToDouble(PassageFeatures::headingCosine).max().orElse(0);
        double topOverlap = candidates.stream().mapToDouble(PassageFeatures::overlap).max().orElse(0);
        double topHeadingOverlap = candidates.stream().mapToDouble(PassageFeatures::headingOverlap).max().orElse(0);
        double[][] vectors = new double[candidates.size()][];
        for (int i = 0; i < candidates.size(); i++) {
            PassageFeatures c = candidates.get(i);
            vectors[i] = new double[]{
                    topFused > 0 ? c.fused / topFused : 0, c.fusedRank, c.lexicalRank, c.semanticRank,
                    c.lexicalSectionRank, c.semanticSectionRank,
                    c.cosine, c.cosine - topCosine, c.sectionCosine, c.sectionCosine - topSectionCosine,
                    c.headingCosine, c.headingCosine - topHeadingCosine,
                    c.overlap, c.overlap - topOverlap, c.sectionOverlap, c.headingOverlap,
                    c.headingOverlap - topHeadingOverlap, c.position, c.first ? 1 : 0, c.listItem ? 1 : 0};
        }
        return vectors;
    }
}
