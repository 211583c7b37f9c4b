package com.clinicchat.answering;

import com.clinicchat.retrieval.KnowledgeRetriever;
import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.triage.Route;
import com.clinicchat.triage.Triage;
import com.clinicchat.triage.TriageDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one pipeline behind the chat and {@code /api/ask}: retrieve (with the thread for follow-ups), triage, then
 * either answer from the articles or give the route's reply.
 */
@Service
public class Assistant {

    private static final Logger log = LoggerFactory.getLogger(Assistant.class);

    private final KnowledgeRetriever retriever;
    private final Triage triage;
    private final AnswerGenerator generator;
    private final SecondOpinion secondOpinion;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Assistant(KnowledgeRetriever retriever, Triage triage, AnswerGenerator generator,
                     SecondOpinion secondOpinion, ApplicationEventPublisher events, Clock clock) {
        this.retriever = retriever;
        this.triage = triage;
        this.generator = generator;
        this.secondOpinion = secondOpinion;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param question the visitor's message
     * @param history  earlier turns of the same conversation, oldest first, without this message
     * @param onDelta  receives answer text as it becomes final, for streaming
     */
    public AssistantReply reply(String question, List<Turn> history, Consumer<String> onDelta) {
        java.time.Instant receivedAt = clock.instant();
        Retrieval retrieval = retrieveInThread(question, history);
        SecondOpinion.Settled settled = secondOpinion.settle(triage.decide(question, retrieval), question, history,
                receivedAt, onDelta,
                deltas -> generator.answer(new AnswerRequest(question, history, retrieval, receivedAt), deltas));
        TriageDecision decision = settled.decision();
        // route and basis only: visitor text may hold health information and stays out of INFO logs
        log.info("Triage: route={} basis={} confidence={}", decision.route().wireName(), decision.basis(),
                String.format("%.2f", retrieval.confidence()));
        if (decision.route() == Route.UNKNOWN || decision.route() == Route.DECLINE) {
            events.publishEvent(new KnowledgeGapObserved(question, decision.route(), clock.instant()));
        }
        if (decision.route() != Route.ANSWER) {
            String text = CannedReplies.forDecision(decision, question);
            onDelta.accept(text);
            return new AssistantReply(decision.route(), text, List.of(), decision.reason());
        }
        GeneratedAnswer answer = settled.answer();
        if (answer.handOver()) {
            // the model began to advise the visitor personally: what was shown stays, staff take over
            log.info("Triage: route=escalate basis=answer-hand-over");
            String handOver = answer.text().isEmpty() ? CannedReplies.MEDICAL : "\n\n" + CannedReplies.MEDICAL;
            onDelta.accept(handOver);
            return new AssistantReply(Route.ESCALATE, answer.text() + handOver, answer.citations(),
                    com.clinicchat.triage.EscalationReason.MEDICAL_QUESTION);
        }
        return new AssistantReply(Route.ANSWER, answer.text(), answer.citations(), null);
    }

    /**
     * A follow-up too short for the articles to place on its own ("is that safe?") is judged covered or not with
     * the question that set the topic, but answered from its own passages when its own words found some.
     */
    private Retrieval retrieveInThread(String question, List<Turn> history) {
        Retrieval alone = retriever.retrieve(question);
        String threadQuery = FollowUps.retrievalQuery(question, history);
        if (alone.covered() || threadQuery.equals(question)) {
            return alone;
        }
        Retrieval thread = retriever.retrieve(threadQuery);
        boolean ownWordsFound = alone.passages().stream().limit(3).anyMatch(passage -> passage.coverage() > 0);
        return ownWordsFound ? new Retrieval(threadQuery, alone.passages(), thread.confidence(), thread.covered())
                : thread;
    }

    /**
     * For a conversation already with staff, where the assistant otherwise stays silent: the emergency reply if
     * the message reads as an emergency, so that instructions never wait for a person.
     */
    public java.util.Optional<AssistantReply> emergencyReply(String question) {
        if (!triage.isEmergency(question)) {
            return java.util.Optional.empty();
        }
        log.info("Triage: route=emergency basis=while-with-staff");
        return java.util.Optional.of(new AssistantReply(Route.EMERGENCY, CannedReplies.EMERGENCY, List.of(),
                com.clinicchat.triage.EscalationReason.EMERGENCY));
    }

    public AssistantReply reply(String question, List<Turn> history) {
        return reply(question, history, delta -> { });
    }
}
