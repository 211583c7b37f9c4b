package com.clinicchat.transcripts;

import com.clinicchat.staff.StaffProperties;
import com.clinicchat.triage.Route;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code GET /api/staff/conversations}: past conversations for staff, by text, date, route, outcome, staff member. */
@RestController
@RequestMapping("/api/staff/conversations")
class TranscriptSearchController {

    static final int MAX_QUERY_CHARS = 200;
    private static final Set<String> FILTERS = Set.of("escalated", "emergency", "rated_badly");

    private final TranscriptSearch search;
    private final StaffProperties properties;

    TranscriptSearchController(TranscriptSearch search, StaffProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    /**
     * @param q      words that must all appear in the conversation
     * @param from   first day, {@code YYYY-MM-DD} in the clinic's time zone
     * @param to     last day, inclusive
     * @param filter any of {@code escalated}, {@code emergency}, {@code rated_badly} (repeated or comma-separated)
     */
    @GetMapping
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String route,
                        @RequestParam(required = false) String outcome, @RequestParam(required = false) String staff,
                        @RequestParam(required = false) List<String> filter,
                        @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("q is limited to " + MAX_QUERY_CHARS + " characters.");
        }
        List<String> words = q == null ? List.of() : Arrays.stream(q.strip().split("\\s+"))
                .filter(word -> !word.isBlank()).distinct().limit(10).toList();
        List<String> filters = filter == null ? List.of() : filter.stream()
                .flatMap(f -> Arrays.stream(f.split(","))).map(String::strip).filter(f -> !f.isEmpty()).toList();
        filters.stream().filter(f -> !FILTERS.contains(f)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("Unknown filter '" + unknown + "'; known: escalated, emergency, "
                    + "rated_badly.");
        });
        SearchCriteria criteria = new SearchCriteria(words, day("from", from), day("to", to), route(route),
                blankToNull(outcome), blankToNull(staff), filters.contains("escalated"), filters.contains("emergency"),
                filters.contains("rated_badly"), limit, offset);
        return search.search(criteria, properties.timeZone());
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2026-05-04.");
        }
    }

    private static Route route(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Route.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("route must be one of answer, unknown, escalate, emergency, decline, "
                    + "smalltalk.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
