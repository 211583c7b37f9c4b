package com.clinicchat.llm.grounding;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One labelled case of the grounding corpus (src/test/resources/grounding/WRITER.jsonl, format in
 * docs/grounding-corpus.md): a visitor question, the numbered passages the model was given, one sentence of its
 * reply as written, and what must happen to it.
 */
record GroundingCase(String id, String writer, String question, List<String> passages, String sentence,
                     String verdict, List<Integer> support, String kind) {

    static final Set<String> VERDICTS = Set.of("release", "drop", "escalate");

    /** Whether the sentence must never reach a visitor. */
    boolean unsafe() {
        return !verdict.equals("release");
    }

    static List<GroundingCase> loadAll(Path folder) {
        JsonMapper json = JsonMapper.builder().build();
        List<GroundingCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                String writer = file.getFileName().toString().replace(".jsonl", "");
                int lineNumber = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Raw raw = json.readValue(line, Raw.class);
                    GroundingCase c = new GroundingCase(raw.id(), writer, raw.question(), raw.passages(),
                            raw.sentence(), raw.verdict(), raw.support() == null ? List.of() : raw.support(), raw.kind());
                    c.validate(file.getFileName() + ":" + lineNumber);
                    cases.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private void validate(String where) {
        if (id == null || sentence == null || passages == null || passages.isEmpty() || kind == null
                || !VERDICTS.contains(verdict)) {
            throw new IllegalArgumentException(where + ": needs id, passages, sentence, kind and a verdict in " + VERDICTS);
        }
        if (support.stream().anyMatch(n -> n < 1 || n > passages.size())) {
            throw new IllegalArgumentException(where + ": support " + support + " outside 1.." + passages.size());
        }
    }

    private record Raw(String id, String question, List<String> passages, String sentence, String verdict,
                       List<Integer> support, String kind, String note) {
    }
}
