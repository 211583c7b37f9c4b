package com.clinicchat.triage;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.CorpusSplits;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RouterTest {

    private static final List<String> PROBES = List.of("hi", "my chest hurts and I can't breathe",
            "does magnesium help with cramps?", "I'm on warfarin, can I get a drip?", "write me a poem",
            "can I talk to a nurse");

    @Test
    void trainsOnlyOnTheTrainingWritersWhichTheSeededShuffleAssignedThere() {
        Set<String> train = writers(Split.TRAIN);
        Set<String> validation = writers(Split.VALIDATION);
        Set<String> test = writers(Split.TEST);
        assertThat(train).doesNotContainAnyElementsOf(validation).doesNotContainAnyElementsOf(test);
        Set<String> all = new HashSet<>(train);
        all.addAll(validation);
        all.addAll(test);
        Map<String, Split> assigned = CorpusSplits.assign(all, CorpusSplits.SEED);
        assertThat(train).allMatch(writer -> assigned.get(writer) == Split.TRAIN);
        assertThat(validation).allMatch(writer -> assigned.get(writer) == Split.VALIDATION);
        assertThat(test).allMatch(writer -> assigned.get(writer) == Split.TEST);
        assertThat(train).contains(CorpusSplits.TEAM);
    }

    @Test
    void givesCalibratedProbabilitiesThatSumToOne() {
        Router router = TrainedRouter.get();
        for (String probe : PROBES) {
            double[] p = router.probabilities(request(probe)).values();
            assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(Arrays.stream(p).allMatch(v -> v >= 0 && v <= 1)).isTrue();
        }
        assertThat(router.decide(router.probabilities(request("my chest hurts and I can't breathe"))))
                .isEqualTo(Intent.EMERGENCY);
        assertThat(router.decide(router.probabilities(request("hi")))).isEqualTo(Intent.SMALLTALK);
    }

    /** Everyday words a clinic question shares ("do you have", "help with"), asked of the assistant itself. */
    @Test
    void questionsToTheAssistantAboutItselfAreSmallTalk() {
        Router router = TrainedRouter.get();
        for (String probe : List.of("hey do you have a name?", "what kinds of things can you do for me?",
                "can I ask you a quick question", "are you a real person or an AI")) {
            assertThat(router.decide(router.probabilities(request(probe)))).as(probe).isEqualTo(Intent.SMALLTALK);
        }
        assertThat(router.decide(router.probabilities(request("do you have a nurse who speaks Spanish?"))))
                .isNotEqualTo(Intent.SMALLTALK);
    }

    /** An errand in medical words is still an errand, not a question for the nurses. */
    @Test
    void aTaskAskedOfTheAssistantIsDeclinedThoughItUsesMedicalWords() {
        Router router = TrainedRouter.get();
        for (String probe : List.of("write me a sick note saying I had a magnesium drip on Friday",
                "calculate the drip rate for 250 mL over 20 minutes, show working")) {
            assertThat(router.decide(router.probabilities(request(probe)))).as(probe).isEqualTo(Intent.DECLINE);
        }
        assertThat(router.decide(router.probabilities(request("I'm writing for my mum: she has kidney disease, can "
                + "she have the drip?")))).isEqualTo(Intent.PERSONAL);
    }

    @Test
    void aCachedRouterDecidesExactlyAsTheOneTrained(@TempDir Path cache) {
        Router trained = Router.trainOrLoad(RetrieverFixture.MODEL, TrainedRouter.REGULARISATION, cache);
        Router loaded = Router.trainOrLoad(RetrieverFixture.MODEL, TrainedRouter.REGULARISATION, cache);
        assertThat(cache.toFile().list()).hasSize(1);
        for (String probe : PROBES) {
            assertThat(loaded.probabilities(request(probe)).values())
                    .containsExactly(trained.probabilities(request(probe)).values(), within(1e-12));
        }
        // training is deterministic: the router the tests share (trained or cached elsewhere) agrees too
        for (String probe : PROBES) {
            assertThat(TrainedRouter.get().probabilities(request(probe)).values())
                    .containsExactly(trained.probabilities(request(probe)).values(), within(1e-9));
        }
    }

    private static TriageRequest request(String text) {
        return TriageRequest.alone(text, RetrieverFixture.MODEL.embed(text).content().vector());
    }

    private static Set<String> writers(Split split) {
        return CorpusReader.read(split).stream().map(WriterCorpus::writer).collect(Collectors.toSet());
    }
}
