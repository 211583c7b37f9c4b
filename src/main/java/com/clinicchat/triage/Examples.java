package com.clinicchat.triage;

import com.clinicchat.retrieval.Cosine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labelled example messages of {@code triage/examples.txt}, embedded once, and how near a message is to the
 * nearest example of each route.
 */
final class Examples {

    static final String RESOURCE = "/triage/examples.txt";

    private record Example(Route route, String text, float[] vector) {
    }

    private final List<Example> examples;

    private Examples(List<Example> examples) {
        this.examples = examples;
    }

    static Examples load(EmbeddingModel model) {
        try (InputStream in = Examples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Examples parse(String text, EmbeddingModel model) {
        List<Route> routes = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("triage example without a route: " + trimmed);
            }
            routes.add(Route.valueOf(trimmed.substring(0, colon).strip().toUpperCase(Locale.ROOT)));
            segments.add(TextSegment.from(trimmed.substring(colon + 1).strip()));
        }
        var vectors = model.embedAll(segments).content();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            examples.add(new Example(routes.get(i), segments.get(i).text(), vectors.get(i).vector()));
        }
        return new Examples(List.copyOf(examples));
    }

    /** For each route that has examples, the cosine similarity of {@code vector} to its nearest example. */
    Map<Route, Double> nearest(float[] vector) {
        Map<Route, Double> best = new EnumMap<>(Route.class);
        for (Example example : examples) {
            best.merge(example.route(), Cosine.of(vector, example.vector()), Math::max);
        }
        return best;
    }

}
