package com.clinicchat.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The clinic's articles as currently on disk. {@link #reload()} reads the whole folder into a new snapshot and
 * publishes {@link KnowledgeChanged}; a file that does not parse is reported and skipped, the rest keeps serving.
 */
@Component
public class KnowledgeBase {

    static final String SYNONYMS_FILE = "synonyms.txt";
    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final KnowledgeProperties properties;
    private final ApplicationEventPublisher events;
    private final ArticleParser parser = new ArticleParser();
    private volatile KnowledgeSnapshot current = new KnowledgeSnapshot(List.of(), Map.of(), "", Instant.EPOCH);
    private volatile SubjectWords subjectWords = SubjectWords.NONE;

    public KnowledgeBase(KnowledgeProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.events = events;
    }

    public KnowledgeSnapshot current() {
        return current;
    }

    /** What the current articles are about, computed once per reload (see {@link SubjectWords}). */
    public SubjectWords subjectWords() {
        return subjectWords;
    }

    public Path directory() {
        return properties.directory();
    }

    /** Reads the folder again; synchronized so that two reloads never interleave their events. */
    public synchronized KnowledgeSnapshot reload() {
        KnowledgeSnapshot snapshot = read(properties.directory());
        subjectWords = SubjectWords.of(snapshot.articles());
        current = snapshot;
        log.info("Knowledge loaded from {}: {} article(s), {} section(s), {} failed file(s); subject words {}",
                properties.directory(), snapshot.articles().size(), snapshot.sections().size(),
                snapshot.failures().size(), subjectWords.words());
        events.publishEvent(new KnowledgeChanged(snapshot));
        return snapshot;
    }

    private KnowledgeSnapshot read(Path directory) {
        List<Article> articles = new ArrayList<>();
        Map<String, String> failures = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            log.error("Knowledge folder {} does not exist: nothing to answer from", directory.toAbsolutePath());
            failures.put(directory.toString(), "folder does not exist");
            return new KnowledgeSnapshot(articles, failures, "", Instant.now());
        }
        for (Path file : markdownFiles(directory)) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".md".length());
            try {
                List<String> removed = new ArrayList<>();
                articles.add(EmbeddedInstructions.strip(parser.parse(id, Files.readString(file, StandardCharsets.UTF_8)),
                        removed));
                if (!removed.isEmpty()) {
                    log.warn("Knowledge file {}: left out {} line(s) that read as instructions to the assistant: {}",
                            name, removed.size(), removed);
                    failures.put(name, "served without " + removed.size()
                            + " line(s) that read as instructions to the assistant: " + String.join("; ", removed));
                }
            } catch (MalformedArticleException | IOException e) {
                String reason = e instanceof IOException ? "cannot be read as UTF-8 text: " + e : e.getMessage();
                log.error("Knowledge file {} is not served: {}", name, reason);
                failures.put(name, reason);
            }
        }
        return new KnowledgeSnapshot(articles, failures, readSynonyms(directory, failures), Instant.now());
    }

    private static List<Path> markdownFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md") && Files.isRegularFile(file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list knowledge folder " + directory, e);
        }
    }

    private static String readSynonyms(Path directory, Map<String, String> failures) {
        Path file = directory.resolve(SYNONYMS_FILE);
        if (!Files.exists(file)) {
            return "";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            failures.put(SYNONYMS_FILE, "cannot be read: " + e);
            return "";
        }
    }
}
