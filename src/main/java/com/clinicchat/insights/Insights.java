package com.clinicchat.insights;

import com.clinicchat.insights.ConversationQueries.DayCounts;
import com.clinicchat.insights.InsightsReport.Count;
import com.clinicchat.insights.InsightsReport.Day;
import com.clinicchat.insights.InsightsReport.Definitions;
import com.clinicchat.insights.InsightsReport.Ratings;
import com.clinicchat.insights.InsightsReport.Summary;
import com.clinicchat.triage.EscalationReason;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts the report together: the period's figures, the previous period's headline figures, every day filled in. */
@Service
class Insights {

    static final int TOP_SECTIONS = 15;
    static final int TOP_GAPS = 15;
    static final int TOP_OUTCOMES = 10;
    static final int COMMENTS = 20;
    static final int WORST_ANSWERS = 10;

    static final Definitions DEFINITIONS = new Definitions(
            "Chats started in the period in which the visitor wrote something or asked for a person.",
            "Share of those chats the assistant settled alone: never handed to staff (no personal medical "
                    + "question, no request for a person, no emergency) and not rated badly.",
            "An end-of-chat rating of " + RatingQueries.BAD_SCORE + " or less (of " + RatingQueries.MAX_SCORE
                    + "), or a thumbs-down on any of the chat's answers.",
            "For each take-over in the period: from the moment the chat was handed to staff until a staff member "
                    + "took it over.",
            "For each take-over in the period: from the moment the chat was handed to staff until the first staff "
                    + "reply after the take-over.",
            "Calendar days in the clinic's time zone, both ends included; a chat counts on the day it started, a "
                    + "take-over on the day it happened. The comparison is with the same number of days just before.");

    private final ConversationQueries conversations;
    private final StaffQueries staff;
    private final TopicQueries topics;
    private final RatingQueries ratings;
    private final HourlyQueries hourly;

    Insights(ConversationQueries conversations, StaffQueries staff, TopicQueries topics, RatingQueries ratings,
             HourlyQueries hourly) {
        this.conversations = conversations;
        this.staff = staff;
        this.topics = topics;
        this.ratings = ratings;
        this.hourly = hourly;
    }

    InsightsReport report(InsightsPeriod period) {
        List<DayCounts> dayCounts = days(period);
        Map<LocalDate, Map<String, Long>> gaps = topics.gapsByDay(period);
        StaffQueries.Waits waits = staff.waits(period);
        Ratings ratingFigures = ratings(period, dayCounts);
        List<Count> topGaps = topics.topGaps(period, TOP_GAPS);

        List<Day> daily = everyDay(period, dayCounts, gaps);
        List<Count> escalations = List.of(
                new Count(EscalationReason.MEDICAL_QUESTION.wireName(), sum(dayCounts, DayCounts::medicalQuestion)),
                new Count(EscalationReason.ASKED_FOR_PERSON.wireName(), sum(dayCounts, DayCounts::askedForPerson)),
                new Count(EscalationReason.EMERGENCY.wireName(), sum(dayCounts, DayCounts::emergency)));
        Summary summary = summary(dayCounts, waits, staff.callbacks(period), gapTotal(gaps, null));

        return new InsightsReport(InsightsReport.Period.of(period), InsightsReport.Period.of(period.previous()),
                DEFINITIONS, summary, previousSummary(period.previous()), daily, escalations,
                new InsightsReport.Staff(staff.members(period), conversations.outcomes(period, TOP_OUTCOMES),
                        waits.bands()),
                ratingFigures,
                new InsightsReport.Topics(citedSections(period), gapTotal(gaps, "unknown"),
                        gapTotal(gaps, "decline"), topGaps));
    }

    /** The counts per day from the hourly counters, or from the raw rows where a day does not start on an hour. */
    private List<DayCounts> days(InsightsPeriod period) {
        return HourlyQueries.covers(period) ? hourly.days(period) : conversations.days(period);
    }

