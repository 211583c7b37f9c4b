package com.clinicchat.retrieval;

import com.clinicchat.knowledge.ArticleParser;
import com.clinicchat.knowledge.KnowledgeSnapshot;
import com.clinicchat.knowledge.MalformedArticleException;
import com.clinicchat.knowledge.Section;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the section ranker knows of a whole section: its place in the outline, the rarest word, numbers asked for. */
class SectionFeaturesTest {

    private static final String ARTICLE = """
            ---
            title: "Zinc Infusions"
            url: /blog/zinc
            summary: "About zinc."
            ---

            # Zinc Infusions

            Zinc is a trace mineral the body cannot store.

            ## Why Zinc Matters

            Zinc supports immunity and wound healing.

            ### Skin

            Zinc helps skin cuts close faster.

            ## Booking

            Sessions take 30 minutes and are repeated every 2 weeks.
            """;

    private static SearchIndex index;

    @BeforeAll
    static void build() throws MalformedArticleException {
        index = SearchIndex.build(new KnowledgeSnapshot(List.of(new ArticleParser().parse("zinc", ARTICLE)), Map.of(),
                "", Instant.EPOCH), RetrieverFixture.MODEL);
    }

    @AfterAll
    static void release() {
        index.release();
    }

    private static Section section(String heading) {
        return index.snapshot().sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static Map<Section, double[]> features(String question) {
        float[] vector = RetrieverFixture.MODEL.embed(question).content().vector();
        var fused = KnowledgeRetriever.fuse(index, question, vector, RetrieverFixture.PROPERTIES,
                KnowledgeRetriever.Fusion.PLAIN);
        return SectionFeatures.of(index, fused, index.snapshot().sections(), question, index.terms(question));
    }

    @Test
    void aSectionIsAboveItsSubsectionsButTheIntroductionIsAboveNothingInParticular() {
        assertThat(SectionFeatures.isAncestor(section("Why Zinc Matters"), section("Skin"))).isTrue();
        assertThat(SectionFeatures.isAncestor(section("Skin"), section("Why Zinc Matters"))).isFalse();
        assertThat(SectionFeatures.isAncestor(section("Booking"), section("Skin"))).isFalse();
        assertThat(SectionFeatures.isAncestor(section("Zinc Infusions"), section("Skin"))).isFalse();
    }

    @Test
    void theOutlineMarksSubsectionsTheIntroductionAndAParentOrChildAlsoAmongTheCandidates() {
        Map<Section, double[]> features = features("does zinc help my skin?");
        double[] skin = features.get(section("Skin"));
        double[] parent = features.get(section("Why Zinc Matters"));
        double[] intro = features.get(section("Zinc Infusions"));
        assertThat(skin[0]).as("subsection").isEqualTo(1);
        assertThat(parent[0]).isZero();
        assertThat(intro[1]).as("introduction").isEqualTo(1);
        assertThat(parent[1]).isZero();
        assertThat(parent[2]).as("a subsection of it is a candidate").isEqualTo(1);
        assertThat(skin[3]).as("its parent is a candidate").isEqualTo(1);
        assertThat(features.get(section("Booking"))[2] + features.get(section("Booking"))[3]).isZero();
    }

    @Test
    void theQuestionsRarestWordIsLookedForInTheSectionAndItsHeading() {
        Map<Section, double[]> features = features("is it good for wound healing?");
        assertThat(features.get(section("Why Zinc Matters"))[4]).as("body holds 'wound'").isEqualTo(1);
        assertThat(features.get(section("Booking"))[4]).isZero();
        Map<Section, double[]> skin = features("what does it do for skin?");
        assertThat(skin.get(section("Skin"))[5]).as("heading holds 'skin'").isEqualTo(1);
        assertThat(skin.get(section("Why Zinc Matters"))[5]).isZero();
    }

    @Test
    void aQuestionAskingHowOftenMeetsTheSectionsThatGiveNumbers() {
        Map<Section, double[]> often = features("how often should I come back?");
        assertThat(often.get(section("Booking"))[7]).isEqualTo(1);
        assertThat(often.get(section("Why Zinc Matters"))[7]).as("no number in it").isZero();
        assertThat(features("why should I come back?").get(section("Booking"))[7]).as("no quantity asked").isZero();
    }
}
