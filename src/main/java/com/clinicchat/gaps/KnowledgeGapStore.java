package com.clinicchat.gaps;

import com.clinicchat.retrieval.Cosine;
import com.clinicchat.answering.KnowledgeGapObserved;
import com.clinicchat.triage.Route;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records every {@code unknown} and {@code decline} question with its embedding, and lists them grouped by meaning
 * so that the clinic sees "12 people asked about prices" rather than 12 rows.
 */
@Component
public class KnowledgeGapStore {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeGapStore.class);
    private static final int QUESTIONS_PER_GROUP = 5;

    private final JdbcClient jdbc;
    private final EmbeddingModel embeddings;

    public KnowledgeGapStore(JdbcClient jdbc, EmbeddingModel embeddings) {
        this.jdbc = jdbc;
        this.embeddings = embeddings;
    }

    /** A failure to record is logged, never passed on: the visitor's reply matters more than the statistics. */
    @EventListener
    void onGap(KnowledgeGapObserved gap) {
        try {
            record(gap.question(), gap.route(), gap.at());
        } catch (RuntimeException e) {
            log.warn("Could not record a knowledge gap: {}", e.toString());
        }
    }

    void record(String question, Route route, Instant at) {
        jdbc.sql("INSERT INTO knowledge_gap (question, route, asked_at, embedding) VALUES (?, ?, ?, ?)")
                .params(question, route.wireName(), Timestamp.from(at), toBytes(embed(question)))
                .update();
    }

    /**
     * Questions asked since {@code since}, grouped greedily: each question joins the first group whose example is at
     * least {@code similarity} (cosine) alike, else starts a new one. Groups come largest first.
     */
    public List<GapGroup> groups(Instant since, double similarity) {
        List<Row> rows = jdbc.sql("SELECT id, question, route, asked_at, embedding FROM knowledge_gap "
                        + "WHERE asked_at >= ? ORDER BY asked_at DESC, id DESC")
                .param(Timestamp.from(since))
                .query((rs, n) -> new Row(new KnowledgeGap(rs.getLong("id"), rs.getString("question"),
                        Route.valueOf(rs.getString("route").toUpperCase(Locale.ROOT)),
                        rs.getTimestamp("asked_at").toInstant()), toFloats(rs.getBytes("embedding"))))
                .list();
        List<List<Row>> groups = new ArrayList<>();
        for (Row row : rows) {
            groups.stream()
                    .filter(group -> Cosine.of(group.getFirst().vector(), row.vector()) >= similarity)
                    .findFirst()
                    .ifPresentOrElse(group -> group.add(row), () -> groups.add(new ArrayList<>(List.of(row))));
        }
        return groups.stream()
                .map(group -> new GapGroup(group.getFirst().gap().question(), group.size(),
                        group.getFirst().gap().askedAt(),
                        group.stream().limit(QUESTIONS_PER_GROUP).map(Row::gap).toList()))
                .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                .toList();
    }

    /** Deletes questions older than {@code before}; returns how many went. */
    public int deleteBefore(Instant before) {
        return jdbc.sql("DELETE FROM knowledge_gap WHERE asked_at < ?").param(Timestamp.from(before)).update();
    }

    private record Row(KnowledgeGap gap, float[] vector) {
    }

    private float[] embed(String question) {
        return embeddings.embed(question).content().vector();
    }

    private static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] toFloats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

}
