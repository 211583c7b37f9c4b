package com.clinicchat.retrieval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageModelTest {

    /** Near passages, most words found: covered; far passages, words no article uses: not. */
    private static CoverageModel fitted() {
        List<CoverageEvidence> evidence = new ArrayList<>();
        List<Boolean> covered = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double jitter = (i % 7) * 0.01;
            evidence.add(evidence(0.80 + jitter, 0.75 + jitter, 0.7, 0.0));
            covered.add(true);
            evidence.add(evidence(0.55 + jitter, 0.50 + jitter, 0.2, 0.5));
            covered.add(false);
        }
        return CoverageModel.fit(evidence, covered);
    }

    /** The round-8 evidence; the rest of the record at values that say nothing either way. */
    private static CoverageEvidence evidence(double passageCosine, double sectionCosine, double overlap,
                                             double unknownShare) {
        return new CoverageEvidence(passageCosine, sectionCosine, overlap, unknownShare, 0.05, 0.02, overlap,
                passageCosine, unknownShare, unknownShare, overlap);
    }

    @Test
    void learnsThatNearPassagesWithTheQuestionsWordsCoverIt() {
        CoverageModel model = fitted();
        assertThat(model.probability(evidence(0.82, 0.77, 0.7, 0.0)))
                .isGreaterThan(0.9);
        assertThat(model.probability(evidence(0.56, 0.51, 0.2, 0.5)))
                .isLessThan(0.1);
    }

    @Test
    void aCachedModelReadsBackToTheSameProbabilities() {
        CoverageModel model = fitted();
        CoverageModel read = CoverageModel.parse(model.serialise());
        CoverageEvidence middle = evidence(0.68, 0.62, 0.45, 0.2);
        assertThat(read.probability(middle)).isEqualTo(model.probability(middle));
    }

    @Test
    void aModelOfAnotherShapeIsRefusedSoTheCacheRetrains() {
        assertThatThrownBy(() -> CoverageModel.parse("1 2 3 4 0.5"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
