package com.clinicchat.insights;

import com.clinicchat.insights.InsightsReport.Count;
import com.clinicchat.insights.InsightsReport.Summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each table of the report as CSV (RFC 4180, CRLF line ends). Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @) is prefixed with an apostrophe: visitor questions and staff notes end up here.
 */
final class InsightsCsv {

    private static final Map<String, Function<InsightsReport, List<List<Object>>>> TABLES = tables();

    private InsightsCsv() {
    }

    static Set<String> names() {
        return TABLES.keySet();
    }

    /** The table as CSV, or null when there is no table of that name. */
    static String of(String table, InsightsReport report) {
        Function<InsightsReport, List<List<Object>>> rows = TABLES.get(table);
        return rows == null ? null : rows.apply(report).stream()
                .map(row -> row.stream().map(InsightsCsv::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static Map<String, Function<InsightsReport, List<List<Object>>>> tables() {
        Map<String, Function<InsightsReport, List<List<Object>>>> tables = new LinkedHashMap<>();
        tables.put("summary", InsightsCsv::summary);
        tables.put("daily", r -> rows(List.of("date", "conversations", "visitor_messages", "assistant",
                "rated_badly", "staff", "unattended", "knowledge_gaps"), r.daily(), d -> List.of(d.date(),
                d.conversations(), d.visitorMessages(), d.assistant(), d.ratedBadly(), d.staff(), d.unattended(),
                d.knowledgeGaps())));
        tables.put("escalations", r -> counts("reason", "conversations", r.escalations()));
        tables.put("staff", r -> rows(List.of("name", "claimed", "closed", "handed_back", "wait_p50_seconds",
                "first_reply_p50_seconds"), r.staff().members(), m -> Arrays.asList(m.name(), m.claimed(),
                m.closed(), m.handedBack(), m.waitP50Seconds(), m.firstReplyP50Seconds())));
        tables.put("outcomes", r -> counts("outcome", "chats", r.staff().outcomes()));
        tables.put("waiting-times", r -> counts("waited", "chats", r.staff().waitingTimes()));
        tables.put("ratings", r -> counts("score", "ratings", r.ratings().distribution()));
        tables.put("comments", r -> rows(List.of("conversation_id", "score", "comment", "at"),
                r.ratings().comments(), c -> List.of(c.conversationId(), c.score(), c.comment(), c.at())));
        tables.put("worst-answers", r -> rows(List.of("answer", "question", "thumbs_down", "thumbs_up"),
                r.ratings().worstAnswers(), a -> Arrays.asList(a.answer(), a.question(), a.thumbsDown(),
                        a.thumbsUp())));
        tables.put("sections", r -> rows(List.of("title", "section", "url", "answers"), r.topics().citedSections(),
                s -> List.of(s.title(), s.section(), s.url(), s.answers())));
        tables.put("gaps", r -> counts("question", "times_asked", r.topics().topGaps()));
        return Map.copyOf(tables);
    }

    private static List<List<Object>> summary(InsightsReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("figure", "period " + report.period().from() + " to " + report.period().to(),
                "previous " + report.previousPeriod().from() + " to " + report.previousPeriod().to()));
        Summary now = report.summary();
        Summary before = report.previous();
        for (var component : Summary.class.getRecordComponents()) {
            try {
                rows.add(Arrays.asList(component.getName(), component.getAccessor().invoke(now),
                        component.getAccessor().invoke(before)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return rows;
    }

    private static List<List<Object>> counts(String label, String count, List<Count> counts) {
        return rows(List.of(label, count), counts, c -> List.of(c.label(), c.count()));
    }

    private static <T> List<List<Object>> rows(List<Object> header, List<T> items, Function<T, List<Object>> row) {
        List<List<Object>> rows = new ArrayList<>(items.size() + 1);
        rows.add(header);
        items.forEach(item -> rows.add(row.apply(item)));
        return rows;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
