package com.clinicchat.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Markdown knowledge file into an {@link Article}: YAML-style front matter ({@code title}, {@code url},
 * optional {@code summary}), then sections split at {@code #}, {@code ##} and {@code ###} headings.
 * Only the small Markdown subset the clinic's articles use is understood; anything else is kept as text.
 */
public final class ArticleParser {

    /** Parses one file; {@code articleId} is the file name without its extension. */
    public Article parse(String articleId, String markdown) throws MalformedArticleException {
        String text = markdown.replace("\r\n", "\n").strip();
        if (!text.startsWith("---\n")) {
            throw new MalformedArticleException("missing front matter: the file must start with a '---' line");
        }
        int end = text.indexOf("\n---", 4);
        if (end < 0) {
            throw new MalformedArticleException("front matter is not closed by a '---' line");
        }
        Map<String, String> frontMatter = parseFrontMatter(text.substring(4, end));
        String title = require(frontMatter, "title");
        String url = require(frontMatter, "url");
        if (!url.startsWith("/") && !url.startsWith("http")) {
            throw new MalformedArticleException("front matter 'url' must be a path like /blog/name or an absolute URL");
        }
        List<Section> sections = splitSections(articleId, title, url, text.substring(end + 4));
        if (sections.isEmpty()) {
            throw new MalformedArticleException("the article has no text");
        }
        return new Article(articleId, title, url, frontMatter.getOrDefault("summary", ""), sections);
    }

    private static Map<String, String> parseFrontMatter(String block) throws MalformedArticleException {
        Map<String, String> values = new HashMap<>();
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedArticleException("front matter line is not 'key: value': " + line.strip());
            }
            String value = line.substring(colon + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
        }
        return values;
    }

    private static String require(Map<String, String> frontMatter, String key) throws MalformedArticleException {
        String value = frontMatter.get(key);
        if (value == null || value.isBlank()) {
            throw new MalformedArticleException("front matter has no '" + key + "'");
        }
        return value;
    }

    private static List<Section> splitSections(String articleId, String title, String url, String body) {
        List<Section> sections = new ArrayList<>();
        List<String> path = new ArrayList<>(List.of(title));
        Set<String> anchors = new HashSet<>();
        String heading = title;
        StringBuilder text = new StringBuilder();
        for (String line : body.split("\n")) {
            int level = headingLevel(line);
            if (level == 0) {
                text.append(line.strip()).append('\n');
                continue;
            }
            addSection(sections, articleId, title, url, path, heading, text, anchors);
            heading = line.substring(level).strip();
            if (level == 1) {
                path = new ArrayList<>(List.of(heading));
            } else {
                // keep the parents above this level: "##" sits under the title, "###" under the last "##"
                while (path.size() > level - 1) {
                    path.removeLast();
                }
                path.add(heading);
            }
            text.setLength(0);
        }
        addSection(sections, articleId, title, url, path, heading, text, anchors);
        return sections;
    }

    private static void addSection(List<Section> sections, String articleId, String title, String url,
                                   List<String> path, String heading, StringBuilder text, Set<String> anchors) {
        String body = text.toString().replaceAll("\n{3,}", "\n\n").strip();
        if (body.isEmpty()) {
            return;
        }
        String anchor = uniqueAnchor(slug(heading), anchors);
        sections.add(new Section(articleId + "#" + anchor, articleId, title, url, path, heading, anchor,
                url + "#" + anchor, body));
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level <= 6 && line.length() > level && line.charAt(level) == ' ' ? level : 0;
    }

    /** GitHub-style anchors, so links match what most Markdown renderers generate. */
    static String slug(String heading) {
        String ascii = Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").strip().replaceAll("\\s+", "-");
    }

    private static String uniqueAnchor(String base, Set<String> used) {
        String anchor = base.isEmpty() ? "section" : base;
        for (int n = 1; !used.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }
}
