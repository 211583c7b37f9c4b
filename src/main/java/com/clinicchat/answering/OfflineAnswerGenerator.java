package com.clinicchat.answering;

import com.clinicchat.knowledge.Section;
import com.clinicchat.retrieval.Retrieval;
import com.clinicchat.retrieval.RetrievedPassage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Answers with the article's own sentences, so that nothing is said that the article does not say: the passage
 * that best covers the question and up to two more from its section, in the article's order; or a list with the
 * sentence that introduces it, for "who" questions and for answers that sit in a list.
 */
public class OfflineAnswerGenerator implements AnswerGenerator {

    private static final Pattern LIST_QUESTION = Pattern.compile(
            "\\b(who|whom)\\b|\\bwhich (people|patients|persons|individuals|conditions|groups)\\b");
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile("^(But|And|So|Also|However,)\\s+");
    private static final Pattern TRAILING_LEAD_IN = Pattern.compile("(?<=[.!?])\\s+[^.!?]*:$");
    private static final int MAX_SENTENCES = 3;
    private static final int MAX_LIST_ITEMS = 6;
    private static final int MAX_LEAD_IN_CHARS = 160;
    private static final int SHORT_ANSWER_CHARS = 120;
    private static final double SUPPORT_SCORE_RATIO = 0.6;
    /** Coverage decides the best passage; within this margin the fused score does. */
    private static final double COVERAGE_TIE = 0.05;
    private static final double PAIR_BONUS = 0.1;

    @Override
    public GeneratedAnswer answer(String question, Retrieval retrieval, Consumer<String> onDelta) {
        GeneratedAnswer answer = compose(question, retrieval);
        onDelta.accept(answer.text());
        return answer;
    }

