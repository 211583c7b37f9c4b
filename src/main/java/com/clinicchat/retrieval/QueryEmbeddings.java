package com.clinicchat.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embeds visitor messages once: triage, retrieval and the next turn's context all use the same vector. A small
 * recently-used cache keeps the previous message of a live conversation from being embedded again.
 */
@Component
public class QueryEmbeddings {

    private static final int CACHED = 2_000;

    private final EmbeddingModel model;
    private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED;
        }
    };

    public QueryEmbeddings(EmbeddingModel model) {
        this.model = model;
    }

    public float[] of(String text) {
        synchronized (recent) {
            float[] cached = recent.get(text);
            if (cached != null) {
                return cached;
            }
        }
        float[] vector = model.embed(text).content().vector();
        synchronized (recent) {
            recent.put(text, vector);
        }
        return vector;
    }

    /** The direction between two messages' meanings: the vector of a follow-up read with its thread. */
    public static float[] combine(float[] first, float[] second) {
        float[] sum = new float[first.length];
        double norm = 0;
        for (int i = 0; i < sum.length; i++) {
            sum[i] = first[i] + second[i];
            norm += sum[i] * sum[i];
        }
        float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        for (int i = 0; i < sum.length; i++) {
            sum[i] *= scale;
        }
        return sum;
    }
}
