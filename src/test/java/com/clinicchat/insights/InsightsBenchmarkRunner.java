package com.clinicchat.insights;

import com.clinicchat.answering.Citation;
import com.clinicchat.conversation.StoreFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the insights report takes over a year of a busy clinic: {@value #CONVERSATIONS} generated conversations
 * (with their messages, state transitions, call-backs, knowledge gaps and ratings) spread over 365 days, on H2 (a
 * file database, as the application runs by default) and on the local PostgreSQL. Each report is timed whole, as
 * the API computes it (the period's figures and the previous period's), from the hourly counters and as before them
 * (conversations by day and cited sections counted from the raw rows), after checking that both give the same
 * report: in blocks of 7 after 2 warm-ups, raw, counters, counters, raw (14 timed reports each). Tagged "benchmark": never run by CI. Run
 * with {@code ./mvnw test -Dtests.excluded=none -Dtest=InsightsBenchmarkRunner}; results in
 * target/benchmarks/insights.json and docs/benchmarks.md.
 */
@Tag("benchmark")
class InsightsBenchmarkRunner {

    static final int CONVERSATIONS = 100_000;
    static final LocalDate LAST_DAY = LocalDate.parse("2026-06-30");
    static final ZoneId ZONE = ZoneId.of("America/Denver");
    static final int RUNS = 7;
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The rows are generated in the schema before the hourly counters, which V41 and V42 then fill in (timed). */
    static final String BEFORE_COUNTERS = "40";

    @Test
    void aYearOfChatsOnH2AndPostgres() throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        try (StoreFixture h2 = StoreFixture.h2File(Path.of("target/benchmarks/insights-h2"), BEFORE_COUNTERS)) {
            results.put("h2", measure(h2));
        }
        StoreFixture postgres = StoreFixture.postgres(BEFORE_COUNTERS);
        try {
            results.put("postgres", measure(postgres));
        } finally {
            if ("true".equals(System.getenv("INSIGHTS_KEEP_SCHEMA"))) { // for EXPLAIN afterwards (docs/insights.md)
                System.out.println("insights postgres schema kept: " + postgres.schema());
            } else {
                postgres.close();
            }
        }
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/insights.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    }

    private Map<String, Object> measure(StoreFixture fixture) {
        long loadStart = System.nanoTime();
        Generated generated = generate(fixture);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long migrateStart = System.nanoTime();
        fixture.migrateToLatest();
        double backfillSeconds = (System.nanoTime() - migrateStart) / 1e9;
        if (fixture.isPostgres()) {
            fixture.jdbc.sql("ANALYZE").update(); // the counter tables, as after the load
        }
        System.out.printf("insights %s: generated in %.0f s, counters backfilled (V41, V42) in %.1f s%n",
                name(fixture), loadSeconds, backfillSeconds);
        // pooled connections, as the application has them (the fixture opens one per statement)
        HikariConfig config = new HikariConfig();
        config.setDataSource(fixture.dataSource);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Map<String, Object> result = measure(fixture, pool, generated, loadSeconds);
            result.put("backfillSeconds", Math.round(backfillSeconds * 10) / 10.0);
            return result;
        }
    }

    private Map<String, Object> measure(StoreFixture fixture, DataSource pool, Generated generated,
                                        double loadSeconds) {
        JdbcClient jdbc = JdbcClient.create(pool);
        Insights counters = insights(jdbc, new HourlyQueries(jdbc));
        Insights raw = insights(jdbc, raw(jdbc));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", generated.rows());
        result.put("loadSeconds", Math.round(loadSeconds));
        for (int days : new int[]{7, 30, 90, 365}) {
            InsightsPeriod period = new InsightsPeriod(LAST_DAY.minusDays(days - 1), LAST_DAY, ZONE);
            InsightsReport report = counters.report(period); // warm-up, and a check that the data is there
            assertThat(report.summary().conversations()).isPositive();
            assertThat(raw.report(period)).isEqualTo(report);
            // in blocks, each after two warm-ups (alternating single reports would have each read its pages into H2's
            // cache again after the other's), in the order raw, counters, counters, raw: a drift of the machine's
            // load (or PostgreSQL's autovacuum after the load) weighs on both alike
            double[] raw1 = times(raw, period);
            double[] counted1 = times(counters, period);
            double[] counted2 = times(counters, period);
            double[] raw2 = times(raw, period);
            Map<String, Object> rawTiming = timing(concat(raw1, raw2));
            Map<String, Object> countedTiming = timing(concat(counted1, counted2));
            Map<String, Object> timing = new LinkedHashMap<>();
            timing.put("conversations", report.summary().conversations());
            timing.put("raw", rawTiming);
            timing.put("counters", countedTiming);
            result.put(days + "days", timing);
            System.out.printf("insights %s %3d days: %,7d conversations, raw median %5d ms (max %5d), "
                            + "counters median %5d ms (max %5d)%n", name(fixture), days,
                    report.summary().conversations(), rawTiming.get("medianMs"), rawTiming.get("maxMs"),
                    countedTiming.get("medianMs"), countedTiming.get("maxMs"));
        }
        return result;
    }

    private static Insights insights(JdbcClient jdbc, HourlyQueries hourly) {
        return new Insights(new ConversationQueries(jdbc), new StaffQueries(jdbc), new TopicQueries(jdbc),
                new RatingQueries(jdbc), hourly);
    }

    /** The report as before the hourly counters: conversations by day and cited sections counted from the raw rows. */
    private static HourlyQueries raw(JdbcClient jdbc) {
        ConversationQueries conversations = new ConversationQueries(jdbc);
        TopicQueries topics = new TopicQueries(jdbc);
        return new HourlyQueries(jdbc) {
            @Override
            List<ConversationQueries.DayCounts> days(InsightsPeriod period) {
                return conversations.days(period);
            }

            @Override
            List<InsightsReport.Section> citedSections(InsightsPeriod period, int limit) {
                return topics.citedSections(period, limit);
            }
        };
    }

    private static double[] times(Insights insights, InsightsPeriod period) {
        insights.report(period);
        insights.report(period);
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            insights.report(period);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Sorts {@code millis}. */
    private static Map<String, Object> timing(double[] millis) {
        Arrays.sort(millis);
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("medianMs", Math.round(millis[millis.length / 2]));
        timing.put("maxMs", Math.round(millis[millis.length - 1]));
        return timing;
    }

    private static String name(StoreFixture fixture) {
        return fixture.isPostgres() ? "postgres" : "h2";
    }

    record Generated(Map<String, Integer> rows) {
    }

    /** Batched plain inserts (the store's one-row API would take an hour for this many); a fixed seed. */
    private Generated generate(StoreFixture fixture) {
        JdbcTemplate jdbc = new JdbcTemplate(fixture.dataSource);
        Random random = new Random(16);
        List<Citation> sections = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            sections.add(new Citation("Article " + (i / 6), "Section " + i, "/blog/article-" + (i / 6) + "#section-" + i));
        }
        String[] staff = {"Dana", "Lee", "Sam", "Robin", "Alex", "Kim"};
        String[] outcomes = {"booked", "answered", "referred to GP", "no answer", null};
        String[] reasons = {"medical_question", "medical_question", "medical_question", "asked_for_person",
                "asked_for_person", "emergency"};
        Instant first = LAST_DAY.minusDays(364).atStartOfDay(ZONE).toInstant();
        long yearSeconds = ChronoUnit.SECONDS.between(first, LAST_DAY.plusDays(1).atStartOfDay(ZONE).toInstant());

        Batch conversations = new Batch(jdbc, "INSERT INTO conversations (id, token_hash, state, urgent, "
                + "escalation_reason, staff_name, outcome, created_at, updated_at, closed_at, visitor_messages, claimed, "
                + "rating, rating_comment, rated_at, thumbs_up, thumbs_down) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        Batch messages = new Batch(jdbc, "INSERT INTO messages (conversation_id, seq, client_message_id, author, "
                + "author_name, text, route, citations, urgent, created_at, feedback, feedback_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        Batch transitions = new Batch(jdbc, "INSERT INTO state_transitions (conversation_id, from_state, to_state, "
                + "actor, at, waited_since, first_reply_at) VALUES (?,?,?,?,?,?,?)");
        Batch callbacks = new Batch(jdbc, "INSERT INTO callback_requests (conversation_id, name, contact, note, "
                + "created_at, done_at, done_by) VALUES (?,?,?,?,?,?,?)");
        Batch gaps = new Batch(jdbc, "INSERT INTO knowledge_gap (question, route, asked_at, embedding) VALUES (?,?,?,?)");
        byte[] embedding = new byte[384 * 4];

        // started at random instants of the year, but stored in the order they started, as a clinic stores them (rows
        // in a random order would scatter each period over the whole of H2's file)
        Random startRandom = new Random(17);
        long[] starts = new long[CONVERSATIONS];
        for (int n = 0; n < CONVERSATIONS; n++) {
            starts[n] = (long) (startRandom.nextDouble() * yearSeconds);
        }
        Arrays.sort(starts);
        for (int n = 0; n < CONVERSATIONS; n++) {
            String id = String.format("00000000-0000-0000-0000-%012d", n);
            Instant at = first.plusSeconds(starts[n]);
            Instant clock = at;
            transitions.add(id, null, "bot", "visitor", ts(clock), null, null);
            int seq = 0;
            int thumbsUp = 0;
            int thumbsDown = 0;
            int questions = 1 + random.nextInt(4);
            for (int q = 0; q < questions; q++) {
                clock = clock.plusSeconds(5 + random.nextInt(60));
                messages.add(id, ++seq, "c" + q, "visitor", null, "Question " + random.nextInt(200), "answer", "[]",
                        false, ts(clock), null, null);
                clock = clock.plusMillis(300 + random.nextInt(2000));
                List<Citation> cited = new ArrayList<>(List.of(sections.get(random.nextInt(sections.size()))));
                if (random.nextBoolean()) {
                    cited.add(sections.get(random.nextInt(sections.size())));
                }
                String feedback = null;
                if (random.nextInt(5) == 0) {
                    feedback = random.nextInt(4) != 0 ? "up" : "down";
                    if (feedback.equals("up")) {
                        thumbsUp++;
                    } else {
                        thumbsDown++;
                    }
                }
                messages.add(id, ++seq, null, "bot", null, "Answer " + random.nextInt(300), "answer",
                        JSON.writeValueAsString(cited.stream().distinct().toList()), false, ts(clock), feedback,
                        feedback == null ? null : ts(clock.plusSeconds(10)));
            }
            if (random.nextInt(10) == 0) {
                gaps.add("Uncovered question " + random.nextInt(500), random.nextInt(4) == 0 ? "decline" : "unknown",
                        ts(clock), embedding);
            }
            String state = "bot";
            String reason = null;
            String staffName = null;
            String outcome = null;
            Instant closedAt = null;
            boolean urgent = false;
            boolean claimed = false;
            if (random.nextInt(4) == 0) { // a quarter go to staff
                reason = reasons[random.nextInt(reasons.length)];
                urgent = reason.equals("emergency");
                clock = clock.plusSeconds(1);
                transitions.add(id, "bot", "waiting", "bot", ts(clock), null, null);
                Instant handedOver = clock;
                state = "waiting";
                if (random.nextInt(5) != 0) { // most are taken: after seconds to half an hour
                    clock = clock.plusSeconds((long) Math.min(3600, Math.exp(2 + random.nextGaussian() * 1.3 + 2)));
                    staffName = staff[random.nextInt(staff.length)];
                    claimed = true;
                    Instant claimedAt = clock;
                    clock = clock.plusSeconds(5 + random.nextInt(120));
                    // as the store records a take-over: from the hand-over, with the first staff reply (V32)
                    transitions.add(id, "waiting", "staff", staffName, ts(claimedAt), ts(handedOver), ts(clock));
                    messages.add(id, ++seq, null, "staff", staffName, "Hello, this is " + staffName, null, "[]",
                            false, ts(clock), null, null);
                    clock = clock.plusSeconds(60 + random.nextInt(900));
                    if (random.nextInt(10) == 0) {
                        transitions.add(id, "staff", "bot", staffName, ts(clock), null, null);
                        state = "bot";
                        staffName = null;
                    } else {
                        outcome = outcomes[random.nextInt(outcomes.length)];
                        transitions.add(id, "staff", "closed", staffName, ts(clock), null, null);
                        state = "closed";
                        closedAt = clock;
                    }
                } else if (random.nextBoolean()) {
                    clock = clock.plusSeconds(30);
                    boolean done = random.nextBoolean();
                    callbacks.add(id, "Visitor", "+1 555 0100", null, ts(clock), done ? ts(clock.plusSeconds(3600)) : null,
                            done ? "Dana" : null);
                }
            }
            Integer rating = null;
            String comment = null;
            if (random.nextInt(10) < 3) { // in the widget only a closed chat is rated; the figures do not mind
                rating = 1 + random.nextInt(5);
                comment = random.nextInt(3) == 0 ? "Comment " + n : null;
            }
            conversations.add(id, "0".repeat(64), state, urgent, reason, staffName, outcome, ts(at), ts(clock),
                    closedAt == null ? null : ts(closedAt), questions, claimed, rating, comment,
                    rating == null ? null : ts(clock.plusSeconds(20)), thumbsUp, thumbsDown);
            if (n % 5_000 == 4_999) { // parents before children: the foreign keys are checked per statement
                conversations.flush();
                Arrays.asList(messages, transitions, callbacks, gaps).forEach(Batch::flush);
            }
        }
        conversations.flush();
        Arrays.asList(messages, transitions, callbacks, gaps).forEach(Batch::flush);
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : List.of("conversations", "messages", "state_transitions", "callback_requests",
                "knowledge_gap")) {
            rows.put(table, fixture.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single());
        }
        if (fixture.isPostgres()) {
            fixture.jdbc.sql("ANALYZE").update(); // what autovacuum would do soon after such a load
        }
        return new Generated(rows);
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return Sql.at(instant);
    }

    /** Rows collected and sent in one JDBC batch. */
    private static final class Batch {
        private final JdbcTemplate jdbc;
        private final String sql;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(JdbcTemplate jdbc, String sql) {
            this.jdbc = jdbc;
            this.sql = sql;
        }

        void add(Object... row) {
            rows.add(row);
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
    }
}
