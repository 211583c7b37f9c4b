package com.clinicchat.answering;

import com.clinicchat.answering.SectionBlocks.Block;
import com.clinicchat.knowledge.Section;
import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.retrieval.RetrievedPassage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Answers with the article's own words, so that nothing is said that the article does not say. The passage that
 * best fits the question picks the section; a compact section is given whole (a safety question gets the
 * tolerance sentence, the side effects and the caution list together), a long one gives the paragraph or list
 * around that passage, and the paragraphs after it while they fit. Lists stay lists; the clinic speaking of itself is included only when that is what was
 * asked about.
 */
public class OfflineAnswerGenerator implements AnswerGenerator {

    /** Sections with at most this many explanatory sentences are answered whole. */
    private static final int COMPACT_SECTION_SENTENCES = 6;
    /** A longer paragraph is cut to a window around the best sentence. */
    private static final int MAX_PARAGRAPH_SENTENCES = 4;
    private static final int MAX_LIST_ITEMS = 8;
    /** About a phone screen of reading: a compact section longer than this is cut around the passage instead. */
    private static final int MAX_WHOLE_SECTION_CHARS = 700;
    /** How much meaning and word coverage count beside the fused rank when choosing the passage. */
    private static final double COSINE_WEIGHT = 0.0;
    private static final double COVERAGE_WEIGHT = 0.5;
    /** Sentences that lean on the one before them ("It acts as…", "These include…", "But…"). */
    private static final Pattern DANGLING = Pattern.compile(
            "^(It|Its|This|These|That|Those|They|Their|Such|But|And|So|Also|However|Which)\\b");

    @Override
    public GeneratedAnswer answer(String question, Retrieval retrieval, Consumer<String> onDelta) {
        GeneratedAnswer answer = compose(retrieval);
        onDelta.accept(answer.text());
        return answer;
    }

