package com.clinicchat.retrieval;

import com.clinicchat.knowledge.Article;
import com.clinicchat.knowledge.Section;
import com.clinicchat.knowledge.SubjectWords;
import com.clinicchat.text.EnglishVocabulary;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question is about a named thing that no article describes: another substance, therapy or product
 * ("a vitamin C drip", "NAD+", "glutathione infusions") while the clinic's articles are about magnesium. Passages
 * about the clinic's own drip are near in meaning to such a question and share its words ("drip", "side effects"),
 * so the learned coverage decision answers it from the wrong article; this check can only turn an answer into
 * "not covered".
 * <p>
 * Everything it knows of the subjects comes from the articles loaded: a thing is foreign when no article uses the
 * word, and it is the question's subject when it stands where the articles put their own subjects, directly before
 * a word that follows an article's subject word in that article ("magnesium <b>drip</b>", "magnesium
 * <b>infusions</b>", "magnesium <b>levels</b>", "IV" itself). A zinc clinic's question about a magnesium drip is
 * foreign until a magnesium article is added. Names that are named things by their shape count wherever they
 * stand: a word with a plus ("NAD+") and a letter name ("vitamin C") that no article writes. A word mentioned in
 * passing ("I take metformin, can I have the drip?") is in no subject's place and does not count; such questions
 * are for the router anyway. Only uncommon words count ({@link EnglishVocabulary#uncommon}): an everyday word
 * before "drip" ("my first drip", "a quick drip") names no other therapy.
 * <p>
 * A rule rather than a feature of the learned model: as a feature it scored a little better in cross-validation
 * and worse on validation, and it would move every other question's probability; as a rule it changes nothing
 * else (docs/evaluation.md, "Articles added at run time").
 */
final class ForeignSubject {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)?\\+?");
    /** Codes: letters then a digit ("b12", "coq10"). */
    private static final Pattern CODE = Pattern.compile("[a-z]+[0-9][a-z0-9]*");
    private static final Pattern LATIN = Pattern.compile("[a-z]+");
    /** Single letters that chat uses as words or abbreviations ("u", "r", "n", "w", "quick q") or that join words. */
    private static final String CHAT_LETTERS = "aiuwnrykbqoexy";
    /** Words from this length on may be short for an article's word ("mag") or its initials ("rls"). */
    private static final int SHORT_FORM = 3;
    private static final Pattern PHRASE_BREAK = Pattern.compile("[.!?;:,()\\n]");

    private final Set<String> articleWords;
    private final Set<String> subjectWords;
    private final Set<String> followers;
    private final Set<String> letterNames;
    private final Set<String> acronyms;
    private final Set<String> prefixes;
    private final Function<String, List<String>> stems;

    private ForeignSubject(Set<String> articleWords, Set<String> subjectWords, Set<String> followers,
                           Set<String> letterNames, Set<String> acronyms, Set<String> prefixes,
                           Function<String, List<String>> stems) {
        this.articleWords = articleWords;
        this.subjectWords = subjectWords;
        this.followers = followers;
        this.letterNames = letterNames;
        this.acronyms = acronyms;
        this.prefixes = prefixes;
        this.stems = stems;
    }

    /**
     * @param stems the index's stemmer, so that "infusions" in a question meets "infusion" after a subject word
     */
    static ForeignSubject of(List<Article> articles, Function<String, List<String>> stems) {
        Set<String> words = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        Set<String> followers = new HashSet<>();
        Set<String> letterNames = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (Article article : articles) {
            Set<String> subject = SubjectWords.of(List.of(article)).words();
            subjects.addAll(subject);
            List<String> texts = new ArrayList<>(List.of(article.title()));
            for (Section section : article.sections()) {
                texts.add(section.heading());
                texts.add(section.body());
            }
            for (String text : texts) {
                List<String> tokens = tokens(text);
                for (int i = 0; i < tokens.size(); i++) {
                    String word = base(tokens.get(i));
                    words.add(word);
                    for (int end = SHORT_FORM; end <= word.length(); end++) {
                        prefixes.add(word.substring(0, end)); // "mag", "vit": short for an article's word
                    }
                    if (i + 1 < tokens.size()) {
                        String next = base(tokens.get(i + 1));
                        if (next.length() == 1) {
                            letterNames.add(word + " " + next);
                        }
                        if (subject.contains(word) && !stopWord(next)) {
                            followers.addAll(stems.apply(next));
                        }
                    }
                }
                for (String phrase : PHRASE_BREAK.split(text)) {
                    acronyms.addAll(acronyms(tokens(phrase)));
                }
            }
        }
        return new ForeignSubject(Set.copyOf(words), Set.copyOf(subjects), Set.copyOf(followers),
                Set.copyOf(letterNames), Set.copyOf(acronyms), Set.copyOf(prefixes), stems);
    }

    /**
     * The foreign thing the question is about, if any.
     *
     * @param articlesUse whether the articles use a word, after stemming, synonyms and probable misspellings
     */
    Optional<String> in(String question, Predicate<String> articlesUse) {
        if (articleWords.isEmpty()) {
            return Optional.empty();
        }
        // a subject's place is read within a phrase: "una pregunta: magnesium" puts no word before "magnesium"
        for (String phrase : PHRASE_BREAK.split(question)) {
            Optional<String> found = inPhrase(tokens(phrase), articlesUse);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> inPhrase(List<String> tokens, Predicate<String> articlesUse) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String word = base(token);
            if (word.isEmpty() || token.indexOf('\'') >= 0) {
                continue;
            }
            if (word.length() == 1) {
                if (i > 0 && letterName(base(tokens.get(i - 1)), word)) {
                    return Optional.of(base(tokens.get(i - 1)) + " " + word);
                }
                continue;
            }
            if (known(word, articlesUse)) {
                continue;
            }
            if (token.endsWith("+") && LATIN.matcher(word).matches()) {
                return Optional.of(token);
            }
            // the vocabulary is English: a word of another script or language is not thereby a name
            boolean named = CODE.matcher(word).matches() || word.length() >= SHORT_FORM
                    && LATIN.matcher(word).matches() && EnglishVocabulary.uncommon(word) && !contraction(word);
            if (named && i + 1 < tokens.size() && inSubjectPlace(base(tokens.get(i + 1)))) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /**
     * A word and a letter that name something ("vitamin c", "vit c", "hep c") which no article writes: an article's
     * "vitamin D" names another vitamin, its "vitamin C" this one, also when shortened to "vit c".
     */
    private boolean letterName(String head, String letter) {
        return Character.isLetter(letter.charAt(0)) && CHAT_LETTERS.indexOf(letter.charAt(0)) < 0
                && head.length() >= SHORT_FORM && LATIN.matcher(head).matches() && !stopWord(head)
                && letterNames.stream().noneMatch(name -> name.endsWith(" " + letter) && name.startsWith(head));
    }

    /** Directly before what follows an article's subject ("drip", "infusions", "levels") or a subject word ("IV"). */
    private boolean inSubjectPlace(String next) {
        List<String> nextStems = stems.apply(next);
        return subjectWords.contains(next) || !nextStems.isEmpty() && followers.containsAll(nextStems);
    }

    private boolean known(String word, Predicate<String> articlesUse) {
        return articleWords.contains(word) || articlesUse.test(word) || shortForm(word);
    }

    /** Whether a word is an article's subject ("magnesium") or short for one ("mag"). */
    boolean subject(String word) {
        return subjectWords.contains(word)
                || word.length() >= SHORT_FORM && subjectWords.stream().anyMatch(subject -> subject.startsWith(word));
    }

    /** Whether a word may be short for an article's word ("mag") or the initials of three of them ("rls"). */
    boolean shortForm(String word) {
        return word.length() >= SHORT_FORM && (prefixes.contains(word) || acronyms.contains(word));
    }

    /** Initials of three consecutive content words of a phrase: "rls" for "restless legs syndrome". */
    private static Set<String> acronyms(List<String> tokens) {
        List<String> content = tokens.stream().map(ForeignSubject::base)
                .filter(word -> !word.isEmpty() && !stopWord(word)).toList();
        Set<String> acronyms = new HashSet<>();
        for (int i = 0; i + SHORT_FORM <= content.size(); i++) {
            StringBuilder initials = new StringBuilder();
            content.subList(i, i + SHORT_FORM).forEach(word -> initials.append(word.charAt(0)));
            acronyms.add(initials.toString());
        }
        return acronyms;
    }

    /** "dont", "cant", "doesnt": an apostrophe left out, not a name. */
    private static boolean contraction(String word) {
        return word.endsWith("nt") && (EnglishVocabulary.knows(word.substring(0, word.length() - 2))
                || EnglishVocabulary.knows(word.substring(0, word.length() - 3)));
    }

    private static boolean stopWord(String word) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
    }

    private static String base(String token) {
        return token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
