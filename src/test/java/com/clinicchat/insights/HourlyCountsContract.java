package com.clinicchat.insights;

import com.clinicchat.conversation.ConversationState;
import com.clinicchat.conversation.ConversationStore;
import com.clinicchat.conversation.StoreFixture;
import com.clinicchat.insights.ConversationQueries.DayCounts;
import com.clinicchat.triage.EscalationReason;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static com.clinicchat.conversation.Feedback.DOWN;
import static com.clinicchat.conversation.Feedback.UP;
import static com.clinicchat.insights.Seed.BLOOD_PRESSURE;
import static com.clinicchat.insights.Seed.MUSCLES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly counters (V41, V42, {@link HourlyCounts}) give the figures a raw recount gives
 * ({@link ConversationQueries#days}, {@link TopicQueries#citedSections}): after the migrations fill them in from rows
 * written before them, and after more writes of every kind that counts, including chats in the same hours as the
 * backfilled ones and the retention's deletion. On each database (subclasses pick it).
 */
abstract class HourlyCountsContract {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final List<InsightsPeriod> PERIODS = List.of(
            period("2026-02-20", "2026-03-10", ZoneOffset.UTC),
            period("2026-02-20", "2026-03-10", DENVER),
            period("2026-03-02", "2026-03-02", ZoneOffset.UTC),
            period("2026-03-03", "2026-03-03", ZoneId.of("Asia/Tokyo")),
            period("2026-03-05", "2026-03-05", DENVER),
            period("2027-03-10", "2027-03-20", DENVER),
            period("2026-03-20", "2027-03-20", DENVER));

    /** A fresh database migrated up to {@code target}. */
    abstract StoreFixture fixture(String target);

    @Test
    void countersEqualARawRecountAfterTheBackfillAndAfterMixedWrites() {
        try (StoreFixture fixture = fixture("40")) {
            // as before the counters: the store published to nobody
            ConversationStore before = new ConversationStore(fixture.jdbc,
                    new DataSourceTransactionManager(fixture.dataSource), event -> { });
            InsightsContract.seedWeek(new Seed(before, fixture.jdbc));

            fixture.migrateToLatest();
            assertCountersEqualRecount(fixture);

            Seed seed = new Seed(fixture.store, fixture.jdbc);
            // in the hour of an opened-only chat of the seed: it becomes counted, is answered, thumbed, escalated,
            // taken, closed and rated badly
            seed.new Chat("a3-opened-only", Instant.parse("2026-03-02T16:10:00Z"))
                    .visitor(0, "Does it help cramps?")
                    .answer(2, "It helps muscles recover.", MUSCLES, BLOOD_PRESSURE, MUSCLES)
                    .thumbs(5, 2, DOWN)
                    .escalate(10, EscalationReason.ASKED_FOR_PERSON)
                    .claim(30, "Lee").staff(5, "Lee", "Hi")
                    .close(60, ConversationState.STAFF, "Lee", "answered")
                    .rate(5, 1, "slow");
            // a chat already with staff turns urgent; a handed-back one gets more answers and changes its thumb
            assertThat(fixture.store.markUrgent("u1", Instant.parse("2026-03-05T12:30:00Z"))).isTrue();
            seed.new Chat("m2", Instant.parse("2026-03-03T11:20:00Z"))
                    .visitor(0, "And blood pressure?")
                    .answer(2, "Magnesium relaxes blood vessels.", BLOOD_PRESSURE)
                    .thumbs(5, 5, UP);
            seed.new Chat("a4", Instant.parse("2026-03-08T23:30:00Z")).thumbs(0, 2, DOWN);
            // new chats in the hour of a backfilled one, one only opened
            seed.chat("n1", "2026-03-03T10:20:00Z")
                    .visitor(1, "Is it safe?")
                    .answer(1, "Magnesium relaxes blood vessels.", BLOOD_PRESSURE)
                    // a second visitor message is added to the hour's sum, not recounted
                    .visitor(1, "And for sleep?")
                    .visitor(1, "Anyone there?")
                    .end(10).rate(5, 5, null);
            seed.chat("n2", "2026-03-03T10:40:00Z");
            seed.chat("n3", "2027-03-15T05:10:00Z").visitor(1, "Hi").escalate(1, EscalationReason.EMERGENCY);
            assertCountersEqualRecount(fixture);

            // the retention deletes a1, a2, a3 and b1, b2 (closed before), backfilled and counted alike
            assertThat(fixture.store.deleteClosedBefore(Instant.parse("2026-03-02T20:00:00Z"))).isEqualTo(5);
            assertCountersEqualRecount(fixture);
        }
    }

    @Test
    void onlyPeriodsWhoseDaysStartOnTheHourAreReadFromTheCounters() {
        assertThat(HourlyQueries.covers(period("2027-03-10", "2027-03-20", DENVER))).isTrue();
        assertThat(HourlyQueries.covers(period("2026-03-01", "2026-03-31", ZoneId.of("Asia/Kolkata")))).isFalse();
        assertThat(HourlyQueries.covers(period("2026-03-01", "2026-03-31", ZoneId.of("Asia/Kathmandu")))).isFalse();
    }

    private static void assertCountersEqualRecount(StoreFixture fixture) {
        HourlyQueries hourly = new HourlyQueries(fixture.jdbc);
        ConversationQueries conversations = new ConversationQueries(fixture.jdbc);
        TopicQueries topics = new TopicQueries(fixture.jdbc);
        for (InsightsPeriod period : PERIODS) {
            assertThat(text(hourly.days(period))).as("days of %s", period)
                    .isEqualTo(text(conversations.days(period)));
            assertThat(hourly.citedSections(period, 100)).as("sections of %s", period)
                    .isEqualTo(topics.citedSections(period, 100));
        }
        // not two empty answers
        assertThat(hourly.days(PERIODS.get(0))).isNotEmpty();
        assertThat(hourly.citedSections(PERIODS.get(0), 100)).isNotEmpty();
    }

    private static List<String> text(List<DayCounts> days) {
        return days.stream().map(d -> d.day() + " reasons " + d.medicalQuestion() + "/" + d.askedForPerson() + "/"
                + d.emergency() + " urgent " + d.urgent() + " ratings " + d.ratings() + "/" + d.ratingSum() + "/"
                + Arrays.toString(d.byScore()) + " thumbs " + d.thumbsUp() + "/" + d.thumbsDown()).toList();
    }

    private static InsightsPeriod period(String from, String to, ZoneId zone) {
        return new InsightsPeriod(LocalDate.parse(from), LocalDate.parse(to), zone);
    }
}
