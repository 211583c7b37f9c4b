package com.clinicchat.insights;

import com.clinicchat.staff.StaffProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /api/admin/insights?from=YYYY-MM-DD&to=YYYY-MM-DD} (ADMIN, see the security configuration): the
 * insights report as JSON, and each of its tables as CSV at {@code /api/admin/insights/{table}.csv}.
 */
@RestController
@RequestMapping("/api/admin/insights")
class InsightsController {

    private final Insights insights;
    private final StaffProperties staff;
    private final Clock clock;

    InsightsController(Insights insights, StaffProperties staff, Clock clock) {
        this.insights = insights;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    InsightsReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return insights.report(period(from, to));
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        if (!InsightsCsv.names().contains(table)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
                    "No table '" + table + "'; tables: " + String.join(", ", InsightsCsv.names().stream().sorted().toList()));
        }
        InsightsPeriod period = period(from, to);
        String body = InsightsCsv.of(table, insights.report(period));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("insights-" + table + "-" + period.from() + "-to-" + period.to() + ".csv")
                        .build().toString())
                .body(body);
    }

    private InsightsPeriod period(String from, String to) {
        return InsightsPeriod.parse(from, to, staff.timeZone(), LocalDate.now(clock.withZone(staff.timeZone())));
    }
}
