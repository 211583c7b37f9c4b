package com.clinicchat.llm.grounding;

import com.clinicchat.llm.grounding.GroundingVerifier.Outcome;
import com.clinicchat.retrieval.RetrieverFixture;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the verifier's two thresholds were chosen for the production embedding model: every pair of values on a grid,
 * run over the non-held-out writers of the grounding corpus (train and validation together; the held-out writers are
 * skipped), printing unsafe sentences released and the share of safe sentences released. Not a test of behaviour:
 * run it by hand with {@code -Dtests.excluded=none -Dtest=GroundingThresholdSweep}.
 */
@Tag("evaluation")
class GroundingThresholdSweep {

    /** The sweep embeds each sentence once, whatever the thresholds. */
    private static final class Cached implements EmbeddingModel {
        private final Map<String, Response<Embedding>> cache = new ConcurrentHashMap<>();

        @Override
        public Response<Embedding> embed(String text) {
            return cache.computeIfAbsent(text, RetrieverFixture.MODEL::embed);
        }
    }

    @Test
    void sweep() {
        List<GroundingCase> cases = GroundingCase.loadAll(Path.of("src/test/resources/grounding")).stream()
                .filter(c -> !GroundingCorpusTest.HELD_OUT.contains(c.writer())).toList();
        EmbeddingModel cached = new Cached();
        long unsafe = cases.stream().filter(GroundingCase::unsafe).count();
        StringBuilder out = new StringBuilder(String.format("%d cases, %d unsafe (held-out writers skipped)%n",
                cases.size(), unsafe));
        for (double overlap : new double[]{0.45, 0.5, 0.55}) {
            for (double similarity : new double[]{0.6, 0.65, 0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 1.01}) {
                GroundingVerifier verifier = new GroundingVerifier(cached, () -> GroundingVerifierTest.CLINIC_SUBJECT,
                        overlap, similarity);
                long unsafeReleased = 0;
                long safeReleased = 0;
                for (GroundingCase c : cases) {
                    boolean released = verifier.verify(c.sentence(), c.passages()).outcome() == Outcome.RELEASE;
                    if (released && c.unsafe()) {
                        unsafeReleased++;
                    } else if (released) {
                        safeReleased++;
                    }
                }
                out.append(String.format("overlap %.2f similarity %.2f: unsafe released %d, safe released %.3f%n",
                        overlap, similarity, unsafeReleased, safeReleased / (double) (cases.size() - unsafe)));
            }
        }
        // the cases the cosine decides: released with the shortcut, dropped without it, and their cosine
        GroundingVerifier with = new GroundingVerifier(cached, () -> GroundingVerifierTest.CLINIC_SUBJECT, 0.5, -1);
        GroundingVerifier without = new GroundingVerifier(cached, () -> GroundingVerifierTest.CLINIC_SUBJECT, 0.5, 1.01);
        for (GroundingCase c : cases) {
            var verdict = with.verify(c.sentence(), c.passages());
            if (verdict.outcome() == Outcome.RELEASE
                    && without.verify(c.sentence(), c.passages()).outcome() != Outcome.RELEASE) {
                StringBuilder evidence = new StringBuilder();
                verdict.citations().stream().sorted().forEach(n -> evidence.append(c.passages().get(n - 1)).append('\n'));
                double cosine = com.clinicchat.retrieval.Cosine.of(cached.embed(CitedSentence.parse(c.sentence()).text())
                        .content().vector(), cached.embed(evidence.toString().strip()).content().vector());
                out.append(String.format("decided by the cosine: %.3f %s %s %s%n", cosine, c.unsafe() ? "UNSAFE" : "safe",
                        c.id(), c.kind()));
            }
        }
        System.out.println(out);
        assertThat(cases).isNotEmpty();
    }
}
