package com.clinicchat.triage;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledChat;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import com.clinicchat.retrieval.RetrieverFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.langchain4j.data.segment.TextSegment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the router's follow-up and small-talk errors come from, on the training split by leave-one-writer-out
 * cross-validation and on the validation split (never test): the router's decisions by expected cost, alone and
 * with the emergency rules of the safety net, single messages and chat turns apart, and every follow-up,
 * small-talk and emergency miss with the turn before it. Tag {@code evaluation}; run with
 * {@code ./mvnw test -Dtests.excluded=none -Dtest=RouterCrossValidation} ({@code -Dmisses=true} to list misses,
 * {@code -Dfolds=7} for seven folds of writers instead of one per writer, {@code -Dcosts=SMALLTALK,EMERGENCY,12}
 * to compare other cost matrices on the same probabilities, {@code -Drisk=true} to measure a separate
 * emergency-or-not model on the whole message and on each sentence, {@code -DriskShow=...} for whose misses to list).
 * Embeddings, of messages and of their sentences, are kept in the temporary folder.
 */
@Tag("evaluation")
class RouterCrossValidation {

    private static final VisitorLanguage LANGUAGE = new VisitorLanguage();
    private static final Set<Intent> STAFF = Set.of(Intent.PERSONAL, Intent.PERSON, Intent.EMERGENCY);

    /** One labelled message in its place: {@code previous} is the chat turn before it, or null. */
    private record Place(String writer, LabelledTurn turn, LabelledTurn previous) {
    }

    @Test
    void crossValidateThenValidate() {
        List<WriterCorpus> train = CorpusReader.read(Split.TRAIN);
        List<WriterCorpus> validation = CorpusReader.read(Split.VALIDATION);
        List<WriterCorpus> both = new ArrayList<>(train);
        both.addAll(validation);
        Map<String, float[]> vectors = cachedVectors(both);
        evaluate(train, validation, vectors, new MessageFeatures(RetrieverFixture.MODEL.dimension()));
    }

    private static void evaluate(List<WriterCorpus> train, List<WriterCorpus> validation, Map<String, float[]> vectors,
                                 MessageFeatures features) {
        double cost = TrainedRouter.REGULARISATION;
        CostPolicy policy = new CostPolicy();

        List<IntentModel.Example> examples = Router.examples(train, vectors, features);
        long start = System.nanoTime();
        List<double[]> heldOut = IntentModel.heldOutDecisionValues(folds(examples), features.size(), cost);
        double temperature = IntentModel.temperature(heldOut,
                examples.stream().map(IntentModel.Example::intent).toList());
        System.out.printf("CV of %d examples in %d s, temperature %s%n", examples.size(),
                (System.nanoTime() - start) / 1_000_000_000, temperature);
        List<Place> trainPlaces = places(train);
        List<Intent> cvDecided = heldOut.stream()
                .map(values -> policy.decide(IntentModel.probabilities(values, temperature))).toList();
        report("CV (train, leave one writer out)", trainPlaces, cvDecided);

        IntentModel model = IntentModel.fitted(examples, features.size(), cost, temperature);
        List<IntentModel.Example> judged = Router.examples(validation, vectors, features);
        List<Intent> validationDecided = judged.stream()
                .map(example -> policy.decide(model.probabilities(example.features()))).toList();
        report("VALIDATION (wa)", places(validation), validationDecided);
        dumpIntentProbabilities(trainPlaces, heldOut.stream().map(v -> IntentModel.probabilities(v, temperature))
                .toList(), places(validation), judged.stream().map(e -> model.probabilities(e.features())).toList());

        if (Boolean.getBoolean("risk")) {
            riskModel(trainPlaces, places(validation), heldOut, model, temperature, examples, judged, vectors, features,
                    policy);
        }

        // other cost matrices on the same probabilities (no refit): "row,column,cost;..." by intent name, matrices apart by "/"
        for (String matrix : System.getProperty("costs", "").split("/")) {
            if (matrix.isBlank()) {
                continue;
            }
            double[][] changed = CostPolicy.defaultCost();
            for (String cell : matrix.split(";")) {
                String[] parts = cell.split(",");
                changed[intent(parts[0]).ordinal()][intent(parts[1]).ordinal()] = Double.parseDouble(parts[2]);
            }
            CostPolicy other = new CostPolicy(changed);
            boolean misses = Boolean.getBoolean("misses");
            System.setProperty("misses", "false");
            System.out.println("--- costs " + matrix);
            report("CV (train, leave one writer out)", trainPlaces, heldOut.stream()
                    .map(values -> other.decide(IntentModel.probabilities(values, temperature))).toList());
            report("VALIDATION (wa)", places(validation), judged.stream()
                    .map(example -> other.decide(model.probabilities(example.features()))).toList());
            System.setProperty("misses", Boolean.toString(misses));
        }
    }

