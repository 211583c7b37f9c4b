package com.clinicchat.insights;

import com.clinicchat.insights.InsightsReport.Count;
import com.clinicchat.insights.InsightsReport.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * Waiting times, first replies and who did what, from the staff transitions of a period: the take-overs
 * (waiting → staff), hand-backs and closes that happened in it (by {@code state_transitions (from_state, at)}, V32).
 * <p>
 * Each take-over is one hand-over: the visitor waited from the hand-over ({@code waited_since}: the transition before
 * it) until the take-over, and got the first staff reply at {@code first_reply_at}, the first staff message before
 * the chat's next change of state; the store sets both as they happen (V32). The time to first reply is measured
 * from the hand-over, as the visitor experiences it. Staff actions are the transitions from waiting or staff that a
 * staff member made (not the visitor ending a chat, nor the system closing an idle one).
 */
@Repository
class StaffQueries {

    /** Upper ends of the waiting-time bands, in seconds; the last band is open. */
    static final int[] WAIT_BANDS = {30, 60, 120, 300, 600, 1800};
    static final String[] WAIT_BAND_LABELS = {"< 30 s", "30 s – 1 min", "1–2 min", "2–5 min", "5–10 min",
            "10–30 min", "≥ 30 min"};

    /**
     * The period's staff transitions; take-overs carry their wait and first reply in seconds. One range of the index
     * per state left (H2 ranges an index by its first column only for {@code IN}, so the two are a UNION).
     */
    private static final String TRANSITIONS = """
            SELECT t.actor, t.from_state, t.to_state,
                   CASE WHEN t.to_state = 'staff'
                        THEN EXTRACT(EPOCH FROM t.at) - EXTRACT(EPOCH FROM t.waited_since) END AS wait_seconds,
                   CASE WHEN t.to_state = 'staff'
                        THEN EXTRACT(EPOCH FROM t.first_reply_at) - EXTRACT(EPOCH FROM t.waited_since)
                        END AS first_reply_seconds
            FROM (SELECT * FROM state_transitions WHERE from_state = 'waiting' AND at >= ? AND at < ?
                  UNION ALL
                  SELECT * FROM state_transitions WHERE from_state = 'staff' AND at >= ? AND at < ?) t
            WHERE t.actor NOT IN ('visitor', 'system')""";

    /**
     * The period's take-overs alone, with their wait and first reply in seconds: all that the waits need (the other
     * transitions have none), one range of the index instead of two.
     */
    private static final String TAKE_OVERS = """
            SELECT EXTRACT(EPOCH FROM t.at) - EXTRACT(EPOCH FROM t.waited_since) AS wait_seconds,
                   EXTRACT(EPOCH FROM t.first_reply_at) - EXTRACT(EPOCH FROM t.waited_since) AS first_reply_seconds
            FROM state_transitions t
            WHERE t.from_state = 'waiting' AND t.at >= ? AND t.at < ? AND t.to_state = 'staff'
              AND t.actor NOT IN ('visitor', 'system')""";

    private final JdbcClient jdbc;

    StaffQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Percentiles of waits and first replies over every claim, and the waiting-time bands. */
    Waits waits(InsightsPeriod period) {
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i <= WAIT_BANDS.length; i++) {
            String low = i == 0 ? "" : "wait_seconds >= " + WAIT_BANDS[i - 1];
            String high = i == WAIT_BANDS.length ? "" : "wait_seconds < " + WAIT_BANDS[i];
            String both = low.isEmpty() ? high : high.isEmpty() ? low : low + " AND " + high;
            bands.append(", COUNT(*) FILTER (WHERE ").append(both).append(") AS band").append(i);
        }
        return jdbc.sql("""
                        SELECT COUNT(wait_seconds) AS claims,
                               PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY wait_seconds) AS wait_p50,
                               PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY wait_seconds) AS wait_p90,
                               PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY first_reply_seconds) AS reply_p50,
                               PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY first_reply_seconds) AS reply_p90
                               %s
                        FROM (%s) x""".formatted(bands, TAKE_OVERS))
                .params(Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> {
                    List<Count> counts = new java.util.ArrayList<>();
                    for (int i = 0; i <= WAIT_BANDS.length; i++) {
                        counts.add(new Count(WAIT_BAND_LABELS[i], rs.getLong("band" + i)));
                    }
                    return new Waits(rs.getLong("claims"), Sql.seconds(rs, "wait_p50"), Sql.seconds(rs, "wait_p90"),
                            Sql.seconds(rs, "reply_p50"), Sql.seconds(rs, "reply_p90"), List.copyOf(counts));
                })
                .single();
    }

    record Waits(long claims, Double waitP50, Double waitP90, Double firstReplyP50, Double firstReplyP90,
                 List<Count> bands) {
    }

    /** Per staff member: chats taken, closed and handed back, with their median wait and first reply. */
    List<Member> members(InsightsPeriod period) {
        return jdbc.sql("""
                        SELECT actor,
                               COUNT(*) FILTER (WHERE from_state = 'waiting' AND to_state = 'staff') AS claimed,
                               COUNT(*) FILTER (WHERE to_state = 'closed') AS closed,
                               COUNT(*) FILTER (WHERE from_state = 'staff' AND to_state = 'bot') AS handed_back,
                               PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY wait_seconds) AS wait_p50,
                               PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY first_reply_seconds) AS reply_p50
                        FROM (%s) x
                        GROUP BY actor
                        ORDER BY claimed DESC, actor""".formatted(TRANSITIONS))
                .params(Sql.at(period.start()), Sql.at(period.end()), Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> new Member(rs.getString("actor"), rs.getLong("claimed"), rs.getLong("closed"),
                        rs.getLong("handed_back"), Sql.seconds(rs, "wait_p50"), Sql.seconds(rs, "reply_p50")))
                .list();
    }

    /** Call-back requests left in the period, and how many of them are done. */
    Callbacks callbacks(InsightsPeriod period) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS requested, COUNT(done_at) AS done
                        FROM callback_requests
                        WHERE created_at >= ? AND created_at < ?""")
                .params(Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> new Callbacks(rs.getLong("requested"), rs.getLong("done")))
                .single();
    }

    record Callbacks(long requested, long done) {
    }
}
