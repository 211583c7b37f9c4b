package com.clinicchat.knowledge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void splitsTheClinicArticleIntoSectionsWithHeadingPathsAndAnchors() throws Exception {
        Article article = parser.parse("magnesium-iv-benefits",
                Files.readString(Path.of("knowledge/magnesium-iv-benefits.md")));

        assertThat(article.title()).isEqualTo("Magnesium IV Benefits: How Infusions Support Heart and Muscle Health");
        assertThat(article.url()).isEqualTo("/blog/magnesium-iv-benefits");
        assertThat(article.sections()).extracting(Section::heading).containsExactly(
                "Magnesium IV Benefits: How Infusions Support Heart and Muscle Health",
                "Magnesium IV Drip Therapy Benefits for Heart Health",
                "Regulating Heart Rhythm",
                "Managing Blood Pressure",
                "Reducing Cardiovascular Risk",
                "Magnesium IV Drip Therapy Benefits for Muscle Health",
                "Preventing Cramps and Spasms",
                "Supporting Recovery and Reducing Fatigue",
                "Relief from Restless Legs and Muscle Weakness",
                "Other Wellness Benefits of Magnesium IV Drip Therapy",
                "Who Should Consider IV Fluids for Magnesium Deficiency?",
                "Safety and Considerations");
        Section rhythm = article.sections().get(2);
        assertThat(rhythm.id()).isEqualTo("magnesium-iv-benefits#regulating-heart-rhythm");
        assertThat(rhythm.url()).isEqualTo("/blog/magnesium-iv-benefits#regulating-heart-rhythm");
        assertThat(rhythm.headingPath()).containsExactly(article.title(),
                "Magnesium IV Drip Therapy Benefits for Heart Health", "Regulating Heart Rhythm");
        assertThat(rhythm.label()).isEqualTo(article.title() + " › Regulating Heart Rhythm");
    }

    @Test
    void keepsListItemsAsDashLinesAndParagraphsApart() throws Exception {
        Article article = parser.parse("a", """
                ---
                title: "Care"
                url: /blog/care
                ---
                Intro sentence.

                ## Who it suits

                It suits:

                - Athletes
                - People with cramps

                Closing words.
                """);

        assertThat(article.sections()).hasSize(2);
        assertThat(article.sections().get(1).body())
                .isEqualTo("It suits:\n\n- Athletes\n- People with cramps\n\nClosing words.");
        assertThat(article.sections().get(1).anchor()).isEqualTo("who-it-suits");
    }

    @Test
    void givesRepeatedHeadingsDistinctAnchors() throws Exception {
        Article article = parser.parse("a", """
                ---
                title: T
                url: /t
                ---
                ## Safety
                One.
                ## Safety
                Two.
                """);

        assertThat(article.sections()).extracting(Section::anchor).containsExactly("safety", "safety-1");
    }

    @Test
    void rejectsFilesWithoutUsableFrontMatter() {
        assertThatThrownBy(() -> parser.parse("a", "# Just a heading\nText."))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("missing front matter");
        assertThatThrownBy(() -> parser.parse("a", "---\ntitle: T\n---\nText."))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("no 'url'");
        assertThatThrownBy(() -> parser.parse("a", "---\ntitle: T\nurl: /t\nText without end"))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> parser.parse("a", "---\ntitle: T\nurl: /t\n---\n"))
                .isInstanceOf(MalformedArticleException.class).hasMessageContaining("no text");
    }

    @Test
    void slugsFollowGitHubStyle() throws IOException {
        assertThat(ArticleParser.slug("Who Should Consider IV Fluids for Magnesium Deficiency?"))
                .isEqualTo("who-should-consider-iv-fluids-for-magnesium-deficiency");
        assertThat(ArticleParser.slug("Café & Crème")).isEqualTo("cafe-creme");
    }
}
