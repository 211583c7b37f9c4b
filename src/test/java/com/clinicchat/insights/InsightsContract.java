package com.clinicchat.insights;

import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.StoreFixture;
import com.clinicchat.insights.InsightsReport.Comment;
import com.clinicchat.insights.InsightsReport.Count;
import com.clinicchat.insights.InsightsReport.Day;
import com.clinicchat.insights.InsightsReport.Member;
import com.clinicchat.insights.InsightsReport.RatedAnswer;
import com.clinicchat.insights.InsightsReport.Section;
import com.clinicchat.insights.InsightsReport.Summary;
import com.clinicchat.triage.EscalationReason;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static com.clinicchat.insights.Seed.BLOOD_PRESSURE;
import static com.clinicchat.insights.Seed.MUSCLES;
import static com.clinicchat.conversation.Feedback.DOWN;
import static com.clinicchat.conversation.Feedback.UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The report's figures from a seeded week whose every number is worked out by hand in the comments, on each
 * database the application runs on (subclasses pick it). Percentiles are continuous (interpolated), as
 * PERCENTILE_CONT computes them.
 */
abstract class InsightsContract {

    static final String DANA = "Dana";
    static final String LEE = "Lee";
    static final InsightsPeriod WEEK = new InsightsPeriod(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-08"),
            ZoneOffset.UTC);

    /** The database, seeded once per class by {@link #seed}. */
    abstract StoreFixture fixture();

    Insights insights() {
        StoreFixture fixture = fixture();
        return new Insights(new ConversationQueries(fixture.jdbc), new StaffQueries(fixture.jdbc),
                new TopicQueries(fixture.jdbc), new RatingQueries(fixture.jdbc), new HourlyQueries(fixture.jdbc));
    }

    static StoreFixture seed(StoreFixture fixture) {
        seedWeek(new Seed(fixture.store, fixture.jdbc));
        return fixture;
    }

