package com.clinicchat.corpus;

import com.clinicchat.triage.Route;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the labelled corpus from the classpath: {@code corpus/<split>/<writer>.messages.jsonl} and
 * {@code <writer>.chats.jsonl}. Training reads only {@link Split#TRAIN}; the other splits live in test resources.
 */
public final class CorpusReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CorpusReader() {
    }

    public static List<WriterCorpus> read(Split split) {
        Map<String, List<LabelledTurn>> messages = new TreeMap<>();
        Map<String, List<LabelledChat>> chats = new TreeMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + split.folder() + "/*.jsonl");
            for (Resource file : files) {
                String name = file.getFilename();
                String writer = name.substring(0, name.indexOf('.'));
                String text = file.getContentAsString(StandardCharsets.UTF_8);
                if (name.endsWith(".chats.jsonl")) {
                    chats.computeIfAbsent(writer, w -> new ArrayList<>()).addAll(parseChats(text, name));
                } else {
                    messages.computeIfAbsent(writer, w -> new ArrayList<>()).addAll(parseMessages(text, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<WriterCorpus> writers = new ArrayList<>();
        new java.util.TreeSet<>(concat(messages.keySet(), chats.keySet())).forEach(writer -> writers.add(
                new WriterCorpus(writer, messages.getOrDefault(writer, List.of()), chats.getOrDefault(writer, List.of()))));
        return writers;
    }

    /** A SHA-256 over the split's file names and contents: changes whenever anything the split holds changes. */
    public static String fingerprint(Split split) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + split.folder() + "/*.jsonl");
            java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                digest.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getContentAsByteArray());
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<LabelledTurn> parseMessages(String jsonl, String source) {
        List<LabelledTurn> turns = new ArrayList<>();
        forEachLine(jsonl, source, node -> turns.add(turn(node, node.path("id").asString())));
        return turns;
    }

    public static List<LabelledChat> parseChats(String jsonl, String source) {
        List<LabelledChat> chats = new ArrayList<>();
        forEachLine(jsonl, source, node -> {
            String id = node.path("id").asString();
            List<LabelledTurn> turns = new ArrayList<>();
            int n = 0;
            for (JsonNode turn : node.path("turns")) {
                turns.add(turn(turn, turn.path("id").asString(id + "/" + ++n)));
            }
            chats.add(new LabelledChat(id, turns));
        });
        return chats;
    }

    private static void forEachLine(String jsonl, String source, java.util.function.Consumer<JsonNode> action) {
        int lineNumber = 0;
        for (String line : jsonl.split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                action.accept(JSON.readTree(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": " + e.getMessage(), e);
            }
        }
    }

    private static LabelledTurn turn(JsonNode node, String id) {
        List<Route> routes = strings(node, "route").stream()
                .map(route -> Route.valueOf(route.strip().toUpperCase(Locale.ROOT))).toList();
        String reason = node.path("reason").asString(null);
        return new LabelledTurn(id, node.path("question").asString(), routes, reason, strings(node, "any"),
                strings(node, "sections"), strings(node, "never"), strings(node, "never_start"));
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isString()) {
            return List.of(value.asString());
        }
        List<String> strings = new ArrayList<>();
        value.forEach(item -> strings.add(item.asString()));
        return strings;
    }

    private static List<String> concat(java.util.Set<String> a, java.util.Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
