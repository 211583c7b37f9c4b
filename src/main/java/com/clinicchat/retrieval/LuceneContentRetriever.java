package com.clinicchat.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The same hybrid retrieval as a LangChain4j {@link ContentRetriever}, so the LLM path sees exactly the passages
 * the offline answerer would. Each segment's metadata carries what a citation needs. Returns nothing when the
 * articles do not cover the query: the model must not be handed loosely related text to improvise from.
 */
@Component
public class LuceneContentRetriever implements ContentRetriever {

    public static final String TITLE = "title";
    public static final String SECTION = "section";
    public static final String URL = "url";
    public static final String SECTION_ID = "sectionId";

    private final KnowledgeRetriever retriever;

    public LuceneContentRetriever(KnowledgeRetriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public List<Content> retrieve(Query query) {
        Retrieval retrieval = retriever.retrieve(query.text());
        if (!retrieval.covered()) {
            return List.of();
        }
        return retrieval.passages().stream().map(LuceneContentRetriever::content).toList();
    }

    private static Content content(RetrievedPassage passage) {
        Metadata metadata = new Metadata()
                .put(TITLE, passage.section().articleTitle())
                .put(SECTION, passage.section().heading())
                .put(URL, passage.section().url())
                .put(SECTION_ID, passage.section().id());
        // a list item alone ("People with kidney disease") needs the sentence that says what the list is about
        String text = passage.leadIn().isEmpty() ? passage.text() : passage.leadIn() + " " + passage.text();
        return Content.from(TextSegment.from(text, metadata), Map.of(ContentMetadata.SCORE, passage.score()));
    }
}