    /** The seeded week (2 to 8 March 2026), the week before, and a few chats around a daylight-saving change. */
    static void seedWeek(Seed seed) {

        // 2 March: two chats the assistant settled (3 visitor messages, 3 answers citing sections), one only opened
        seed.chat("a1", "2026-03-02T09:00:00Z")
                .visitor(5, "How does magnesium help blood pressure?")
                .answer(2, "Magnesium relaxes blood vessels.", BLOOD_PRESSURE)
                .visitor(30, "And for muscles?")
                .answer(2, "It helps muscles recover.", BLOOD_PRESSURE, MUSCLES)
                .thumbs(5, 2, UP).thumbs(5, 4, UP)
                .end(10).rate(5, 5, "Very helpful"); // rated at 09:01:04
        // rated 2 and its answer thumbed down: rated badly, so not settled by the assistant
        seed.chat("a2", "2026-03-02T15:00:00Z")
                .visitor(3, "Does magnesium lower blood pressure?")
                .answer(2, "Magnesium relaxes blood vessels.", BLOOD_PRESSURE)
                .thumbs(5, 2, DOWN)
                .end(10).rate(5, 2, "Too vague"); // rated at 15:00:25
        seed.chat("a3-opened-only", "2026-03-02T16:00:00Z");

        // 3 March: three hand-overs, all taken. Waits 40, 100 and 300 s; first replies 60, 150 and 330 s after
        // the hand-over
        seed.chat("m1", "2026-03-03T10:00:00Z")
                .visitor(4, "I'm pregnant, is a drip safe for me?")
                .bot(1, Route.ESCALATE, "A nurse will answer you here.", List.of())
                .escalate(1, EscalationReason.MEDICAL_QUESTION)
                .claim(40, DANA).staff(20, DANA, "Hi, I'm Dana.")
                .visitor(30, "Thanks")
                .close(60, ConversationState.STAFF, DANA, "Booked")
                .rate(30, 4, null);
        seed.chat("m2", "2026-03-03T11:00:00Z")
                .visitor(4, "Can I have it with my heart condition?")
                .bot(1, Route.ESCALATE, "A nurse will answer you here.", List.of())
                .escalate(1, EscalationReason.MEDICAL_QUESTION)
                .claim(100, LEE).staff(50, LEE, "Hello, Lee here.")
                .handBack(60, LEE)
                .visitor(30, "What does it do for muscles?")
                .answer(2, "Magnesium supports muscle recovery after exercise.", MUSCLES)
                .thumbs(10, 5, DOWN); // handed to staff before: not "rated badly", but its answer is among the worst
        seed.chat("p1", "2026-03-03T14:00:00Z") // asked for a person without writing anything
                .escalate(0, EscalationReason.ASKED_FOR_PERSON)
                .claim(300, DANA).staff(30, DANA, "Hello, how can I help?")
                .close(120, ConversationState.STAFF, DANA, "booked ")
                .rate(10, 3, "   "); // a blank comment is no comment

        // 5 March: an emergency (wait 20 s, first reply 30 s) and two hand-overs nobody took, each with a call-back
        seed.chat("e1", "2026-03-05T08:00:00Z")
                .visitor(2, "My friend is not breathing")
                .bot(1, Route.EMERGENCY, "Call 911 now.", List.of())
                .escalate(1, EscalationReason.EMERGENCY)
                .claim(20, DANA).staff(10, DANA, "Did you call 911?")
                .close(300, ConversationState.STAFF, DANA, null);
        seed.chat("u1", "2026-03-05T12:00:00Z")
                .visitor(3, "What dose is right for me?")
                .bot(1, Route.ESCALATE, "A nurse will answer you here.", List.of())
                .escalate(1, EscalationReason.MEDICAL_QUESTION)
                .callback(60, true);
        seed.chat("u2", "2026-03-05T18:00:00Z")
                .visitor(3, "hello?")
                .bot(1, Route.SMALLTALK, "Hello! Ask me about IV therapy.", List.of())
                .escalate(20, EscalationReason.ASKED_FOR_PERSON)
                .callback(30, false)
                .close(3600, ConversationState.WAITING, LEE, "No answer");

        // 8 March, late evening: a question the articles don't cover, settled (by the definition) by the assistant
        seed.chat("a4", "2026-03-08T23:00:00Z")
                .visitor(2, "Do you sell gift cards?")
                .bot(1, Route.UNKNOWN, "The articles don't cover that.", List.of())
                .thumbs(5, 2, DOWN).thumbs(5, 2, UP); // the visitor changed their mind: one thumb up
        // just after the period
        seed.chat("late", "2026-03-09T00:00:01Z").visitor(1, "Hello?");

        // the week before: one settled chat, one taken after 60 s and answered 10 s later
        seed.chat("b1", "2026-02-25T10:00:00Z")
                .visitor(1, "Is magnesium safe?")
                .answer(1, "Magnesium relaxes blood vessels.", BLOOD_PRESSURE)
                .end(10).rate(5, 1, "Useless");
        seed.chat("b2", "2026-02-27T10:00:00Z")
                .visitor(1, "Is it safe with my blood thinners?")
                .bot(1, Route.ESCALATE, "A nurse will answer you here.", List.of())
                .escalate(1, EscalationReason.MEDICAL_QUESTION)
                .claim(60, DANA).staff(10, DANA, "Hi")
                .close(60, ConversationState.STAFF, DANA, "Answered");

        seed.gap("Do you sell gift cards?", "unknown", "2026-03-02T10:00:00Z");
        seed.gap("  do you sell GIFT cards?", "unknown", "2026-03-02T11:00:00Z");
        seed.gap("What are your hours?", "unknown", "2026-03-04T09:00:00Z");
        seed.gap("Fix my car", "decline", "2026-03-08T12:00:00Z");
        seed.gap("An old question", "unknown", "2026-02-26T09:00:00Z");

        // a year later, around Denver's change to daylight saving time on 14 March 2027 (UTC-7 → UTC-6)
        seed.chat("d1", "2027-03-14T06:30:00Z").visitor(1, "Hi"); // 13 March, 23:30 MST
        seed.chat("d2", "2027-03-15T05:30:00Z").visitor(1, "Hi"); // 14 March, 23:30 MDT
        seed.chat("d3", "2027-03-15T06:30:00Z").visitor(1, "Hi"); // 15 March, 00:30 MDT: outside
    }