    private List<InsightsReport.Section> citedSections(InsightsPeriod period) {
        return HourlyQueries.covers(period) ? hourly.citedSections(period, TOP_SECTIONS)
                : topics.citedSections(period, TOP_SECTIONS);
    }

    /** The period's ratings: the counts from the days, the comments and worst answers read only when there are any. */
    private Ratings ratings(InsightsPeriod period, List<DayCounts> days) {
        long count = sum(days, DayCounts::ratings);
        List<Count> distribution = new ArrayList<>();
        for (int score = 1; score <= RatingQueries.MAX_SCORE; score++) {
            int index = score - 1;
            distribution.add(new Count(Integer.toString(score), sum(days, d -> d.byScore()[index])));
        }
        long up = sum(days, DayCounts::thumbsUp);
        long down = sum(days, DayCounts::thumbsDown);
        return new Ratings(count > 0, count, average(days), List.copyOf(distribution),
                count > 0 ? ratings.comments(period, COMMENTS) : List.of(), up + down > 0, up, down,
                down > 0 ? ratings.worstAnswers(period, WORST_ANSWERS) : List.of());
    }

    /** The headline figures of the period before, for the view's comparison. */
    private Summary previousSummary(InsightsPeriod previous) {
        return summary(days(previous), staff.waits(previous), staff.callbacks(previous),
                gapTotal(topics.gapsByDay(previous), null));
    }

    private static Summary summary(List<DayCounts> days, StaffQueries.Waits waits, StaffQueries.Callbacks callbacks,
                                   long knowledgeGaps) {
        long total = sum(days, d -> d.day().conversations());
        long resolved = sum(days, d -> d.day().assistant());
        long takenByStaff = sum(days, d -> d.day().staff());
        long unattended = sum(days, d -> d.day().unattended());
        return new Summary(total, sum(days, d -> d.day().visitorMessages()), resolved,
                total == 0 ? null : (double) resolved / total, takenByStaff + unattended, takenByStaff, unattended,
                sum(days, DayCounts::urgent), callbacks.requested(), callbacks.done(), waits.waitP50(),
                waits.waitP90(), waits.firstReplyP50(), waits.firstReplyP90(), average(days),
                sum(days, DayCounts::ratings), sum(days, DayCounts::thumbsUp), sum(days, DayCounts::thumbsDown),
                knowledgeGaps);
    }

    /** The average end-of-chat score, or null when nobody rated. */
    private static Double average(List<DayCounts> days) {
        long count = sum(days, DayCounts::ratings);
        return count == 0 ? null : (double) sum(days, DayCounts::ratingSum) / count;
    }

    /** One entry per calendar day of the period, zero where nothing happened, so that charts keep their scale. */
    private static List<Day> everyDay(InsightsPeriod period, List<DayCounts> counts,
                                      Map<LocalDate, Map<String, Long>> gaps) {
        Map<LocalDate, Day> byDate = new java.util.HashMap<>();
        counts.forEach(c -> byDate.put(c.day().date(), c.day()));
        List<Day> days = new ArrayList<>(period.days());
        for (LocalDate date = period.from(); !date.isAfter(period.to()); date = date.plusDays(1)) {
            Day day = byDate.getOrDefault(date, new Day(date, 0, 0, 0, 0, 0, 0, 0));
            long gapCount = gaps.getOrDefault(date, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            days.add(new Day(date, day.conversations(), day.visitorMessages(), day.assistant(), day.ratedBadly(),
                    day.staff(), day.unattended(), gapCount));
        }
        return days;
    }

    private static long gapTotal(Map<LocalDate, Map<String, Long>> gaps, String route) {
        return gaps.values().stream()
                .flatMap(routes -> routes.entrySet().stream())
                .filter(entry -> route == null || entry.getKey().equals(route))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static long sum(List<DayCounts> days, java.util.function.ToLongFunction<DayCounts> field) {
        return days.stream().mapToLong(field).sum();
    }
}
