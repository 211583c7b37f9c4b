package com.clinicchat.triage;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IntentModelTest {

    @Test
    void dealsWholeWritersIntoFiveFoldsWhateverOrderTheCorpusComesIn() {
        List<IntentModel.Example> examples = examples(12, 20, new Random(1));
        List<IntentModel.Example> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(2));

        Map<String, Set<String>> foldsOfWriter = foldsOfWriter(examples);
        assertThat(foldsOfWriter).hasSize(12).allSatisfy((writer, folds) -> assertThat(folds).hasSize(1));
        assertThat(foldsOfWriter.values().stream().flatMap(Set::stream).distinct())
                .hasSize(IntentModel.CALIBRATION_FOLDS);
        assertThat(foldsOfWriter(shuffled)).isEqualTo(foldsOfWriter);
    }

    @Test
    void trainingOnEveryCoreGivesTheSameModelEveryTime() {
        List<IntentModel.Example> examples = examples(8, 30, new Random(3));
        IntentModel first = IntentModel.train(examples, 4, 1);
        IntentModel second = IntentModel.train(examples, 4, 1);
        Feature[] probe = {new FeatureNode(1, 0.9), new FeatureNode(2, 0.1), new FeatureNode(3, 0.2),
                new FeatureNode(4, 0.4)};
        assertThat(second.temperature()).isEqualTo(first.temperature());
        assertThat(second.probabilities(probe)).containsExactly(first.probabilities(probe), within(0.0));
        // the intent whose feature is strongest is the most probable: the folds fed a real model, not noise
        double[] p = first.probabilities(probe);
        assertThat(p[Intent.values()[0].ordinal()]).isGreaterThan(0.5);
    }

    /** Per writer, {@code each} examples of the first four intents, each intent lighting up its own feature. */
    private static List<IntentModel.Example> examples(int writers, int each, Random random) {
        List<IntentModel.Example> examples = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < each; i++) {
                Intent intent = Intent.values()[i % 4];
                Feature[] features = new Feature[4];
                for (int f = 0; f < 4; f++) {
                    double signal = f == intent.ordinal() ? 0.8 : 0.1;
                    features[f] = new FeatureNode(f + 1, signal + random.nextGaussian() * 0.1);
                }
                examples.add(new IntentModel.Example(features, intent, "writer-" + w));
            }
        }
        return examples;
    }

    private static Map<String, Set<String>> foldsOfWriter(List<IntentModel.Example> examples) {
        List<IntentModel.Example> folded = IntentModel.inFolds(examples, IntentModel.CALIBRATION_FOLDS);
        Map<String, Set<String>> folds = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            folds.computeIfAbsent(examples.get(i).group(), w -> new TreeSet<>()).add(folded.get(i).group());
        }
        return folds;
    }
}
