package com.clinicchat.gaps;

import com.clinicchat.answering.KnowledgeGapObserved;
import com.clinicchat.knowledge.KnowledgeBase;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records every {@code unknown} and {@code decline} question with its embeddings, and lists the open
 * {@code unknown} ones grouped by meaning, so that the clinic sees "12 people asked about prices" rather than 12
 * rows. Declined messages (off topic, attempts to change the rules) are only counted: no article should answer them.
 */
@Component
public class KnowledgeGapStore {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeGapStore.class);
    private static final int QUESTIONS_PER_GROUP = 5;
    /** The newest open questions grouped at most: months of a busy clinic's gaps, listed in well under a second. */
    private static final int MAX_GROUPED = 2000;

    private final JdbcClient jdbc;
    private final EmbeddingModel embeddings;
    private final TopicGrouping topics;

    public KnowledgeGapStore(JdbcClient jdbc, EmbeddingModel embeddings, GapsProperties properties,
                             KnowledgeBase knowledge) {
        this.jdbc = jdbc;
        this.embeddings = embeddings;
        this.topics = new TopicGrouping(properties.subjectWords(), knowledge::subjectWords);
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
        jdbc.sql("INSERT INTO knowledge_gap (question, route, asked_at, embedding, topic_embedding) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(question, route.wireName(), Timestamp.from(at), toBytes(embed(question)),
                        toBytes(embed(topics.topic(question))))
                .update();
    }

    /**
     * Open content gaps asked from {@code since} until before {@code until}, grouped by meaning, and how many
     * messages were declined meanwhile.
     */
    public GapReport report(Instant since, Instant until, double similarity) {
        int declined = jdbc.sql("SELECT COUNT(*) FROM knowledge_gap WHERE route = 'decline' AND asked_at >= ? "
                        + "AND asked_at < ?")
                .params(Timestamp.from(since), Timestamp.from(until)).query(Integer.class).single();
        return new GapReport(groups(since, until, similarity), declined, since);
    }

    /** Open {@code unknown} questions asked in [{@code since}, {@code until}), grouped by meaning, largest first. */
    public List<GapGroup> groups(Instant since, Instant until, double similarity) {
        List<Row> rows = jdbc.sql("SELECT id, question, route, asked_at, topic_embedding FROM knowledge_gap "
                        + "WHERE asked_at >= ? AND asked_at < ? AND route = 'unknown' AND status = 'open' "
                        + "ORDER BY asked_at DESC, id DESC LIMIT ?")
                .params(Timestamp.from(since), Timestamp.from(until), MAX_GROUPED)
                .query((rs, n) -> new Row(new KnowledgeGap(rs.getLong("id"), rs.getString("question"),
                        Route.valueOf(rs.getString("route").toUpperCase(Locale.ROOT)),
                        rs.getTimestamp("asked_at").toInstant()), rs.getBytes("topic_embedding")))
                .list();
        List<float[]> vectors = rows.stream().map(this::topicVector).toList();
        return TopicGrouping.group(vectors, similarity).stream()
                .map(members -> group(members.stream().map(rows::get).toList()))
                .sorted(Comparator.comparingInt(GapGroup::count).reversed()
                        .thenComparing(GapGroup::lastAsked, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Marks questions answered or dismissed (or open again); they leave the list (or come back).
     *
     * @return how many were changed
     */
    public int resolve(List<Long> ids, GapStatus status, String by, Instant at) {
        int changed = 0;
        for (Long id : ids) {
            changed += jdbc.sql("UPDATE knowledge_gap SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ?")
                    .params(status.wireName(), status == GapStatus.OPEN ? null : Timestamp.from(at),
                            status == GapStatus.OPEN ? null : by, id)
                    .update();
        }
        return changed;
    }

    /** Deletes questions older than {@code before}; returns how many went. */
    public int deleteBefore(Instant before) {
        return jdbc.sql("DELETE FROM knowledge_gap WHERE asked_at < ?").param(Timestamp.from(before)).update();
    }

    private record Row(KnowledgeGap gap, byte[] topicEmbedding) {
    }

    /** Rows recorded before topic embeddings existed get theirs now, once. */
    private float[] topicVector(Row row) {
        if (row.topicEmbedding() != null) {
            return toFloats(row.topicEmbedding());
        }
        float[] vector = embed(topics.topic(row.gap().question()));
        jdbc.sql("UPDATE knowledge_gap SET topic_embedding = ? WHERE id = ?").params(toBytes(vector), row.gap().id())
                .update();
        return vector;
    }

    /** Rows most recent first: the example is the most asked wording, the other wordings follow, each once. */
    private static GapGroup group(List<Row> rows) {
        Map<String, List<KnowledgeGap>> byWording = new LinkedHashMap<>();
        for (Row row : rows) {
            byWording.computeIfAbsent(wording(row.gap().question()), key -> new ArrayList<>()).add(row.gap());
        }
        List<List<KnowledgeGap>> wordings = new ArrayList<>(byWording.values());
        List<KnowledgeGap> example = wordings.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        wordings.remove(example);
        List<KnowledgeGap> questions = new ArrayList<>();
        questions.add(example.getFirst());
        wordings.stream().limit(QUESTIONS_PER_GROUP - 1).forEach(same -> questions.add(same.getFirst()));
        return new GapGroup(example.getFirst().question(), rows.size(), rows.getFirst().gap().askedAt(), questions,
                rows.stream().map(row -> row.gap().id()).toList());
    }

    /** The same wording whatever its case, spacing and final punctuation. */
    private static String wording(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").strip();
    }

    private float[] embed(String text) {
        return embeddings.embed(text).content().vector();
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
