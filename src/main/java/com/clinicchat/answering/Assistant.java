package com.clinicchat.answering;

import com.clinicchat.knowledge.Article;
import com.clinicchat.knowledge.KnowledgeBase;
import com.clinicchat.retrieval.KnowledgeRetriever;
import com.clinicchat.retrieval.QueryEmbeddings;
import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import com.clinicchat.triage.Triage;
import com.clinicchat.triage.TriageDecision;
import com.clinicchat.triage.TriageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one pipeline behind the chat and {@code /api/ask}: embed the message once, retrieve (with the thread for
 * follow-ups), triage, then either answer from the articles or give the route's reply.
 */
@Service
public class Assistant {

    private static final Logger log = LoggerFactory.getLogger(Assistant.class);

    private final KnowledgeRetriever retriever;
    private final KnowledgeBase knowledge;
    private final QueryEmbeddings embeddings;
    private final Triage triage;
    private final AnswerGenerator generator;
    private final SecondOpinion secondOpinion;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Assistant(KnowledgeRetriever retriever, KnowledgeBase knowledge, QueryEmbeddings embeddings, Triage triage,
                     AnswerGenerator generator, SecondOpinion secondOpinion, ApplicationEventPublisher events,
                     Clock clock) {
        this.retriever = retriever;
        this.knowledge = knowledge;
        this.embeddings = embeddings;
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
        Instant receivedAt = clock.instant();
        TriageRequest request = request(question, history);
        Retrieval retrieval = retrieveInThread(request, history);
        SecondOpinion.Settled settled = secondOpinion.settle(triage.decide(request, retrieval), question, history,
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
            // the greeting names the articles loaded now, so it is never about a topic the clinic no longer covers
            String text = CannedReplies.forDecision(decision, question,
                    knowledge.current().articles().stream().map(Article::title).toList());
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
                    EscalationReason.MEDICAL_QUESTION);
        }
        return new AssistantReply(Route.ANSWER, answer.text(), answer.citations(), null);
    }

    public AssistantReply reply(String question, List<Turn> history) {
        return reply(question, history, delta -> { });
    }

    /**
     * For a conversation already with staff, where the assistant otherwise stays silent: the emergency reply if
     * the message reads as an emergency, so that instructions never wait for a person.
     */
    public Optional<AssistantReply> emergencyReply(String question, List<Turn> history) {
        if (!triage.isEmergency(request(question, history))) {
            return Optional.empty();
        }
        log.info("Triage: route=emergency basis=while-with-staff");
        return Optional.of(new AssistantReply(Route.EMERGENCY, CannedReplies.EMERGENCY, List.of(),
                EscalationReason.EMERGENCY));
    }

    /** The message with what triage needs of its conversation: the visitor's previous message and the last route. */
    private TriageRequest request(String question, List<Turn> history) {
        float[] vector = embeddings.of(question);
        String previous = null;
        Route previousRoute = null;
        for (int i = history.size() - 1; i >= 0 && (previous == null || previousRoute == null); i--) {
            Turn turn = history.get(i);
            if (turn.speaker() == Turn.Speaker.VISITOR && previous == null) {
                previous = turn.text();
            } else if (turn.speaker() == Turn.Speaker.ASSISTANT && previousRoute == null && previous == null) {
                previousRoute = turn.route();
            }
        }
        return new TriageRequest(question, vector, previous, previous == null ? null : embeddings.of(previous),
                previousRoute);
    }

    /**
     * A follow-up too short for the articles to place on its own ("is that safe?") is judged covered or not with
     * the question that set the topic, but answered from its own passages when its own words found some.
     */
    private Retrieval retrieveInThread(TriageRequest request, List<Turn> history) {
        String question = request.text();
        Retrieval alone = retriever.retrieve(question, request.vector());
        FollowUps.Thread thread = FollowUps.thread(question, history);
        if (thread == null) {
            return alone;
        }
        // "how?" or "why" asks more of the topic itself: alone it reads as covered by whatever is nearest a question
        // word (an article titled "How …"), and its embedding pulls the thread there too
        boolean ownWords = retriever.hasContentWords(question);
        boolean ownWordsFound = alone.passages().stream().limit(3).anyMatch(passage -> passage.coverage() > 0);
        if (ownWords && (alone.covered() || !ownWordsFound && !FollowUps.pointsBack(question))) {
            // "and for kids?" after a question the articles answer: what it adds is in no article; "do they go
            // away?" adds words no article uses too, but about what was asked before
            return alone;
        }
        float[] topicVector = embeddings.of(thread.topic());
        float[] threadVector = ownWords ? QueryEmbeddings.combine(topicVector, request.vector()) : topicVector;
        Retrieval inThread = retriever.retrieveJoined(thread.query(), threadVector);
        return ownWordsFound ? new Retrieval(thread.query(), alone.passages(), inThread.confidence(),
                inThread.covered()) : inThread;
    }
}
