package com.clinicchat.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The {@code audit_event} table, in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
@Repository
class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String actor, AuditAction action, String target, String address) {
        jdbc.sql("INSERT INTO audit_event (at, actor, action, target, address) VALUES (?, ?, ?, ?, ?)")
                .params(at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), actor, action.wireName(), target,
                        address)
                .update();
    }

    /** Events since {@code since}, newest first, at most {@code limit}. */
    List<AuditEvent> since(Instant since, int limit) {
        return jdbc.sql("SELECT id, at, actor, action, target, address FROM audit_event WHERE at >= ? "
                        + "ORDER BY at DESC, id DESC LIMIT ?")
                .params(since.atOffset(ZoneOffset.UTC), limit)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target"), rs.getString("address")))
                .list();
    }
}
