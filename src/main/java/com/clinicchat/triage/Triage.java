package com.clinicchat.triage;

import com.clinicchat.retrieval.Retrieval;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static com.clinicchat.triage.TriageRules.*;

/**
 * Gives every visitor message one route before anything is answered. Safety comes first: emergencies, then
 * attempts to change the rules, requests for a person and personal medical questions, each by explicit rules and
 * by similarity to labelled examples; only then does it matter whether the articles cover the question.
 */
@Component
public class Triage {

    private final EmbeddingModel embeddings;
    private final TriageProperties properties;
    private final Examples examples;

    public Triage(EmbeddingModel embeddings, TriageProperties properties) {
        this.embeddings = embeddings;
        this.properties = properties;
        this.examples = Examples.load(embeddings);
    }

    /**
     * @param visitorText the message as typed
     * @param retrieval   what the articles hold for it (for a follow-up, retrieved with the earlier question)
     */
    public TriageDecision decide(String visitorText, Retrieval retrieval) {
        // a model's opinion, where there is one, is weighed by OpinionPolicy, concurrently with the answer
        return byRulesAndExamples(VisitorText.of(visitorText), retrieval);
    }

    /**
     * Whether a message reads as an emergency, by the same rules and examples as {@link #decide}; for messages
     * written while a conversation is with staff, when nothing else is triaged.
     */
    public boolean isEmergency(String visitorText) {
        VisitorText text = VisitorText.of(visitorText);
        return reportsEmergency(text) || examples.nearest(embeddings.embed(visitorText).content().vector())
                .getOrDefault(Route.EMERGENCY, 0.0) >= properties.emergencySimilarity();
    }

    private TriageDecision byRulesAndExamples(VisitorText text, Retrieval retrieval) {
        if (reportsEmergency(text)) {
            return TriageDecision.escalate(EscalationReason.EMERGENCY, Basis.EMERGENCY_RULE);
        }
        Map<Route, Double> nearest = examples.nearest(embeddings.embed(text.original()).content().vector());
        if (nearest.getOrDefault(Route.EMERGENCY, 0.0) >= properties.emergencySimilarity()) {
            return TriageDecision.escalate(EscalationReason.EMERGENCY, Basis.EMERGENCY_EXAMPLE);
        }
        // a personal question wrapped in an attempt to change the rules still goes to staff
        Optional<Basis> medical = personalMedical(text, nearest);
        if (medical.isPresent()) {
            return TriageDecision.escalate(EscalationReason.MEDICAL_QUESTION, medical.get());
        }
        if (text.matches(OVERRIDE)) {
            return TriageDecision.of(Route.DECLINE, Basis.OVERRIDE_ATTEMPT);
        }
        if (text.matches(ASKS_FOR_PERSON)) {
            return TriageDecision.escalate(EscalationReason.ASKED_FOR_PERSON, Basis.ASKED_FOR_PERSON);
        }
        if (isSmalltalk(text) || text.matches(ABOUT_ASSISTANT)) {
            return TriageDecision.of(Route.SMALLTALK, Basis.SMALLTALK);
        }
        if (text.matches(UNSUPPORTED_CLAIM)) {
            return TriageDecision.of(Route.UNKNOWN, Basis.UNSUPPORTED_CLAIM);
        }
        if (text.matches(NOT_COVERED)) {
            return TriageDecision.of(Route.UNKNOWN, Basis.UNCOVERED_TOPIC);
        }
        if (retrieval.covered()) {
            return TriageDecision.of(Route.ANSWER, Basis.COVERED);
        }
        // short practical questions score low on meaning; the line about home visits answers them by its words
        if (text.matches(MOBILE_SERVICE)
                && retrieval.passages().stream().anyMatch(passage -> passage.coverage() >= properties.serviceCoverage())) {
            return TriageDecision.of(Route.ANSWER, Basis.COVERED);
        }
        return text.matches(DOMAIN)
                ? TriageDecision.of(Route.UNKNOWN, Basis.ON_TOPIC_NOT_COVERED)
                : TriageDecision.of(Route.DECLINE, Basis.OFF_TOPIC);
    }

    /** An emergency by the explicit rules: named outright, or acute signs reported rather than asked about. */
    private static boolean reportsEmergency(VisitorText text) {
        return text.matches(EMERGENCY) || (text.matches(ACUTE_SIGN) && !text.matches(GENERAL_QUESTION));
    }

    private Optional<Basis> personalMedical(VisitorText text, Map<Route, Double> nearest) {
        if (text.matches(DOSE)) {
            return Optional.of(Basis.DOSE_QUESTION);
        }
        if (text.matches(SUITABILITY)) {
            return Optional.of(Basis.SUITABILITY_QUESTION);
        }
        VisitorText personalPart = text.without(NEUTRAL_FIRST_PERSON);
        if (personalPart.matches(PERSONAL_SUBJECT) && personalPart.matches(HEALTH_TERM)) {
            return Optional.of(Basis.PERSONAL_HEALTH);
        }
        // an example alone never makes a question personal: it must be about someone ("my", "I", "he")
        double medical = nearest.getOrDefault(Route.ESCALATE, 0.0);
        if (personalPart.matches(PERSONAL_SUBJECT) && medical >= properties.medicalSimilarity()
                && medical - nearest.getOrDefault(Route.ANSWER, 0.0) >= properties.medicalMargin()) {
            return Optional.of(Basis.MEDICAL_EXAMPLE);
        }
        return Optional.empty();
    }

    private static boolean isSmalltalk(VisitorText text) {
        String[] words = text.normalised().replaceAll("[^a-z' ]", " ").strip().split("\\s+");
        boolean cue = Arrays.stream(words).anyMatch(SMALLTALK_CUES::contains)
                || text.normalised().matches("^(how are you|how's it going|good (morning|afternoon|evening)).*");
        return cue && Arrays.stream(words).allMatch(word -> SMALLTALK_CUES.contains(word) || SMALLTALK_FILLER.contains(word));
    }
}
