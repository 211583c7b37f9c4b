package com.clinicchat.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The subject words come from the articles loaded, not from the code. */
public class SubjectWordsTest {

    /** A small article of a clinic that writes about zinc (the verifier's tests use it too). */
    public static final String ZINC = """
            ---
            title: "Zinc Infusions: What Zinc Does for Immunity"
            url: /blog/zinc
            summary: "About zinc."
            ---

            # Zinc Infusions: What Zinc Does for Immunity

            Zinc is a trace mineral the body cannot store.

            ## Why Zinc Matters

            Zinc supports immunity and wound healing.

            ## Who Lacks Zinc

            People with gut conditions often absorb too little zinc.

            ## Side Effects

            A zinc infusion can cause brief nausea; immunity is not affected.

            ## Booking

            Sessions take thirty minutes at the clinic.
            """;

    @TempDir
    Path folder;

    private KnowledgeBase knowledgeIn(Path folder) {
        KnowledgeBase knowledge = new KnowledgeBase(new KnowledgeProperties(folder, false, Duration.ofMillis(100)),
                event -> { });
        knowledge.reload();
        return knowledge;
    }

    @Test
    void aClinicWritingAboutZincHasZincForItsSubject() throws IOException {
        Files.writeString(folder.resolve("zinc.md"), ZINC);
        // "zinc" is in 4 of 5 sections and in the title; "immunity" is in the title but in only 3 of 5 sections
        assertThat(knowledgeIn(folder).subjectWords().words()).containsExactly("zinc");
    }

    @Test
    void theProjectsOwnArticleIsAboutMagnesiumAndIvs() {
        assertThat(knowledgeIn(Path.of("knowledge")).subjectWords().words()).contains("magnesium")
                .doesNotContain("heart", "muscle", "and", "the");
    }

    @Test
    void aSubstanceNamedInOnlyOneOfSeveralArticlesIsNoLongerTheSubject() throws IOException {
        Files.copy(Path.of("knowledge/magnesium-iv-benefits.md"), folder.resolve("magnesium-iv-benefits.md"));
        Files.writeString(folder.resolve("zinc.md"), ZINC);
        for (String extra : new String[] {"vitamin-c-iv-therapy.md", "nad-plus-iv-therapy.md"}) {
            Files.copy(Path.of("src/test/resources/knowledge-extra", extra), folder.resolve(extra));
        }
        assertThat(knowledgeIn(folder).subjectWords().words()).doesNotContain("magnesium", "zinc", "nad", "vitamin");
    }

    @Test
    void tooFewSectionsHaveNoSubject() throws IOException {
        Files.writeString(folder.resolve("zinc.md"), """
                ---
                title: "Zinc"
                url: /blog/zinc
                summary: "About zinc."
                ---

                # Zinc

                Zinc is a trace mineral.
                """);
        assertThat(knowledgeIn(folder).subjectWords()).isEqualTo(SubjectWords.NONE);
        assertThat(knowledgeIn(folder.resolve("missing")).subjectWords()).isEqualTo(SubjectWords.NONE);
    }

    @Test
    void theClinicsNamesAreThoseItsArticlesSpeakAsWeBy() throws IOException {
        Files.writeString(folder.resolve("zinc.md"), ZINC.replace("Sessions take thirty minutes at the clinic.",
                "Many runners in Ohio turn to Bright Drip Ohio. Our nurses also come to your home.\n\n"
                        + "Zinc was first studied at the Ohio State University."));
        // the paragraph speaking as "our" names the clinic; the university, in a paragraph that does not, is no name of it
        assertThat(knowledgeIn(folder).subjectWords().names()).containsExactly("Bright Drip Ohio");
        assertThat(knowledgeIn(Path.of("knowledge")).subjectWords().names()).hasSize(1);
    }
}
