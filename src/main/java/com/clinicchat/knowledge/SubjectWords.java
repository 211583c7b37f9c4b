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
 * <p>
 * The articles also give the names the clinic goes by ({@link #names()}): "Pure IV Utah" in "many individuals turn
 * to Pure IV Utah. Our licensed professionals…". Naming the clinic for the article's "we" or "our" claims nothing
 * either.
 *
 * @param words lower-case words, as written (not stemmed)
 * @param names the clinic's names as written: runs of two to four capitalised words inside a sentence of a section
 *              whose paragraph speaks as the clinic ("we", "our", "us")
 */
public record SubjectWords(Set<String> words, Set<String> names) {

    /** Share of sections a title word must occur in: four of five, so a word most sections merely share stays out. */
    public static final double MIN_SHARE = 0.8;
    /** Fewer sections than this say too little about what is common to them: no subject then. */
    public static final int MIN_SECTIONS = 4;
    public static final SubjectWords NONE = new SubjectWords(Set.of());

    private static final Pattern WORD = Pattern.compile("[\\p{L}0-9]+");
    /** Two to four capitalised words after a lower-case word or comma: a name, not a sentence's first word. */
    private static final Pattern NAME = Pattern.compile("(?<=[a-z,;] )[A-Z][\\p{L}]*(?: [A-Z][\\p{L}]*){1,3}\\b");
    private static final Pattern CLINIC_VOICE = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");

    public SubjectWords {
        words = Set.copyOf(words);
        names = Set.copyOf(names);
    }

    public SubjectWords(Set<String> words) {
        this(words, Set.of());
    }

    public static SubjectWords of(List<Article> articles) {
        List<Section> sections = articles.stream().flatMap(article -> article.sections().stream()).toList();
        Set<String> names = clinicNames(sections);
        if (sections.size() < MIN_SECTIONS) {
            return new SubjectWords(Set.of(), names);
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
        return new SubjectWords(subject, names);
    }

    private static Set<String> clinicNames(List<Section> sections) {
        Set<String> names = new HashSet<>();
        for (Section section : sections) {
            for (String paragraph : section.body().split("\\n\\s*\\n")) {
                if (!CLINIC_VOICE.matcher(paragraph).find()) {
                    continue;
                }
                Matcher name = NAME.matcher(paragraph);
                while (name.find()) {
                    names.add(name.group());
                }
            }
        }
        return names;
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
