package com.clinicchat.audit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The audit trail for admins (ADMIN role, under {@code /api/admin}): as JSON for the console, and as CSV. */
@RestController
@RequestMapping("/api/admin/audit")
class AuditController {

    static final int MAX_ROWS = 100_000;

    private final AuditTrail trail;
    private final Clock clock;

    AuditController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    List<AuditEvent> recent(@RequestParam(defaultValue = "30") int days, @RequestParam(defaultValue = "200") int limit) {
        List<AuditEvent> events = trail.since(since(days), checkedLimit(limit));
        trail.record(AuditAction.AUDIT_READ, null);
        return events;
    }

    @GetMapping("/export")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "90") int days) {
        List<AuditEvent> events = trail.since(since(days), MAX_ROWS);
        trail.record(AuditAction.AUDIT_EXPORTED, null);
        StringBuilder csv = new StringBuilder("time,actor,action,target,address\r\n");
        for (AuditEvent event : events) {
            csv.append(cell(event.at().toString())).append(',').append(cell(event.actor())).append(',')
                    .append(cell(event.action())).append(',').append(cell(event.target())).append(',')
                    .append(cell(event.address())).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    /**
     * RFC 4180 quoting; a cell a spreadsheet would read as a formula (=, +, -, @ first) gets a leading apostrophe,
     * since a username that was only tried at sign-in can be anything.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private Instant since(int days) {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("days must be 1..3650");
        }
        return clock.instant().minus(Duration.ofDays(days));
    }

    private static int checkedLimit(int limit) {
        if (limit < 1 || limit > 5000) {
            throw new IllegalArgumentException("limit must be 1..5000");
        }
        return limit;
    }
}