    @Test
    void headlineFiguresCountChatsByOutcomeAndStaffTimesByPercentile() {
        InsightsReport report = insights().report(WEEK);

        // 9 chats (a3 was only opened; p1 counts: it asked for a person); 2 settled by the assistant (a1, a4; a2 was
        // rated badly); waits 20, 40, 100, 300 → p50 70, p90 100 + 0.7 × 200 = 240; first replies 30, 60, 150,
        // 330 → p50 105, p90 150 + 0.7 × 180 = 276; ratings 5, 2, 4, 3 → 3.5; thumbs up a1 ×2 and a4 (changed
        // from down), down a2 and m2
        assertThat(report.summary()).isEqualTo(new Summary(9, 11, 2, 2.0 / 9, 6, 4, 2, 1, 2, 1,
                70.0, 240.0, 105.0, 276.0, 3.5, 4, 3, 2, 4));
        assertThat(report.escalations()).containsExactly(new Count("medical_question", 3),
                new Count("asked_for_person", 2), new Count("emergency", 1));
        assertThat(report.period()).isEqualTo(new InsightsReport.Period(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-08"), "Z", 7));
        assertThat(report.previousPeriod().from()).isEqualTo(LocalDate.parse("2026-02-23"));
        assertThat(report.previousPeriod().to()).isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void theComparisonIsWithTheSameNumberOfDaysBefore() {
        // b1 rated 1 (so not settled), b2 taken after 60 s and answered 70 s after the hand-over; one knowledge gap
        assertThat(insights().report(WEEK).previous()).isEqualTo(new Summary(2, 2, 0, 0.0, 1, 1, 0, 0, 0, 0,
                60.0, 60.0, 70.0, 70.0, 1.0, 1, 0, 0, 1));
    }

    @Test
    void everyDayOfThePeriodHasAnEntryWithItsOutcomesAndGaps() {
        assertThat(insights().report(WEEK).daily()).containsExactly(
                new Day(LocalDate.parse("2026-03-02"), 2, 3, 1, 1, 0, 0, 2),
                new Day(LocalDate.parse("2026-03-03"), 3, 4, 0, 0, 3, 0, 0),
                new Day(LocalDate.parse("2026-03-04"), 0, 0, 0, 0, 0, 0, 1),
                new Day(LocalDate.parse("2026-03-05"), 3, 3, 0, 0, 1, 2, 0),
                new Day(LocalDate.parse("2026-03-06"), 0, 0, 0, 0, 0, 0, 0),
                new Day(LocalDate.parse("2026-03-07"), 0, 0, 0, 0, 0, 0, 0),
                new Day(LocalDate.parse("2026-03-08"), 1, 1, 1, 0, 0, 0, 1));
    }

    @Test
    void staffFiguresPerMemberOutcomesAndWaitingBands() {
        InsightsReport.Staff staff = insights().report(WEEK).staff();

        // Dana took m1 (40 s), p1 (300 s), e1 (20 s) and closed all three; Lee took m2 (100 s), handed it back, and
        // closed u2 without taking it
        assertThat(staff.members()).containsExactly(
                new Member(DANA, 3, 3, 0, 40.0, 60.0),
                new Member(LEE, 1, 1, 1, 100.0, 150.0));
        // a1 and a2 were ended by the visitor: closed with no outcome noted, by no staff member
        assertThat(staff.outcomes()).containsExactly(new Count("", 3), new Count("booked", 2),
                new Count("no answer", 1));
        assertThat(staff.waitingTimes()).extracting(Count::count).containsExactly(1L, 1L, 1L, 0L, 1L, 0L, 0L);
        assertThat(staff.waitingTimes()).extracting(Count::label).first().isEqualTo("< 30 s");
    }

    @Test
    void topicsAreTheSectionsAnswersCitedAndTheQuestionsNotCovered() {
        InsightsReport.Topics topics = insights().report(WEEK).topics();

        assertThat(topics.citedSections()).containsExactly(
                new Section(BLOOD_PRESSURE.title(), BLOOD_PRESSURE.section(), BLOOD_PRESSURE.url(), 3),
                new Section(MUSCLES.title(), MUSCLES.section(), MUSCLES.url(), 2));
        assertThat(topics.gapsUnknown()).isEqualTo(3);
        assertThat(topics.gapsDecline()).isEqualTo(1);
        assertThat(topics.topGaps()).containsExactly(new Count("do you sell gift cards?", 2),
                new Count("fix my car", 1), new Count("what are your hours?", 1));
    }

    @Test
    void ratingsAreTheScoresCommentsAndThumbsOfThePeriodsChats() {
        InsightsReport.Ratings ratings = insights().report(WEEK).ratings();

        assertThat(ratings.available()).isTrue();
        assertThat(ratings.count()).isEqualTo(4);
        assertThat(ratings.average()).isEqualTo(3.5);
        assertThat(ratings.distribution()).containsExactly(new Count("1", 0), new Count("2", 1), new Count("3", 1),
                new Count("4", 1), new Count("5", 1));
        // newest first; m1 has no comment and p1's is blank
        assertThat(ratings.comments()).containsExactly(
                new Comment("a2", 2, "Too vague", Instant.parse("2026-03-02T15:00:25Z")),
                new Comment("a1", 5, "Very helpful", Instant.parse("2026-03-02T09:01:04Z")));
        assertThat(ratings.thumbsAvailable()).isTrue();
        assertThat(ratings.thumbsUp()).isEqualTo(3);
        assertThat(ratings.thumbsDown()).isEqualTo(2);
        // the same answer was thumbed up in a1 and down in a2; m2's answer only down, so it comes first; a4's and
        // a1's second answer were never thumbed down
        assertThat(ratings.worstAnswers()).containsExactly(
                new RatedAnswer("Magnesium supports muscle recovery after exercise.", "What does it do for muscles?",
                        1, 0),
                new RatedAnswer("Magnesium relaxes blood vessels.", "Does magnesium lower blood pressure?", 1, 1));
    }

    @Test
    void aPeriodWithoutRatingsSaysSo() {
        InsightsPeriod fifthOfMarch = new InsightsPeriod(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-05"),
                ZoneOffset.UTC);

        InsightsReport report = insights().report(fifthOfMarch);

        assertThat(report.ratings()).isEqualTo(new InsightsReport.Ratings(false, 0, null, List.of(new Count("1", 0),
                new Count("2", 0), new Count("3", 0), new Count("4", 0), new Count("5", 0)), List.of(), false, 0, 0,
                List.of()));
        assertThat(report.summary().ratingAverage()).isNull();
    }

    @Test
    void daysAreTheClinicsCalendarDaysAcrossADaylightSavingChange() {
        InsightsPeriod denver = new InsightsPeriod(LocalDate.parse("2027-03-13"), LocalDate.parse("2027-03-14"),
                ZoneId.of("America/Denver"));

        assertThat(insights().report(denver).daily()).extracting(Day::date, Day::conversations).containsExactly(
                tuple(LocalDate.parse("2027-03-13"), 1L), tuple(LocalDate.parse("2027-03-14"), 1L));
        // in UTC, d1 is on the 14th and d2 on the 15th
        InsightsPeriod utc = new InsightsPeriod(LocalDate.parse("2027-03-13"), LocalDate.parse("2027-03-14"),
                ZoneOffset.UTC);
        assertThat(insights().report(utc).daily()).extracting(Day::date, Day::conversations).containsExactly(
                tuple(LocalDate.parse("2027-03-13"), 0L), tuple(LocalDate.parse("2027-03-14"), 1L));
    }

    @Test
    void anEmptyPeriodHasNoRatesAndNoPercentiles() {
        InsightsReport report = insights().report(new InsightsPeriod(LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-31"), ZoneOffset.UTC));

        assertThat(report.summary().conversations()).isZero();
        assertThat(report.summary().resolutionRate()).isNull();
        assertThat(report.summary().waitP50Seconds()).isNull();
        assertThat(report.daily()).hasSize(31).allMatch(day -> day.conversations() == 0);
        assertThat(report.staff().members()).isEmpty();
    }
}
