package com.clinicchat.retrieval;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Questions whose words are nearly all stop words, or words no article uses (places, "gummies"), or an article's
 * word in another sense ("dangerous"), so that neither the ranking nor the coverage evidence finds their answer,
 * though their kind says where it is: whether the treatment is dangerous ({@link SafetyQuestion}), whom it is for
 * ({@link CandidateQuestion}), whether the clinic comes to the visitor ({@link VisitQuestion}), the clinic's name
 * ({@link ClinicNameQuestion}), which form of the substance goes in ({@link FormQuestion}), whether each drip is
 * made to suit the person ({@link TailoredQuestion}), who gives it and watches over it ({@link CareTeamQuestion}),
 * what it is good for ({@link BenefitsQuestion}), the drip beside pills or food ({@link OralQuestion}). Who must
 * not have it ({@link CautionQuestion}) is read apart, over every article; a whole topic's overview
 * ({@link OverviewQuestion}) only once the question is known to be covered.
 */
final class QuestionKinds {

    private QuestionKinds() {
    }

    /**
     * Which passages answer the question, when its kind says so; null when it is of no such kind.
     *
     * @param articles what the articles use and name: their words, subjects and the clinic's names
     */
    static Predicate<SearchIndex.Unit> answering(String question, SearchIndex articles) {
        if (SafetyQuestion.asks(question, articles::subject)) {
            return unit -> SafetyQuestion.answeredBy(unit.section());
        }
        if (CandidateQuestion.asks(question)) {
            return unit -> CandidateQuestion.answeredBy(unit.section());
        }
        if (VisitQuestion.asks(question)) {
            return unit -> VisitQuestion.answeredBy(unit.text());
        }
        if (ClinicNameQuestion.asks(question)) {
            return unit -> ClinicNameQuestion.answeredBy(unit.text(), articles.clinicNames());
        }
        if (FormQuestion.asks(question, articles::subject)) {
            return unit -> FormQuestion.answeredBy(unit.text());
        }
        if (TailoredQuestion.asks(question)) {
            return unit -> TailoredQuestion.answeredBy(unit.text());
        }
        if (CareTeamQuestion.asks(question, articles::uses)) {
            return unit -> CareTeamQuestion.answeredBy(unit.text());
        }
        if (BenefitsQuestion.asks(question, articles::uses)) {
            return unit -> BenefitsQuestion.answeredBy(unit.section());
        }
        if (OralQuestion.asks(question)) {
            return unit -> OralQuestion.answeredBy(unit.text(), unit.leadIn());
        }
        return null;
    }

    /** The text as the kinds' patterns read it: lower case, a typographic apostrophe made straight. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
