package com.clinicchat.retrieval;

/**
 * What retrieval found for a question, in terms that mean the same for any article: how near the best passage
 * and section are in meaning, how much of the question's information the best passages hold, how much of it is in
 * words no article uses at all, and how clearly one place in the articles stands out.
 *
 * @param passageCosine best passage's cosine with the question
 * @param sectionCosine best section's cosine with the question
 * @param overlap       best rarity-weighted word overlap among the top passages
 * @param unknownShare  share of the question's words that no article uses
 * @param terms         log(1 + number of the question's content terms): long questions overlap less
 * @param agreement     share of the top five passages from the first passage's section
 * @param anyUnknown    1 if the question has any word no article uses
 * @param cosineGap     best passage's cosine above the mean of the top five
 * @param topOverlap    the first passage's word overlap
 */
public record CoverageEvidence(double passageCosine, double sectionCosine, double overlap, double unknownShare,
                               double terms, double agreement, double anyUnknown, double cosineGap,
                               double topOverlap) {

    static final int FEATURES = 9;

    double[] features() {
        return new double[]{passageCosine, sectionCosine, overlap, unknownShare, terms, agreement, anyUnknown,
                cosineGap, topOverlap};
    }
}
