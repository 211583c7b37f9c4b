package com.clinicchat.answering;

/**
 * A source shown under an answer: "article › section", linked to the section's anchor.
 *
 * @param title   the article's title
 * @param section the section's heading
 * @param url     the public URL of the section, with its anchor
 */
public record Citation(String title, String section, String url) {
}
