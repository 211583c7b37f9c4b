package com.clinicchat.triage;

import com.clinicchat.corpus.LabelledChat;
import com.clinicchat.corpus.LabelledTurn;
import com.clinicchat.corpus.WriterCorpus;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The router trained with a given embedding model and judged on a labelled split, message by message, as the
 * application would route each one (its decision by expected cost, a chat turn read with the turn before it).
 * For comparing embedding models; {@code Router.train} stays package-private.
 */
public final class RouterScores {

    /**
     * What the router made of one labelled message.
     *
     * @param followUp         a turn after the first of a chat
     * @param truthProbability the calibrated probability the router gave the labelled intent
     */
    public record Outcome(String id, String truth, String decided, boolean followUp, double truthProbability) {

        public boolean right() {
            return truth.equals(decided);
        }

        public boolean emergency() {
            return truth.equals(Intent.EMERGENCY.name());
        }

        /** Someone who needs staff or emergency instructions was declined or answered with small talk. */
        public boolean refusedSomeoneInNeed() {
            boolean inNeed = truth.equals(Intent.EMERGENCY.name()) || truth.equals(Intent.PERSONAL.name())
                    || truth.equals(Intent.PERSON.name());
            boolean refused = decided.equals(Intent.DECLINE.name()) || decided.equals(Intent.SMALLTALK.name());
            return inNeed && refused;
        }
    }

    /** The outcomes, and how long training took (embedding the training split included). */
    public record Scores(List<Outcome> outcomes, Duration training) {
    }

    private RouterScores() {
    }

    public static Scores trainAndScore(List<WriterCorpus> train, List<WriterCorpus> judged,
                                              EmbeddingModel embeddings, double cost) {
        long start = System.nanoTime();
        Router router = Router.train(train, embeddings, cost);
        Duration training = Duration.ofNanos(System.nanoTime() - start);
        Map<String, float[]> vectors = embed(judged, embeddings);
        List<Outcome> outcomes = new ArrayList<>();
        for (WriterCorpus writer : judged) {
            for (LabelledTurn turn : writer.messages()) {
                outcomes.add(score(router, turn, TriageRequest.alone(turn.question(), vectors.get(turn.question())),
                        false));
            }
            for (LabelledChat chat : writer.chats()) {
                LabelledTurn previous = null;
                for (LabelledTurn turn : chat.turns()) {
                    TriageRequest request = previous == null
                            ? TriageRequest.alone(turn.question(), vectors.get(turn.question()))
                            : new TriageRequest(turn.question(), vectors.get(turn.question()), previous.question(),
                            vectors.get(previous.question()), previous.primaryRoute());
                    outcomes.add(score(router, turn, request, previous != null));
                    previous = turn;
                }
            }
        }
        return new Scores(outcomes, training);
    }

    private static Outcome score(Router router, LabelledTurn turn, TriageRequest request, boolean followUp) {
        IntentProbabilities probabilities = router.probabilities(request);
        Intent truth = Intent.of(turn);
        return new Outcome(turn.id(), truth.name(), router.decide(probabilities).name(), followUp,
                probabilities.of(truth));
    }

    private static Map<String, float[]> embed(List<WriterCorpus> corpus, EmbeddingModel embeddings) {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (WriterCorpus writer : corpus) {
            writer.messages().forEach(turn -> vectors.put(turn.question(), null));
            writer.chats().forEach(chat -> chat.turns().forEach(turn -> vectors.put(turn.question(), null)));
        }
        List<String> texts = new ArrayList<>(vectors.keySet());
        var embedded = embeddings.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embedded.get(i).vector());
        }
        return vectors;
    }
}
