package com.clinicchat.answering;

import com.clinicchat.knowledge.Section;
import com.clinicchat.triage.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Offline answers quote the section they cite, and nothing else. */
class OfflineAnswerGeneratorTest {

    static final AssistantFixture PIPELINE = new AssistantFixture();

    @ParameterizedTest
    @ValueSource(strings = {
            "How does magnesium lower blood pressure?",
            "What helps muscles recover after a hard workout?",
            "Does magnesium help with nighttime leg cramps?",
            "What can a lack of magnesium do to the heart?",
            "What mild effects can happen during an infusion?",
            "Who is a magnesium drip ideal for?",
            "Why does an IV work better than supplements by mouth?"})
    void everySentenceOfAnAnswerIsInTheSectionItCites(String question) {
        AssistantReply reply = PIPELINE.assistant.reply(question, List.of());

        assertThat(reply.route()).isEqualTo(Route.ANSWER);
        assertThat(reply.citations()).hasSize(1);
        Section cited = sectionOf(reply.citations().getFirst());
        String body = normalise(cited.body());
        for (String piece : pieces(reply.text())) {
            assertThat(body).as("cited section %s holds \"%s\"", cited.id(), piece).contains(normalise(piece));
        }
        assertThat(reply.citations().getFirst().url()).isEqualTo("/blog/magnesium-iv-benefits#" + cited.anchor());
    }

    @Test
    void aWhoQuestionGetsTheListWithItsIntroduction() {
        AssistantReply reply = PIPELINE.assistant.reply("Who should be careful about getting magnesium IVs?", List.of());

        assertThat(reply.text()).contains("caution for:").contains("\n- People with kidney disease")
                .contains("\n- Pregnant or breastfeeding women");
        assertThat(reply.citations()).extracting(Citation::section).containsExactly("Safety and Considerations");
    }

    @Test
    void answersAreShort() {
        AssistantReply reply = PIPELINE.assistant.reply("What does magnesium do for the heart?", List.of());
        assertThat(reply.text().split("(?<=[.!?])\\s+")).hasSizeLessThanOrEqualTo(4);
        assertThat(reply.text().length()).isLessThan(700);
    }

    @Test
    void aShortParagraphOfALongSectionIsFollowedByTheNextWhileTheAnswerFitsAPhoneScreen() {
        // the introduction is nine sentences in four short paragraphs: too long to give whole
        AssistantReply reply = PIPELINE.assistant.reply("why cant people just get enough magnesium from food",
                List.of());

        assertThat(reply.citations()).extracting(Citation::section)
                .containsExactly("Magnesium IV Benefits: How Infusions Support Heart and Muscle Health");
        // the paragraph on absorption the passage is in, then the two after it; never the one before
        assertThat(reply.text()).startsWith("That’s where magnesium IV drip therapy comes in.")
                .contains("used in wellness for fatigue, stress, and muscle cramps")
                .endsWith("two critical areas of health: the heart and the muscles.")
                .doesNotContain("relaxation mineral");
        assertThat(reply.text().length()).isLessThanOrEqualTo(700);
    }

    private static Section sectionOf(Citation citation) {
        return PIPELINE.retrieval.knowledge.current().sections().stream()
                .filter(section -> section.url().equals(citation.url()))
                .findFirst().orElseThrow();
    }

    /** Sentences and list items of an answer, without a leading "But"/"And" the answerer may drop. */
    private static List<String> pieces(String answer) {
        List<String> pieces = new ArrayList<>();
        for (String line : answer.split("\n")) {
            String text = line.startsWith("- ") ? line.substring(2) : line;
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                pieces.add(sentence.replaceFirst("^(But|And|So|Also|However,)\\s+", ""));
            }
        }
        return pieces;
    }

    private static String normalise(String text) {
        return text.toLowerCase().replaceAll("\\s+", " ");
    }
}
