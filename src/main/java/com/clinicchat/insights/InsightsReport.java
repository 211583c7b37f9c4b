package com.clinicchat.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the insights view shows for one period, as sent by {@code GET /api/admin/insights}. Durations are in
 * seconds; a percentile or an average over nothing is null (not 0, which would read as "instant").
 */
public record InsightsReport(Period period, Period previousPeriod, Definitions definitions, Summary summary,
                             Summary previous, List<Day> daily, List<Count> escalations, Staff staff,
                             Ratings ratings, Topics topics) {

    public record Period(LocalDate from, LocalDate to, String timeZone, int days) {
        static Period of(InsightsPeriod period) {
            return new Period(period.from(), period.to(), period.zone().getId(), period.days());
        }
    }

    /** How the figures are defined, in words, for the view to show beside them. */
    public record Definitions(String conversations, String resolutionRate, String ratedBadly, String waitingTime,
                              String firstReply, String period) {
    }

    /**
     * The headline figures, also computed for the previous period.
     *
     * @param conversations       conversations started in the period with at least one visitor message or a
     *                            request for a person
     * @param resolvedByAssistant of those, settled by the assistant alone: never handed to staff (so no request
     *                            for a person and no emergency) and not rated badly
     * @param resolutionRate      resolvedByAssistant / conversations, null when there were none
     * @param takenByStaff        handed to staff and taken over by someone
     * @param unattended          handed to staff and never taken over (a call-back may have been left instead)
     * @param urgent              marked urgent (a possible emergency)
     */
    public record Summary(long conversations, long visitorMessages, long resolvedByAssistant, Double resolutionRate,
                          long escalated, long takenByStaff, long unattended, long urgent, long callbacksRequested,
                          long callbacksDone, Double waitP50Seconds, Double waitP90Seconds,
                          Double firstReplyP50Seconds, Double firstReplyP90Seconds, Double ratingAverage,
                          long ratings, long thumbsUp, long thumbsDown, long knowledgeGaps) {
    }

    /** One calendar day: conversations by outcome (the four add up to {@code conversations}) and knowledge gaps. */
    public record Day(LocalDate date, long conversations, long visitorMessages, long assistant, long ratedBadly,
                      long staff, long unattended, long knowledgeGaps) {
    }

    /** A label and how often it came up: an escalation reason, an outcome, a waiting-time band, a score. */
    public record Count(String label, long count) {
    }

    /**
     * Figures for the staff side.
     *
     * @param members         per staff member (by the name visitors see), most chats taken first
     * @param outcomes        what staff noted when closing chats, most frequent first ("" for none noted)
     * @param waitingTimes    how long visitors waited before a claim, in bands
     */
    public record Staff(List<Member> members, List<Count> outcomes, List<Count> waitingTimes) {
    }

    /**
     * @param claimed             chats taken over
     * @param closed              chats closed
     * @param handedBack          chats handed back to the assistant
     * @param waitP50Seconds      median wait of the chats this member took
     * @param firstReplyP50Seconds median time from the escalation to this member's first reply
     */
    public record Member(String name, long claimed, long closed, long handedBack, Double waitP50Seconds,
                         Double firstReplyP50Seconds) {
    }

    /**
     * Visitors' ratings of the period's chats. {@code available}/{@code thumbsAvailable} are false when nobody
     * rated a chat / thumbed an answer in the period (the view then says "No ratings").
     */
    public record Ratings(boolean available, long count, Double average, List<Count> distribution,
                          List<Comment> comments, boolean thumbsAvailable, long thumbsUp, long thumbsDown,
                          List<RatedAnswer> worstAnswers) {

        static Ratings none() {
            return new Ratings(false, 0, null, List.of(), List.of(), false, 0, 0, List.of());
        }
    }

    public record Comment(String conversationId, int score, String comment, Instant at) {
    }

    /** An answer the assistant gave, with how visitors rated it and a question it answered. */
    public record RatedAnswer(String answer, String question, long thumbsDown, long thumbsUp) {
    }

    /**
     * @param citedSections the article sections answers cited most, with how many answers cited each
     * @param gapsUnknown   questions the articles did not cover
     * @param gapsDecline   off-topic questions
     * @param topGaps       the uncovered questions asked most often (same wording, ignoring case)
     */
    public record Topics(List<Section> citedSections, long gapsUnknown, long gapsDecline, List<Count> topGaps) {
    }

    public record Section(String title, String section, String url, long answers) {
    }
}