    GeneratedAnswer compose(String question, Retrieval retrieval) {
        List<RetrievedPassage> passages = retrieval.passages();
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("nothing retrieved to answer from");
        }
        String lower = question.toLowerCase(Locale.ROOT);
        if (LIST_QUESTION.matcher(lower).find()) {
            List<RetrievedPassage> bestList = strongestList(passages);
            if (!bestList.isEmpty()) {
                return listAnswer(bestList.getFirst().section(), bestList.getFirst().leadIn(), List.of());
            }
        }
        RetrievedPassage best = best(passages, wordPairs(lower));
        if (best.listItem() && !best.leadIn().isEmpty()) {
            List<String> found = passages.stream()
                    .filter(p -> p.section().equals(best.section()) && p.leadIn().equals(best.leadIn()))
                    .map(RetrievedPassage::text).toList();
            return listAnswer(best.section(), best.leadIn(), found);
        }
        if (best.text().endsWith(":")) {
            return listAnswer(best.section(), best.text(), List.of());
        }
        return sentenceAnswer(best, passages);
    }

    /**
     * The passage that covers most of the question's rarer words, with a bonus for each pair of the question's
     * words that it or its heading uses verbatim ("relaxation mineral"); the fused rank settles near-ties.
     */
    private static RetrievedPassage best(List<RetrievedPassage> passages, List<String> questionPairs) {
        Map<RetrievedPassage, Double> focus = new LinkedHashMap<>();
        for (RetrievedPassage passage : passages) {
            String text = passage.text().toLowerCase(Locale.ROOT);
            String heading = passage.section().heading().toLowerCase(Locale.ROOT);
            long pairs = questionPairs.stream().filter(pair -> text.contains(pair) || heading.contains(pair)).count();
            focus.put(passage, passage.coverage() + PAIR_BONUS * pairs);
        }
        double top = focus.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return passages.stream()
                .filter(p -> focus.get(p) >= top - COVERAGE_TIE)
                .max(Comparator.comparingDouble(RetrievedPassage::score))
                .orElseThrow();
    }

    /** Consecutive pairs of the question's longer words, e.g. "relaxation mineral". */
    private static List<String> wordPairs(String lowerQuestion) {
        String[] words = lowerQuestion.split("[^a-z]+");
        List<String> pairs = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            if (words[i - 1].length() >= 4 && words[i].length() >= 4) {
                pairs.add(words[i - 1] + " " + words[i]);
            }
        }
        return pairs;
    }

    /** The items of the list with the most retrieved evidence (items and the sentence introducing them). */
    private static List<RetrievedPassage> strongestList(List<RetrievedPassage> passages) {
        Map<String, List<RetrievedPassage>> lists = new LinkedHashMap<>();
        passages.stream().filter(p -> p.listItem() && !p.leadIn().isEmpty())
                .forEach(p -> lists.computeIfAbsent(p.section().id() + "\n" + p.leadIn(), k -> new ArrayList<>()).add(p));
        return lists.values().stream()
                .max(Comparator.comparingDouble(items -> items.stream().mapToDouble(RetrievedPassage::score).sum()
                        + passages.stream().filter(p -> p.text().equals(items.getFirst().leadIn()))
                        .mapToDouble(RetrievedPassage::score).sum()))
                .orElse(List.of());
    }

    /** The list's lead-in and its items: those in {@code only} when given, otherwise all. */
    private static GeneratedAnswer listAnswer(Section section, String leadIn, List<String> only) {
        List<String> items = listItems(section, leadIn).stream()
                .filter(item -> only.isEmpty() || only.contains(item))
                .limit(MAX_LIST_ITEMS).toList();
        String intro = leadIn.length() > MAX_LEAD_IN_CHARS ? lastSentence(leadIn) : leadIn;
        StringBuilder text = new StringBuilder(tidy(intro));
        items.forEach(item -> text.append("\n- ").append(item));
        return new GeneratedAnswer(text.toString(), List.of(citation(section)));
    }

    private static GeneratedAnswer sentenceAnswer(RetrievedPassage best, List<RetrievedPassage> passages) {
        List<RetrievedPassage> chosen = new ArrayList<>(List.of(best));
        passages.stream()
                .filter(p -> p != best && !p.listItem() && p.section().equals(best.section()))
                .filter(p -> p.score() >= best.score() * SUPPORT_SCORE_RATIO)
                .limit(MAX_SENTENCES - 1)
                .forEach(chosen::add);
        chosen.sort(Comparator.comparingInt(p -> p.section().body().indexOf(p.text())));
        List<String> sentences = new ArrayList<>(chosen.stream()
                .map(p -> tidy(TRAILING_LEAD_IN.matcher(p.text()).replaceFirst("")))
                .filter(sentence -> !sentence.endsWith(":"))
                .toList());
        if (chosen.size() == 1 && best.text().length() < SHORT_ANSWER_CHARS) {
            // a short sentence often announces what the next one says ("side effects can occur. These include…")
            nextSentence(best.section(), best.text()).filter(next -> !next.endsWith(":")).ifPresent(sentences::add);
        }
        String text = String.join(" ", sentences);
        return new GeneratedAnswer(text.isEmpty() ? tidy(best.text()) : text, List.of(citation(best.section())));
    }

    /** The sentence after {@code passage} in the same paragraph of the section, if any. */
    private static java.util.Optional<String> nextSentence(Section section, String passage) {
        String body = section.body();
        int end = body.indexOf(passage);
        if (end < 0) {
            return java.util.Optional.empty();
        }
        end += passage.length();
        int paragraphEnd = body.indexOf('\n', end);
        String rest = body.substring(end, paragraphEnd < 0 ? body.length() : paragraphEnd).strip();
        if (rest.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(rest);
        return java.util.Optional.of(rest.substring(0, sentences.next()).strip());
    }

    /** The items of the list that {@code leadIn} introduces, in the article's order. */
    private static List<String> listItems(Section section, String leadIn) {
        String introduction = lastSentence(leadIn);
        List<String> items = new ArrayList<>();
        boolean inList = false;
        for (String line : section.body().split("\n")) {
            if (line.startsWith("- ")) {
                if (inList) {
                    items.add(line.substring(2).strip());
                }
            } else if (!line.isBlank()) {
                inList = line.strip().endsWith(introduction);
            }
        }
        return items;
    }

    private static String lastSentence(String text) {
        int cut = text.lastIndexOf(". ");
        return cut < 0 ? text : text.substring(cut + 2);
    }

    /** Drops a leading "But"/"And" that only made sense after the previous sentence. */
    private static String tidy(String sentence) {
        String stripped = LEADING_CONNECTIVE.matcher(sentence).replaceFirst("");
        return stripped.isEmpty() ? sentence : Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
    }

    static Citation citation(Section section) {
        return new Citation(section.articleTitle(), section.heading(), section.url());
    }
}
