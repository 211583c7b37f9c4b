package com.clinicchat.triage;

import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.Test;
import java.nio.file.*;
import java.util.*;

class ProbeTmpTest {
    @Test
    void probe() throws Exception {
        Router router = TrainedRouter.get();
        for (String text : Files.readAllLines(Path.of("/tmp/probe/in.txt"))) {
            if (text.isBlank()) continue;
            float[] v = RetrieverFixture.MODEL.embed(text).content().vector();
            TriageRequest r = TriageRequest.alone(text, v);
            IntentProbabilities p = router.probabilities(r);
            StringBuilder s = new StringBuilder();
            for (Intent i : Intent.values()) s.append(String.format("%s=%.2f ", i, p.of(i)));
            System.out.println("PROBE " + router.decide(p) + " rule=" + Triage.reportsEmergency(VisitorText.of(text)) + " | " + s + "| " + text);
        }
    }
}