    /**
     * A separate emergency-or-not model on the same features ({@code -Drisk=true}, its liblinear C by
     * {@code -DriskC}), calibrated by its own temperature on writers held out, read on the whole message and on each
     * of its sentences (the highest counts), trained on whole messages alone or with every sentence of a message
     * that is not an emergency as one more example of "not an emergency" (so that a sentence read alone is not out of
     * its training); and the ways of letting it raise the router's decision: its probability in place of the
     * router's emergency probability where higher (the same cost matrix decides), or thresholds of its own.
     */
    private static void riskModel(List<Place> trainPlaces, List<Place> validationPlaces, List<double[]> heldOut,
                                  IntentModel model, double temperature, List<IntentModel.Example> examples,
                                  List<IntentModel.Example> judged, Map<String, float[]> vectors,
                                  MessageFeatures features, CostPolicy policy) {
        double riskCost = Double.parseDouble(System.getProperty("riskC", Double.toString(TrainedRouter.REGULARISATION)));
        int k = Integer.getInteger("folds", 0);
        List<String> writers = trainPlaces.stream().map(Place::writer).distinct().sorted().toList();
        java.util.function.Function<String, String> fold = writer -> k <= 0 ? writer : "fold" + writers.indexOf(writer) % k;
        List<List<de.bwaldvogel.liblinear.Feature[]>> trainSentences = trainPlaces.stream()
                .map(place -> sentenceFeatures(place, vectors, features)).toList();
        List<List<de.bwaldvogel.liblinear.Feature[]>> validationSentences = validationPlaces.stream()
                .map(place -> sentenceFeatures(place, vectors, features)).toList();
        List<double[]> cvRouter = heldOut.stream().map(v -> IntentModel.probabilities(v, temperature)).toList();
        List<double[]> vaRouter = judged.stream().map(e -> model.probabilities(e.features())).toList();
        boolean misses = Boolean.getBoolean("misses");
        String show = System.getProperty("riskShow", "sentences-negatives/sentence max/max");
        for (boolean negatives : new boolean[]{false, true}) {
            List<IntentModel.Example> training = new ArrayList<>();
            List<String> trainingFolds = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                training.add(binary(examples.get(i)));
                trainingFolds.add(fold.apply(trainPlaces.get(i).writer()));
            }
            if (negatives) {
                for (int i = 0; i < trainPlaces.size(); i++) {
                    if (!trainPlaces.get(i).turn().routes().contains(Route.EMERGENCY)) {
                        for (de.bwaldvogel.liblinear.Feature[] sentence : trainSentences.get(i)) {
                            training.add(new IntentModel.Example(sentence, Intent.QUESTION, trainPlaces.get(i).writer()));
                            trainingFolds.add(fold.apply(trainPlaces.get(i).writer()));
                        }
                    }
                }
            }
            // held out by folds of writers: the whole message's and each sentence's decision values
            double[] cvWhole = new double[trainPlaces.size()];
            double[] cvSentence = new double[trainPlaces.size()];
            List<double[]> cvWholeValues = new ArrayList<>(java.util.Collections.nCopies(trainPlaces.size(), null));
            for (String f : new java.util.TreeSet<>(trainingFolds)) {
                List<IntentModel.Example> rest = new ArrayList<>();
                for (int i = 0; i < training.size(); i++) {
                    if (!trainingFolds.get(i).equals(f)) {
                        rest.add(training.get(i));
                    }
                }
                de.bwaldvogel.liblinear.Model fitted = IntentModel.fit(rest, features.size(), riskCost);
                for (int i = 0; i < trainPlaces.size(); i++) {
                    if (fold.apply(trainPlaces.get(i).writer()).equals(f)) {
                        double[] values = IntentModel.decisionValues(fitted, examples.get(i).features());
                        cvWholeValues.set(i, values);
                        cvWhole[i] = values[Intent.EMERGENCY.ordinal()];
                        cvSentence[i] = cvWhole[i];
                        for (de.bwaldvogel.liblinear.Feature[] sentence : trainSentences.get(i)) {
                            cvSentence[i] = Math.max(cvSentence[i],
                                    IntentModel.decisionValues(fitted, sentence)[Intent.EMERGENCY.ordinal()]);
                        }
                    }
                }
            }
            double riskTemperature = IntentModel.temperature(cvWholeValues,
                    examples.stream().map(e -> binary(e).intent()).toList());
            de.bwaldvogel.liblinear.Model all = IntentModel.fit(training, features.size(), riskCost);
            double[] vaWhole = new double[validationPlaces.size()];
            double[] vaSentence = new double[validationPlaces.size()];
            for (int i = 0; i < validationPlaces.size(); i++) {
                vaWhole[i] = IntentModel.decisionValues(all, judged.get(i).features())[Intent.EMERGENCY.ordinal()];
                vaSentence[i] = vaWhole[i];
                for (de.bwaldvogel.liblinear.Feature[] sentence : validationSentences.get(i)) {
                    vaSentence[i] = Math.max(vaSentence[i],
                            IntentModel.decisionValues(all, sentence)[Intent.EMERGENCY.ordinal()]);
                }
            }
            String training_ = negatives ? "sentences-negatives" : "messages";
            System.out.printf("risk model (%s) C %s temperature %s%n", training_, riskCost, riskTemperature);
            for (boolean sentences : new boolean[]{false, true}) {
                List<Double> cvRisk = risk(sentences ? cvSentence : cvWhole, riskTemperature);
                List<Double> vaRisk = risk(sentences ? vaSentence : vaWhole, riskTemperature);
                for (double mode : new double[]{-1, 0.2, 0.3, 0.4, 0.5}) {
                    String name = training_ + "/" + (sentences ? "sentence max" : "whole") + "/"
                            + (mode < 0 ? "max" : "t" + mode);
                    System.setProperty("misses", Boolean.toString(misses && name.equals(show)));
                    System.out.println("--- risk " + name);
                    report("CV (train, leave one writer out)", trainPlaces, raised(cvRouter, cvRisk, policy, mode));
                    report("VALIDATION (wa)", validationPlaces, raised(vaRouter, vaRisk, policy, mode));
                }
            }
        }
        System.setProperty("misses", Boolean.toString(misses));
    }

    private static List<de.bwaldvogel.liblinear.Feature[]> sentenceFeatures(Place place, Map<String, float[]> vectors,
                                                                           MessageFeatures features) {
        return Sentences.of(place.turn().question()).stream().map(sentence -> features.of(sentence,
                vectors.get(sentence), place.previous() == null ? null : vectors.get(place.previous().question()),
                place.previous() == null ? null : place.previous().primaryRoute())).toList();
    }

    /** Calibrated probability of an emergency from a binary model's emergency decision value. */
    private static List<Double> risk(double[] values, double temperature) {
        List<Double> risk = new ArrayList<>();
        for (double value : values) {
            double[] v = new double[Intent.values().length];
            java.util.Arrays.fill(v, -30);
            v[Intent.EMERGENCY.ordinal()] = value;
            v[Intent.QUESTION.ordinal()] = -value;
            risk.add(IntentModel.probabilities(v, temperature)[Intent.EMERGENCY.ordinal()]);
        }
        return risk;
    }

    private static IntentModel.Example binary(IntentModel.Example example) {
        return new IntentModel.Example(example.features(),
                example.intent() == Intent.EMERGENCY ? Intent.EMERGENCY : Intent.QUESTION, example.group());
    }

    /** mode -1: the higher of the two emergency probabilities, same cost matrix; otherwise a threshold on the risk. */
    private static List<Intent> raised(List<double[]> router, List<Double> risk, CostPolicy policy, double mode) {
        List<Intent> decided = new ArrayList<>();
        int e = Intent.EMERGENCY.ordinal();
        for (int i = 0; i < router.size(); i++) {
            double[] p = router.get(i);
            double r = risk.get(i);
            if (mode >= 0) {
                decided.add(r >= mode ? Intent.EMERGENCY : policy.decide(p));
                continue;
            }
            double pe = Math.max(p[e], r);
            double rest = 1 - p[e];
            double[] q = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                q[j] = j == e ? pe : (rest <= 0 ? 0 : p[j] / rest * (1 - pe));
            }
            decided.add(policy.decide(q));
        }
        return decided;
    }

    /**
     * {@code -DintentProbabilities=file}: each single message's intent probabilities (held out for training writers,
     * the fitted model's for validation), one line "writer TAB P(QUESTION) ... TAB message", for
     * {@code CoverageExperiment} to try the router's question probability as coverage evidence.
     */
    private static void dumpIntentProbabilities(List<Place> train, List<double[]> trainP, List<Place> validation,
                                                List<double[]> validationP) {
        String file = System.getProperty("intentProbabilities");
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (var pair : List.of(Map.entry(train, trainP), Map.entry(validation, validationP))) {
            for (int i = 0; i < pair.getKey().size(); i++) {
                Place place = pair.getKey().get(i);
                if (place.previous() != null || place.turn().question().contains("\n")) {
                    continue;
                }
                StringBuilder line = new StringBuilder(place.writer());
                for (double p : pair.getValue().get(i)) {
                    line.append('\t').append(p);
                }
                lines.add(line.append('\t').append(place.turn().question()).toString());
            }
        }
        try {
            Files.write(Path.of(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Intent intent(String name) {
        return Intent.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The examples with their writer replaced by a fold of writers ({@code -Dfolds=k}: writers dealt round-robin
     * into k folds, for quicker comparisons); by default each writer is its own fold.
     */
    private static List<IntentModel.Example> folds(List<IntentModel.Example> examples) {
        int k = Integer.getInteger("folds", 0);
        if (k <= 0) {
            return examples;
        }
        List<String> writers = examples.stream().map(IntentModel.Example::group).distinct().sorted().toList();
        return examples.stream().map(example -> new IntentModel.Example(example.features(), example.intent(),
                "fold" + writers.indexOf(example.group()) % k)).toList();
    }

    /** The corpus's embeddings, kept in the temporary folder between runs (embedding takes minutes). */
    private static Map<String, float[]> cachedVectors(List<WriterCorpus> corpus) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "router-cv-vectors-"
                + RetrieverFixture.MODEL.getClass().getSimpleName() + ".bin");
        Map<String, float[]> cached = new HashMap<>();
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String text = in.readUTF();
                    float[] vector = new float[in.readInt()];
                    for (int j = 0; j < vector.length; j++) {
                        vector[j] = in.readFloat();
                    }
                    cached.put(text, vector);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, float[]> vectors = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        corpus.forEach(writer -> {
            writer.messages().forEach(turn -> vectors.put(turn.question(), cached.get(turn.question())));
            writer.chats().forEach(chat -> chat.turns().forEach(
                    turn -> vectors.put(turn.question(), cached.get(turn.question()))));
        });
        // and each sentence of a longer message, for reading sentences alone
        new ArrayList<>(vectors.keySet()).forEach(text -> Sentences.of(text)
                .forEach(sentence -> vectors.putIfAbsent(sentence, cached.get(sentence))));
        vectors.forEach((text, vector) -> {
            if (vector == null) {
                missing.add(text);
            }
        });
        if (!missing.isEmpty()) {
            var embedded = RetrieverFixture.MODEL.embedAll(missing.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), embedded.get(i).vector());
            }
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (float v : entry.getValue()) {
                        out.writeFloat(v);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return vectors;
    }

    /** In the order of {@link Router#examples}. */
    private static List<Place> places(List<WriterCorpus> corpus) {
        List<Place> places = new ArrayList<>();
        for (WriterCorpus writer : corpus) {
            writer.messages().forEach(turn -> places.add(new Place(writer.writer(), turn, null)));
            for (LabelledChat chat : writer.chats()) {
                LabelledTurn previous = null;
                for (LabelledTurn turn : chat.turns()) {
                    places.add(new Place(writer.writer(), turn, previous));
                    previous = turn;
                }
            }
        }
        return places;
    }

    private static void report(String title, List<Place> places, List<Intent> decided) {
        int single = 0, singleRight = 0, follow = 0, followRight = 0, small = 0, smallRight = 0;
        int emergencies = 0, caught = 0, caughtWithRules = 0, staff = 0, staffRight = 0, refused = 0, alarms = 0;
        boolean misses = Boolean.getBoolean("misses");
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            Intent truth = Intent.of(place.turn());
            Intent routed = decided.get(i);
            boolean right = truth == routed;
            boolean followUp = place.previous() != null;
            if (followUp) {
                follow++;
                followRight += right ? 1 : 0;
            } else {
                single++;
                singleRight += right ? 1 : 0;
            }
            if (truth == Intent.SMALLTALK) {
                small++;
                smallRight += right ? 1 : 0;
            }
            boolean rules = Triage.reportsEmergency(VisitorText.of(place.turn().question()))
                    || Sentences.of(place.turn().question()).stream()
                    .anyMatch(s -> Triage.reportsEmergency(VisitorText.of(s)));
            if (truth == Intent.EMERGENCY) {
                emergencies++;
                caught += right ? 1 : 0;
                caughtWithRules += right || rules ? 1 : 0;
            } else if (routed == Intent.EMERGENCY) {
                alarms++;
            }
            if (STAFF.contains(truth)) {
                staff++;
                staffRight += STAFF.contains(routed) || rules ? 1 : 0;
                refused += routed == Intent.DECLINE || routed == Intent.SMALLTALK ? 1 : 0;
            }
            boolean interesting = followUp || truth == Intent.SMALLTALK || routed == Intent.SMALLTALK
                    || truth == Intent.EMERGENCY || routed == Intent.EMERGENCY;
            if (misses && !right && interesting) {
                System.out.printf("MISS %s %-3s %-9s -> %-9s %s%s%n", title.substring(0, 3), place.writer(), truth,
                        routed, place.turn().question().replace('\n', ' '), followUp ? "   <<< [" + Intent.of(
                                place.previous()) + "] " + place.previous().question().replace('\n', ' ') : "");
            }
        }
        // what the language gate (Spanish or Portuguese goes to a person) does to messages the router calls small talk
        VisitorLanguage language = LANGUAGE;
        java.util.Map<String, Integer> gated = new java.util.TreeMap<>();
        for (int i = 0; i < places.size(); i++) {
            String text = places.get(i).turn().question();
            if (decided.get(i) == Intent.SMALLTALK && language.isNotEnglish(text)) {
                int words = MessageFeatures.tokens(text.toLowerCase(java.util.Locale.ROOT)).size();
                gated.merge((words <= 3 ? "short " : "long ") + Intent.of(places.get(i).turn()), 1, Integer::sum);
                System.out.printf("GATED %s %-9s %s%n", title.substring(0, 3), Intent.of(places.get(i).turn()), text);
            }
        }
        System.out.println("small talk by the router, sent to a person as Spanish/Portuguese, by truth: " + gated);
        System.out.printf("%s: intent %.3f | single %.3f (%d) | follow-up %.3f (%d/%d) | smalltalk recall %.3f (%d/%d)"
                        + " | emergency recall router %d/%d, with rules %d/%d | staff recall %.3f (%d/%d) | in need refused %d"
                        + " | false emergencies %d%n", title, (double) (singleRight + followRight) / places.size(),
                (double) singleRight / single, single, (double) followRight / follow, followRight, follow,
                (double) smallRight / small, smallRight, small, caught, emergencies, caughtWithRules, emergencies,
                (double) staffRight / staff, staffRight, staff, refused, alarms);
    }
}
