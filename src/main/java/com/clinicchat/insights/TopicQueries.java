package com.clinicchat.insights;

import com.clinicchat.answering.Citation;
import com.clinicchat.insights.InsightsReport.Count;
import com.clinicchat.insights.InsightsReport.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What visitors asked about: the sections answers cited, and the questions the articles don't cover. */
@Repository
class TopicQueries {

    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    TopicQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The sections the answers given in the period cited most, with how many answers cited each (found by the index
     * on the messages' author and time, V31). A message keeps its citations
     * as a JSON list, which H2 and PostgreSQL cannot unnest alike; the database counts the answers per distinct list
     * (a few hundred lists at most: one per combination of sections) and the lists are split here.
     */
    List<Section> citedSections(InsightsPeriod period, int limit) {
        Map<String, Section> byUrl = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT m.citations, COUNT(*) AS answers
                        FROM messages m
                        WHERE m.author = 'bot' AND m.created_at >= ? AND m.created_at < ? AND m.route = 'answer'
                        GROUP BY m.citations""")
                .params(Sql.at(period.start()), Sql.at(period.end()))
                .query((rs, n) -> Map.entry(rs.getString("citations"), rs.getLong("answers")))
                .list()
                .forEach(list -> json.readValue(list.getKey(), CITATIONS).stream().distinct().forEach(citation ->
                        byUrl.merge(citation.url(), new Section(citation.title(), citation.section(), citation.url(),
                                        list.getValue()),
                                (a, b) -> new Section(a.title(), a.section(), a.url(), a.answers() + b.answers()))));
        return byUrl.values().stream()
                .sorted(Comparator.comparingLong(Section::answers).reversed().thenComparing(Section::url))
                .limit(limit)
                .toList();
    }

    /** Knowledge gaps per day (in the period's zone) and route. */
    Map<LocalDate, Map<String, Long>> gapsByDay(InsightsPeriod period) {
        Map<LocalDate, Map<String, Long>> days = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT local_day, route, COUNT(*) AS n
                        FROM (SELECT TO_CHAR(g.asked_at AT TIME ZONE ?, 'YYYY-MM-DD') AS local_day, g.route
                              FROM knowledge_gap g
                              WHERE g.asked_at >= ? AND g.asked_at < ?) x
                        GROUP BY local_day, route
                        ORDER BY local_day, route""")
                .params(period.zone().getId(), Sql.at(period.start()), Sql.at(period.end()))
                .query(rs -> {
                    days.computeIfAbsent(LocalDate.parse(rs.getString("local_day")), day -> new LinkedHashMap<>())
                            .put(rs.getString("route"), rs.getLong("n"));
                });
        return days;
    }

    /**
     * The uncovered and off-topic questions asked most often in the same words (case and surrounding spaces
     * ignored).
     */
    List<Count> topGaps(InsightsPeriod period, int limit) {
        return jdbc.sql("""
                        SELECT question, COUNT(*) AS n
                        FROM (SELECT LOWER(TRIM(g.question)) AS question
                              FROM knowledge_gap g
                              WHERE g.asked_at >= ? AND g.asked_at < ?) x
                        GROUP BY question
                        ORDER BY n DESC, question
                        LIMIT ?""")
                .params(Sql.at(period.start()), Sql.at(period.end()), limit)
                .query((rs, n) -> new Count(rs.getString("question"), rs.getLong("n")))
                .list();
    }
}
