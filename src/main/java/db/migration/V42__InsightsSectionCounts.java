package db.migration;

import com.clinicchat.answering.Citation;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills {@code insights_hourly_sections} (V41) in from the answers stored before: a message keeps its citations as a
 * JSON list, which H2 and PostgreSQL cannot unnest alike in SQL, so the lists are split here. The database groups
 * the answers by hour and list (one row per combination of sections cited in an hour), as insights.TopicQueries does.
 */
public class V42__InsightsSectionCounts extends BaseJavaMigration {

    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {
    };

    @Override
    public void migrate(Context context) throws SQLException {
        JsonMapper json = JsonMapper.builder().build();
        Map<Long, Map<String, Object[]>> hours = new LinkedHashMap<>(); // hour → url → {citation, answers}
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("""
                     SELECT CAST(FLOOR(EXTRACT(EPOCH FROM created_at)) AS BIGINT) / 3600 AS utc_hour, citations,
                            COUNT(*) AS answers
                     FROM messages
                     WHERE author = 'bot' AND route = 'answer'
                     GROUP BY CAST(FLOOR(EXTRACT(EPOCH FROM created_at)) AS BIGINT) / 3600, citations""")) {
            while (rs.next()) {
                long answers = rs.getLong("answers");
                Map<String, Object[]> sections = hours.computeIfAbsent(rs.getLong("utc_hour"), h -> new LinkedHashMap<>());
                for (Citation citation : json.readValue(rs.getString("citations"), CITATIONS).stream().distinct()
                        .toList()) {
                    sections.computeIfAbsent(citation.url(), url -> new Object[]{citation, 0L});
                    Object[] entry = sections.get(citation.url());
                    entry[1] = (Long) entry[1] + answers;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO insights_hourly_sections "
                + "(utc_hour, url, title, section, answers) VALUES (?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Map.Entry<Long, Map<String, Object[]>> hour : hours.entrySet()) {
                for (Object[] entry : hour.getValue().values()) {
                    Citation citation = (Citation) entry[0];
                    insert.setLong(1, hour.getKey());
                    insert.setString(2, citation.url());
                    insert.setString(3, citation.title());
                    insert.setString(4, citation.section());
                    insert.setLong(5, (Long) entry[1]);
                    insert.addBatch();
                    if (++batched % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