    GeneratedAnswer compose(Retrieval retrieval) {
        List<RetrievedPassage> passages = retrieval.passages();
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("nothing retrieved to answer from");
        }
        RetrievedPassage best = best(passages);
        SectionBlocks blocks = SectionBlocks.of(best.section());
        int at = blocks.indexOf(best.text());
        String text = at < 0 ? best.text() : excerpt(blocks, at, best.text());
        return new GeneratedAnswer(text, List.of(citation(best.section())));
    }

    /**
     * A compact section whole if it fits about a phone screen, else the paragraph or list around the passage; the
     * clinic's own paragraph alone would be a sales pitch, so with it the whole section is kept whatever its length.
     */
    private static String excerpt(SectionBlocks blocks, int at, String passage) {
        if (blocks.explanatorySentences() <= COMPACT_SECTION_SENTENCES) {
            String whole = render(wholeSection(blocks, at));
            if (whole.length() <= MAX_WHOLE_SECTION_CHARS || blocks.blocks().get(at).clinicVoice()) {
                return whole;
            }
        }
        return render(followedWhileItFits(blocks, at, around(blocks, at, passage)));
    }

    /**
     * A paragraph of a long section, then the paragraphs after it while the answer fits about a phone screen: an
     * introduction's short paragraphs each carry part of its summary ("why isn't food enough" is answered by the
     * paragraph on diet and the one on absorption after it). A list, or a paragraph cut short, ends the answer; the
     * clinic's own paragraph is left out as in {@link #wholeSection}.
     */
    private static List<String> followedWhileItFits(SectionBlocks blocks, int at, List<String> parts) {
        List<Block> all = blocks.blocks();
        if (all.get(at).isList() || !parts.containsAll(all.get(at).sentences())) {
            return parts;
        }
        List<String> answer = new ArrayList<>(parts);
        for (int next = at + 1; next < all.size(); next++) {
            Block block = all.get(next);
            if (block.clinicVoice()) {
                continue;
            }
            if (block.isList() || block.introducesList()) {
                break;
            }
            List<String> longer = new ArrayList<>(answer);
            longer.addAll(block.sentences());
            if (render(longer).length() > MAX_WHOLE_SECTION_CHARS) {
                break;
            }
            answer = longer;
        }
        return answer;
    }

    /** The passage that best fits the question: fused rank first, then closeness in meaning and word coverage. */
    private static RetrievedPassage best(List<RetrievedPassage> passages) {
        double top = passages.stream().mapToDouble(RetrievedPassage::score).max().orElse(1);
        return passages.stream()
                .max(Comparator.comparingDouble(p -> p.score() / top + COSINE_WEIGHT * p.cosine()
                        + COVERAGE_WEIGHT * p.coverage()))
                .orElseThrow();
    }

    /** Every block of a compact section, leaving out the clinic's own voice unless the passage is in it. */
    private static List<String> wholeSection(SectionBlocks blocks, int at) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < blocks.blocks().size(); i++) {
            Block block = blocks.blocks().get(i);
            if (block.clinicVoice() && i != at) {
                continue;
            }
            add(parts, block);
        }
        return parts;
    }

    /** In a long section: the paragraph or list around the passage, with a list's lead-in or a lead-in's list. */
    private static List<String> around(SectionBlocks blocks, int at, String passage) {
        List<Block> all = blocks.blocks();
        Block block = all.get(at);
        List<String> parts = new ArrayList<>();
        if (block.isList()) {
            if (at > 0 && all.get(at - 1).introducesList()) {
                parts.add(tidy(all.get(at - 1).sentences().getLast()));
            }
            add(parts, block);
            return parts;
        }
        List<String> sentences = block.sentences();
        if (sentences.size() > MAX_PARAGRAPH_SENTENCES) {
            sentences = window(sentences, passage);
        }
        parts.addAll(sentences);
        if (block.introducesList() && at + 1 < all.size() && all.get(at + 1).isList()
                && sentences.getLast().equals(block.sentences().getLast())) {
            add(parts, all.get(at + 1));
        }
        if (!parts.isEmpty()) {
            parts.set(0, tidy(parts.getFirst()));
        }
        return parts;
    }

    /** The sentence holding the passage, the one before it if it leans on it, and the one after. */
    private static List<String> window(List<String> sentences, String passage) {
        int index = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(passage) || passage.contains(sentences.get(i))) {
                index = i;
                break;
            }
        }
        int from = index;
        while (from > 0 && DANGLING.matcher(sentences.get(from)).find()) {
            from--;
        }
        int to = Math.min(sentences.size(), Math.max(index + 2, from + 2));
        return sentences.subList(from, to);
    }

    private static void add(List<String> parts, Block block) {
        if (block.isList()) {
            block.items().stream().limit(MAX_LIST_ITEMS).forEach(item -> parts.add("- " + item));
        } else {
            parts.addAll(block.sentences());
        }
    }

    /** Sentences joined into prose; list items on lines of their own. */
    private static String render(List<String> parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            boolean item = part.startsWith("- ");
            if (!text.isEmpty()) {
                text.append(item || text.charAt(text.length() - 1) == ':' || endsWithItem(text) ? "\n" : " ");
            }
            text.append(part);
        }
        return text.toString();
    }

    private static boolean endsWithItem(StringBuilder text) {
        int lineStart = text.lastIndexOf("\n") + 1;
        return text.length() >= lineStart + 2 && text.charAt(lineStart) == '-' && text.charAt(lineStart + 1) == ' ';
    }

    /** Drops a leading "But"/"And" that only made sense after the previous sentence. */
    private static String tidy(String sentence) {
        String stripped = sentence.replaceFirst("^(But|And|So|Also|However,)\\s+", "");
        return stripped.isEmpty() ? sentence : Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
    }

    static Citation citation(Section section) {
        return new Citation(section.articleTitle(), section.heading(), section.url());
    }
}
