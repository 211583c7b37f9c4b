package com.clinicchat.knowledge;

import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clinic's articles are about, read from the articles themselves: the words of an article title that also
 * occur in at least {@link #MIN_SHARE} of all sections ("magnesium" while the clinic publishes only its magnesium
 * article). A sentence or question naming the subject says nothing by that word, so the grounding verifier does not
 * count it as a claim word and knowledge gaps are compared without it. No article's topic is written into the code:
 * a clinic whose articles are about zinc gets "zinc".
 * <p>
 * The share is over all sections, so with several articles on different substances none of them is the subject
 * (each is in too few sections): the verifier then holds each substance's name to its passage, the stricter side.
 *
 * @param words lower-case words, as written (not stemmed)
 */
public record SubjectWords(Set<String> words) {

    /** Share of sections a title word must occur in: four of five, so a word most sections merely share stays out. */
    public static final double MIN_SHARE = 0.8;
    /** Fewer sections than this say too little about what is common to them: no subject then. */
    public static final int MIN_SECTIONS = 4;
    public static final SubjectWords NONE = new SubjectWords(Set.of());

    private static final Pattern WORD = Pattern.compile("[\\p{L}0-9]+");

    public SubjectWords {
        words = Set.copyOf(words);
    }

    public static SubjectWords of(List<Article> articles) {
        List<Section> sections = articles.stream().flatMap(article -> article.sections().stream()).toList();
        if (sections.size() < MIN_SECTIONS) {
            return NONE;
        }
        Set<String> titleWords = new HashSet<>();
        articles.forEach(article -> titleWords.addAll(wordsOf(article.title())));
        titleWords.removeIf(word -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word));
        Map<String, Integer> sectionsWith = new HashMap<>();
        for (Section section : sections) {
            Set<String> words = wordsOf(section.heading() + "\n" + section.body());
            words.retainAll(titleWords);
            words.forEach(word -> sectionsWith.merge(word, 1, Integer::sum));
        }
        Set<String> subject = new HashSet<>();
        sectionsWith.forEach((word, count) -> {
            if (count >= MIN_SHARE * sections.size()) {
                subject.add(word);
            }
        });
        return new SubjectWords(subject);
    }

    private static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
