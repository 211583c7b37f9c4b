package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Section;

/**
 * A passage of an article that matched a query.
 *
 * @param section the section it comes from (for citations and for context around the passage)
 * @param text    one to a few sentences of the section, or one list item
 * @param listItem whether the passage is one item of a list
 * @param leadIn  for a list item, the sentence that introduces its list ("But we advise caution for:"), else empty
 * @param score   fused relevance, higher is better; only comparable within one {@link Retrieval}
 * @param coverage share of the query's content words (weighted by rarity) that the passage contains, in [0, 1]
 * @param cosine   similarity in meaning of the query and the passage (with its lead-in)
 */
public record RetrievedPassage(Section section, String text, boolean listItem, String leadIn, double score,
                               double coverage, double cosine) {
}
