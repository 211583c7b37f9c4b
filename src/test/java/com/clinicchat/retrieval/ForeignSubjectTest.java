package com.clinicchat.retrieval;

import com.clinicchat.knowledge.ArticleParser;
import com.clinicchat.knowledge.KnowledgeSnapshot;
import com.clinicchat.knowledge.MalformedArticleException;
import com.clinicchat.knowledge.SubjectWordsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question about a thing no article describes is not covered, whatever article the clinic writes: a zinc clinic
 * is asked about magnesium, which its article never names, until it adds a magnesium article.
 */
class ForeignSubjectTest {

    private static final String MAGNESIUM_QUESTION = "what are the side effects of a magnesium infusion?";

    @TempDir
    Path folder;

    @Test
    void aZincClinicDoesNotAnswerAboutMagnesiumUntilItPublishesAMagnesiumArticle() throws IOException {
        Files.writeString(folder.resolve("zinc.md"), SubjectWordsTest.ZINC);
        RetrieverFixture clinic = new RetrieverFixture(folder);
        Retrieval before = clinic.retriever.retrieve(MAGNESIUM_QUESTION);
        assertThat(before.passages()).as("the zinc article's side effects are found").isNotEmpty();
        assertThat(before.covered()).isFalse();

        Files.copy(Path.of("knowledge/magnesium-iv-benefits.md"), folder.resolve("magnesium-iv-benefits.md"));
        clinic.knowledge.reload();
        Retrieval after = clinic.retriever.retrieve(MAGNESIUM_QUESTION);
        assertThat(after.covered()).isTrue();
        assertThat(after.passages().getFirst().section().articleId()).isEqualTo("magnesium-iv-benefits");
    }

    @Test
    void namesAThingTheArticlesNeverNameWhereTheyPutTheirSubject() {
        SearchIndex zinc = index(SubjectWordsTest.ZINC);
        try {
            // "infusion" follows "zinc" in the article: what stands before it is what the question is about
            assertThat(zinc.foreignSubject(MAGNESIUM_QUESTION)).contains("magnesium");
            assertThat(zinc.foreignSubject("can glutathione infusions help immunity")).contains("glutathione");
            // named by their shape wherever they stand
            assertThat(zinc.foreignSubject("does vitamin C help immunity more?")).contains("vitamin c");
            assertThat(zinc.foreignSubject("is zinc better than NAD+?")).contains("nad+");
        } finally {
            zinc.release();
        }
    }

    @Test
    void theClinicsOwnSubjectEverydayWordsAndPassingMentionsAreNotForeign() {
        SearchIndex zinc = index(SubjectWordsTest.ZINC);
        try {
            assertThat(zinc.foreignSubject("what are the side effects of a zinc infusion?")).isEmpty();
            assertThat(zinc.foreignSubject("is my first infusion safe?")).isEmpty();
            assertThat(zinc.foreignSubject("I take metformin, can I have a zinc infusion?")).isEmpty();
            assertThat(zinc.foreignSubject("quick q, how long is a session?")).isEmpty();
        } finally {
            zinc.release();
        }
    }

    /** An index over one article given as text (tests of the index's own checks share it). */
    static SearchIndex index(String article) {
        try {
            return SearchIndex.build(new KnowledgeSnapshot(List.of(new ArticleParser().parse("zinc", article)), Map.of(),
                    "", Instant.EPOCH), RetrieverFixture.MODEL);
        } catch (MalformedArticleException e) {
            throw new IllegalStateException(e);
        }
    }
}
