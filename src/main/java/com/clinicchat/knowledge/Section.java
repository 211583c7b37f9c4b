package com.clinicchat.knowledge;

import java.util.List;

/**
 * One section of an article: the text under one heading.
 *
 * @param id           stable id, {@code articleId#anchor}
 * @param articleId    the article's file name without {@code .md}
 * @param articleTitle the article's title from its front matter
 * @param articleUrl   the article's public URL path from its front matter
 * @param headingPath  the headings from the article title down to this section
 * @param heading      this section's own heading (the article title for the introduction)
 * @param anchor       the URL fragment of this section
 * @param url          {@code articleUrl#anchor}
 * @param body         plain text: paragraphs separated by blank lines, list items as lines starting with "- "
 */
public record Section(String id, String articleId, String articleTitle, String articleUrl,
                      List<String> headingPath, String heading, String anchor, String url, String body) {

    public Section {
        headingPath = List.copyOf(headingPath);
    }

    /** "Article › Section" as shown under answers. */
    public String label() {
        return heading.equals(articleTitle) ? articleTitle : articleTitle + " › " + heading;
    }
}
