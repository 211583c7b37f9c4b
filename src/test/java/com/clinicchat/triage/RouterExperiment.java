package com.clinicchat.triage;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledChat;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the router's regularisation on the validation split (never test): intent accuracy, emergency recall
 * and refusals of people who need staff, for each candidate C. Tag {@code evaluation}; run with
 * {@code ./mvnw test -Dtests.excluded=none -Dtest=RouterExperiment}.
 */
@Tag("evaluation")
class RouterExperiment {

    @Test
    void compareRegularisation() {
        List<WriterCorpus> train = CorpusReader.read(Split.TRAIN);
        List<WriterCorpus> validation = CorpusReader.read(Split.VALIDATION);
        for (double c : new double[]{2, 4, 8, 16}) {
            Router router = Router.train(train, RetrieverFixture.MODEL, c);
            int[][] confusion = new int[6][6];
            int[][] argmax = new int[6][6];
            for (WriterCorpus writer : validation) {
                for (LabelledTurn turn : writer.messages()) {
                    count(router, confusion, argmax, turn, null);
                }
                for (LabelledChat chat : writer.chats()) {
                    LabelledTurn previous = null;
                    for (LabelledTurn turn : chat.turns()) {
                        count(router, confusion, argmax, turn, previous);
                        previous = turn;
                    }
                }
            }
            int right = 0, total = 0;
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    total += confusion[i][j];
                    right += i == j ? confusion[i][j] : 0;
                }
            }
            System.out.printf("C=%-5s intent accuracy %.3f%n", c, (double) right / total);
            for (Intent intent : Intent.values()) {
                int[] row = confusion[intent.ordinal()];
                System.out.printf("   %-10s %s   argmax %s%n", intent, java.util.Arrays.toString(row),
                        java.util.Arrays.toString(argmax[intent.ordinal()]));
            }
        }
    }

    private static void count(Router router, int[][] confusion, int[][] argmax, LabelledTurn turn, LabelledTurn previous) {
        float[] vector = RetrieverFixture.MODEL.embed(turn.question()).content().vector();
        TriageRequest request = previous == null ? TriageRequest.alone(turn.question(), vector)
                : new TriageRequest(turn.question(), vector, previous.question(),
                RetrieverFixture.MODEL.embed(previous.question()).content().vector(), previous.primaryRoute());
        IntentProbabilities p = router.probabilities(request);
        Intent decided = router.decide(p);
        argmax[Intent.of(turn).ordinal()][p.mostLikely().ordinal()]++;
        if (decided != Intent.of(turn)) {
            System.out.printf("  %-9s -> %-9s %s %s%n", Intent.of(turn), decided, java.util.Arrays.toString(
                    java.util.Arrays.stream(p.values()).map(v -> Math.round(v * 100) / 100.0).toArray()), turn.question());
        }
        confusion[Intent.of(turn).ordinal()][decided.ordinal()]++;
    }
}
