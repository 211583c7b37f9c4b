package com.clinicchat.retrieval;

/**
 * What retrieval found for a question, in terms that mean the same for any article: how near the best passage
 * and section are in meaning, how much of the question's information the best passages hold, how much of it
 * is in words no article uses at all, and whether one passage and one section stand out. None of it names a topic.
 *
 * @param passageCosine  cosine of the question and the nearest passage
 * @param sectionCosine  cosine of the question and the nearest section
 * @param overlap        best IDF-weighted share of the question's words in one of the top passages
 * @param unknownShare   IDF-weighted share of the question's words that no article uses
 * @param passageMargin  nearest passage's cosine minus the third nearest's: one passage stands out, or many are
 *                       vaguely near (a question about the topic in general, not about something it says)
 * @param sectionMargin  the same between the two nearest sections
 */
public record CoverageEvidence(double passageCosine, double sectionCosine, double overlap, double unknownShare,
                               double passageMargin, double sectionMargin) {

    static final int SIZE = 6;

    double[] features() {
        return new double[]{passageCosine, sectionCosine, overlap, unknownShare, passageMargin, sectionMargin};
    }
}
