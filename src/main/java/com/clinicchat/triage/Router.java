package com.clinicchat.triage;

import com.clinicchat.corpus.CorpusReader;
import com.clinicchat.corpus.LabelledChat;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.Split;
import com.clinicchat.corpus.WriterCorpus;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;

/**
 * The learned router: which {@link Intent} a visitor message has, with calibrated probabilities, trained at start
 * from the training split of the labelled corpus (never from validation or test). Training is deterministic.
 */
public final class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);

    private final MessageFeatures features;
    private final IntentModel model;
    private final CostPolicy policy = new CostPolicy();

    private Router(MessageFeatures features, IntentModel model) {
        this.features = features;
        this.model = model;
    }

    /** Trains on {@link Split#TRAIN}; {@code cost} is liblinear's C (inverse regularisation strength). */
    public static Router train(EmbeddingModel embeddings, double cost) {
        return train(CorpusReader.read(Split.TRAIN), embeddings, cost);
    }

    /** As {@link #train(EmbeddingModel, double)}, or loaded from {@code cacheFolder} if trained before. */
    public static Router trainOrLoad(EmbeddingModel embeddings, double cost, Path cacheFolder) {
        String fingerprint = fingerprint(embeddings, cost);
        RouterCache cache = new RouterCache(cacheFolder);
        MessageFeatures features = new MessageFeatures(embeddings.dimension());
        Optional<IntentModel> cached = cache.load(fingerprint);
        if (cached.isPresent()) {
            log.info("Router loaded from {}", cacheFolder);
            return new Router(features, cached.get());
        }
        Router trained = train(embeddings, cost);
        cache.save(fingerprint, trained.model);
        return trained;
    }

    private static String fingerprint(EmbeddingModel embeddings, double cost) {
        String settings = String.join("|", CorpusReader.fingerprint(Split.TRAIN), embeddings.getClass().getName(),
                Integer.toString(embeddings.dimension()), MessageFeatures.VERSION, Double.toString(cost));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(settings.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Router train(List<WriterCorpus> corpus, EmbeddingModel embeddings, double cost) {
        long start = System.nanoTime();
        Map<String, float[]> vectors = embedAll(corpus, embeddings);
        long embedded = System.nanoTime();
        MessageFeatures features = new MessageFeatures(embeddings.dimension());
        List<IntentModel.Example> examples = examples(corpus, vectors, features);
        IntentModel model = IntentModel.train(examples, features.size(), cost);
        log.info("Router trained on {} messages from {} writer(s): embedded in {} ms, fitted in {} ms (temperature {})",
                examples.size(), corpus.size(), (embedded - start) / 1_000_000,
                (System.nanoTime() - embedded) / 1_000_000, model.temperature());
        return new Router(features, model);
    }

    /**
     * One training example per labelled message and chat turn, in corpus order (each writer's single messages, then
     * its chats turn by turn); a chat turn is read with the turn before it, as the application reads it.
     */
    static List<IntentModel.Example> examples(List<WriterCorpus> corpus, Map<String, float[]> vectors,
                                              MessageFeatures features) {
        List<IntentModel.Example> examples = new ArrayList<>();
        for (WriterCorpus writer : corpus) {
            for (LabelledTurn turn : writer.messages()) {
                examples.add(new IntentModel.Example(features.of(turn.question(), vectors.get(turn.question()), null,
                        null), Intent.of(turn), writer.writer()));
            }
            for (LabelledChat chat : writer.chats()) {
                LabelledTurn previous = null;
                for (LabelledTurn turn : chat.turns()) {
                    examples.add(new IntentModel.Example(features.of(turn.question(), vectors.get(turn.question()),
                            previous == null ? null : vectors.get(previous.question()),
                            previous == null ? null : previous.primaryRoute()), Intent.of(turn), writer.writer()));
                    previous = turn;
                }
            }
        }
        return examples;
    }

    static Map<String, float[]> embedAll(List<WriterCorpus> corpus, EmbeddingModel embeddings) {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        corpus.forEach(writer -> {
            writer.messages().forEach(turn -> vectors.put(turn.question(), null));
            writer.chats().forEach(chat -> chat.turns().forEach(turn -> vectors.put(turn.question(), null)));
        });
        List<String> texts = new ArrayList<>(vectors.keySet());
        var embedded = embeddings.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embedded.get(i).vector());
        }
        return vectors;
    }

    /** Probability of each intent for a message in its conversation. */
    IntentProbabilities probabilities(TriageRequest request) {
        return new IntentProbabilities(model.probabilities(features.of(request.text(), request.vector(),
                request.previousVector(), request.previousRoute())));
    }

    /** The intent with the lowest expected cost. */
    Intent decide(IntentProbabilities probabilities) {
        return policy.decide(probabilities.values());
    }
}
