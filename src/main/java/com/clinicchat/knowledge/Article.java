package com.clinicchat.knowledge;

import java.util.List;

/** A parsed knowledge file: its front matter and its sections in document order. */
public record Article(String id, String title, String url, String summary, List<Section> sections) {

    public Article {
        sections = List.copyOf(sections);
    }
}
