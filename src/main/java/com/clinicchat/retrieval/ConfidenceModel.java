package com.clinicchat.retrieval;

/**
 * Turns raw retrieval evidence into a probability-like confidence that the articles cover a question. A logistic
 * model over the best passage and section cosine similarities and how much of the query's information its
 * top passages contain. Weights set by hand on the development set's feature distributions (printed by
 * {@code RetrievalQualityTest}); off-topic questions land near 0, article questions near 1.
 */
final class ConfidenceModel {

    private static final double BIAS = -7.0;
    private static final double PASSAGE_COSINE = 8.0;
    private static final double SECTION_COSINE = 4.0;
    private static final double WORD_OVERLAP = 3.0;

    /**
     * @param passageCosine cosine similarity of the query to its nearest passage
     * @param sectionCosine cosine similarity of the query to its nearest section
     * @param wordOverlap   IDF-weighted share of the query's words found in one of its top passages
     */
    double confidence(double passageCosine, double sectionCosine, double wordOverlap) {
        double logit = BIAS + PASSAGE_COSINE * passageCosine + SECTION_COSINE * sectionCosine
                + WORD_OVERLAP * wordOverlap;
        return 1.0 / (1.0 + Math.exp(-logit));
    }
}
