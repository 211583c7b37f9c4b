package com.clinicchat.answering;

import com.clinicchat.triage.OpinionPolicy;
import com.clinicchat.triage.Route;
import com.clinicchat.triage.TriageDecision;
import com.clinicchat.triage.TriageOpinion;
import com.clinicchat.triage.TriageOpinion.Opinion;
import com.clinicchat.triage.TriageOpinion.Said;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The model's triage opinion, weighed alongside the answer rather than before it: the answer is written meanwhile,
 * its text held back until the opinion is in (or its time is up, about two seconds from the message), so that a
 * raised route never leaves part of an answer on the visitor's screen, and a slow or absent model delays nothing
 * by more than that bound. Messages the opinion cannot change (emergencies and escalations by the rules, small
 * talk) are not sent to the model at all.
 */
@Component
public class SecondOpinion {

    private static final Logger log = LoggerFactory.getLogger(SecondOpinion.class);

    private final List<TriageOpinion> opinions;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @Autowired
    public SecondOpinion(ObjectProvider<TriageOpinion> opinions, Clock clock) {
        this(opinions.orderedStream().toList(), clock);
    }

    SecondOpinion(List<TriageOpinion> opinions, Clock clock) {
        this.opinions = List.copyOf(opinions);
        this.clock = clock;
    }

    /** What the pipeline goes on with: the decision, and the answer when the decision is to answer. */
    public record Settled(TriageDecision decision, GeneratedAnswer answer) {
    }

    /**
     * Settles the route of a message, running {@code answerer} when the decision is to answer: at once, streaming,
     * when the opinion could not change the rules' decision (nothing is asked then); otherwise alongside the
     * opinion, its text held until the opinion is in or its time is up.
     *
     * @param byRules    the decision of the rules and examples
     * @param receivedAt when the message arrived: the opinion's time limit counts from here
     * @param answerer   writes the answer, sending its text to the consumer it is given
     */
    public Settled settle(TriageDecision byRules, String question, List<Turn> history, Instant receivedAt,
                          Consumer<String> onDelta, Function<Consumer<String>, GeneratedAnswer> answerer) {
        boolean answering = byRules.route() == Route.ANSWER;
        if (opinions.isEmpty() || !OpinionPolicy.couldChange(byRules)) {
            return new Settled(byRules, answering ? answerer.apply(onDelta) : null);
        }
        TriageOpinion opinion = opinions.getFirst();
        List<Said> conversation = new ArrayList<>();
        history.forEach(turn -> conversation.add(new Said(turn.speaker() == Turn.Speaker.VISITOR, turn.text())));
        Future<Optional<Opinion>> asked = executor.submit(() -> opinion.opinionOn(question, conversation));
        Instant deadline = receivedAt.plus(opinion.patience());
        if (!answering) {
            return new Settled(decide(byRules, asked, deadline), null);
        }
        HeldText held = new HeldText(onDelta);
        Future<GeneratedAnswer> answer = executor.submit(() -> answerer.apply(held));
        TriageDecision decision = decide(byRules, asked, deadline);
        if (!decision.equals(byRules)) {
            held.discard();
            answer.cancel(true);
            return new Settled(decision, null);
        }
        held.release();
        try {
            return new Settled(decision, answer.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new IllegalStateException("interrupted while answering", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private TriageDecision decide(TriageDecision byRules, Future<Optional<Opinion>> asked, Instant deadline) {
        Optional<Opinion> opinion = await(asked, deadline);
        TriageDecision decision = OpinionPolicy.apply(byRules, opinion);
        if (!decision.equals(byRules)) {
            log.info("Triage opinion raised the route to {}", decision.route().wireName());
        }
        return decision;
    }

    private Optional<Opinion> await(Future<Optional<Opinion>> opinion, Instant deadline) {
        long millis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        try {
            return opinion.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // not interrupted: the call ends by its own time limit, and the breaker learns how it went
            log.info("Triage opinion: none within its time limit");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            log.warn("Triage opinion failed: {}", e.getCause().toString());
            return Optional.empty();
        }
    }

    /** Answer text held back until the opinion is in, then passed on; dropped if the route was raised. */
    private static final class HeldText implements Consumer<String> {

        private final Consumer<String> visitor;
        private final List<String> held = new ArrayList<>();
        private boolean released;
        private boolean discarded;

        HeldText(Consumer<String> visitor) {
            this.visitor = visitor;
        }

        @Override
        public synchronized void accept(String text) {
            if (released) {
                visitor.accept(text);
            } else if (!discarded) {
                held.add(text);
            }
        }

        synchronized void release() {
            released = true;
            held.forEach(visitor);
            held.clear();
        }

        synchronized void discard() {
            discarded = true;
            held.clear();
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
