package com.clinicchat.llm.grounding;

import com.clinicchat.text.EnglishVocabulary;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that carry a claim of their own (conditions, body parts, substances, outcomes, people, clinical facts),
 * from {@code llm/claim-terms.txt}, plus words that look medical by their form (-itis, -emia, drug endings) or are
 * names (capitalised inside a sentence). A sentence may name one only if its evidence names it too.
 */
final class ClaimTerms {

    /** One way of writing a concept, as stems; {@code concept} indexes the line it came from. */
    private record Term(List<String> stems, int concept) {
    }

    private static final Pattern MEDICAL_FORM = Pattern.compile(
            "[a-z]{3,}(itis|osis|emia|aemia|pathy|algia|oma|ectomy|plasty|olol|pril|sartan|statin|azole|cillin|"
                    + "mycin|dipine|prazole|oxetine|tidine|amine|mab)");
    /** Endings of chemical names (salts, elements, alcohols, sugars, enzymes): "glycinate", "oxide", "lysine". */
    private static final Pattern SUBSTANCE_FORM = Pattern.compile("[a-z]{3,}(?:ate|ite|ide|ine|ium|ol|ose|ase)s?");
    private static final Pattern NAME = Pattern.compile("(?<=[a-z,;] )[A-Z][a-z]+(?:'s)?");
    /**
     * An abbreviation in capitals ("GABA", "LDL"), wherever it stands in the sentence; two letters ("BP", "ME") are
     * too often everyday shorthand to judge by form.
     */
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{3,6}[0-9]*s?\\b");
    /**
     * "hypomagnesaemia", "hyperkalemia": too little or too much of something in the blood, which evidence naming
     * the substance with a word for low or high describes ("magnesium deficiency", "low calcium").
     */
    private static final Pattern BLOOD_LEVEL = Pattern.compile("(hypo|hyper)([a-z]{4,}?)a?emi[ac]");
    private static final Set<String> LOW = Words.stemsOf("low", "lower", "deficiency", "deficient", "lack",
            "insufficient", "depleted", "depletion", "drop", "shortage", "inadequate");
    private static final Set<String> HIGH = Words.stemsOf("high", "higher", "excess", "excessive", "elevated",
            "overload", "buildup", "toxicity");
    /** Capitals that name nothing new: the pronoun and the clinic's own treatment ("IV"); see also {@link #notAName}. */
    private static final Set<String> NOT_NAMES = Set.of("I", "IV");

    /**
     * Chemical symbols with the element each writes ("Mg" is magnesium): capitalised like a name, but no new one
     * where the evidence or the articles' subject names the element.
     */
    private static final java.util.Map<String, String> ELEMENTS = java.util.Arrays.stream(("Na sodium, Mg magnesium, "
            + "Ca calcium, Fe iron, Zn zinc, Cu copper, Mn manganese, Se selenium, Cr chromium, Mo molybdenum, "
            + "Co cobalt, Cl chloride, Li lithium, Si silicon, Ni nickel, Pb lead, Hg mercury, Cd cadmium, "
            + "Al aluminium, Sr strontium, Br bromine").split(", "))
            .map(pair -> pair.split(" ")).collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> pair[1]));

    /**
     * Claim words for a faculty that are also everyday figures of speech: "focus" is mental focus in "improves focus",
     * but points at something in "focus on the heart", "focused support", "a particular focus", "focus areas".
     */
    private static final Set<String> FIGURATIVE = Words.stemsOf("focus");
    private static final Set<String> POINTING = Set.of("particular", "special", "main", "key", "major",
            "primary", "central");
    /**
     * Faculties that are also verbs of aiming something: "focuses its effects", "concentrates their support" (a
     * person's focus or concentration takes no such object).
     */
    private static final Set<String> AIMING = Words.stemsOf("focus", "concentrate");
    /** "focus areas", "focus points": "focus" naming what something is aimed at, before a noun for a topic. */
    private static final Set<String> TOPIC_NOUNS = Set.of("area", "areas", "point", "points", "group", "groups",
            "topic", "topics", "region", "regions", "target", "targets");

    private final List<Term> terms;
    private final List<List<Term>> concepts;

    private ClaimTerms(List<Term> terms, List<List<Term>> concepts) {
        this.terms = terms;
        this.concepts = concepts;
    }

    static ClaimTerms load() {
        try {
            return parse(new ClassPathResource("llm/claim-terms.txt").getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClaimTerms parse(String text) {
        List<Term> terms = new ArrayList<>();
        List<List<Term>> concepts = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Term> concept = new ArrayList<>();
            for (String variant : line.split("\\|")) {
                List<String> stems = Words.of(variant.strip()).stems();
                if (!stems.isEmpty()) {
                    concept.add(new Term(stems, concepts.size()));
                }
                if (stems.size() == 2) {
                    // a compound said with "of" ("growth of muscle" for "muscle growth", "density of bone") names
                    // the same thing
                    concept.add(new Term(List.of(stems.get(1), "of", stems.get(0)), concepts.size()));
                }
            }
            concepts.add(concept);
            terms.addAll(concept);
        }
        terms.sort(Comparator.comparingInt((Term term) -> term.stems().size()).reversed());
        return new ClaimTerms(List.copyOf(terms), List.copyOf(concepts));
    }

    /**
     * The first claim word of {@code sentence} that {@code evidence} does not name, if any. Longer phrases are
     * matched first, so "heart attack" must be named as such, not just "heart".
     */
    Optional<String> firstUnsupported(String sentence, Words words, Words evidence, String evidenceText) {
        boolean[] used = new boolean[words.size()];
        for (Occurrence occurrence : occurrences(words, used)) {
            Term term = occurrence.term();
            int at = occurrence.at();
            // the articles' subject ("zinc" in a clinic writing only about zinc) is named by every passage
            boolean named = concepts.get(term.concept()).stream().anyMatch(t -> evidence.containsPhrase(t.stems()))
                    || term.stems().size() == 1 && (describedAsBloodLevel(words.words().get(at), evidence)
                    || words.subject().contains(words.words().get(at)));
            if (!named && !overlapsNamedTerm(words, at, term, evidence)) {
                return Optional.of(String.join(" ", words.words().subList(at, at + term.stems().size())));
            }
        }
        Set<String> evidenceWords = new HashSet<>(evidence.words());
        for (int i = 0; i < words.size(); i++) {
            String word = words.words().get(i);
            if (!used[i] && MEDICAL_FORM.matcher(word).matches() && !evidenceWords.contains(word)
                    && !describedAsBloodLevel(word, evidence)) {
                return Optional.of(word);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.words().get(i);
            // "magnesium glycinate", "zinc picolinate": a substance's form, in no passage and no everyday English
            if (!used[i] && SUBSTANCE_FORM.matcher(word).matches() && !evidenceWords.contains(word)
                    && !EnglishVocabulary.knows(word) && !words.subject().contains(word) && !asVerb(words, i)) {
                return Optional.of(word);
            }
        }
        var acronyms = ACRONYM.matcher(sentence);
        while (acronyms.find()) {
            String acronym = acronyms.group().replaceFirst("(?<=[A-Z])s$", "");
            if (!notAName(acronym, words) && !evidenceText.contains(acronym) && !spelledOut(acronym, evidence)
                    && !spelledOut(acronym, words) && !namedAsTerm(acronym, evidence)) {
                return Optional.of(acronym);
            }
        }
        var names = NAME.matcher(sentence);
        while (names.find()) {
            String name = names.group().replace("'s", "");
            if (!notAName(name, words) && !evidenceText.contains(name)
                    && !symbolOfNamedElement(name, words, evidence)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * "poorer blood sugar handling": "blood sugar" (diabetes) and "sugar handling" (glucose metabolism) share a word,
     * and the passage names the second. Words that two terms of the same length can be read as are read as the one the
     * evidence names.
     */
    private boolean overlapsNamedTerm(Words words, int at, Term unnamed, Words evidence) {
        int end = at + unnamed.stems().size();
        for (Term other : terms) {
            if (other.concept() == unnamed.concept() || other.stems().size() != unnamed.stems().size()) {
                continue;
            }
            for (int start = Math.max(0, at - other.stems().size() + 1); start < end; start++) {
                if (start != at && words.indexOf(other.stems(), start) == start
                        && concepts.get(other.concept()).stream().anyMatch(t -> evidence.containsPhrase(t.stems()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "can overexcite the fibres", "may precipitate": a verb of the same ending, which names no substance. */
    private static boolean asVerb(Words words, int at) {
        String before = at > 0 ? words.words().get(at - 1) : "";
        String after = at + 1 < words.size() ? words.words().get(at + 1) : "";
        return before.matches("can|could|may|might|will|would|to|not|cannot|does|do|did|over|also|often|usually")
                || before.endsWith("n't") || after.matches("the|a|an|this|that|these|those|it|them|their|its|his|her");
    }

    private static boolean figurative(Words words, int at) {
        String word = words.words().get(at);
        String next = at + 1 < words.size() ? words.words().get(at + 1) : "";
        if (AIMING.contains(words.stems().get(at)) && next.matches("its|their")) {
            return true; // "concentrates its support on the heart": a thing's aim, not a person's mind
        }
        if (!FIGURATIVE.contains(words.stems().get(at))) {
            return false;
        }
        String before = at > 0 ? words.words().get(at - 1) : "";
        return next.equals("on") || word.endsWith("ed") || POINTING.contains(before) || TOPIC_NOUNS.contains(next);
    }

    /** "Mg" where the evidence or the articles' subject says "magnesium". */
    private static boolean symbolOfNamedElement(String capitalised, Words words, Words evidence) {
        String element = ELEMENTS.get(capitalised);
        return element != null && (evidence.words().contains(element) || words.subject().contains(element));
    }

    /** "I", "IV", or a subject word of the articles written with a capital ("…, Magnesium helps"). */
    private static boolean notAName(String capitalised, Words words) {
        return NOT_NAMES.contains(capitalised) || words.subject().contains(capitalised.toLowerCase(Locale.ROOT));
    }

    /**
     * The stems of the sentence's claim words that the evidence names in other words ("high blood pressure" for
     * "hypertension", "heart" for "cardiac"): shared meaning that word overlap alone would miss.
     */
    Set<String> namedOtherwise(Words words, Words evidence) {
        Set<String> named = new HashSet<>();
        for (Occurrence occurrence : occurrences(words, new boolean[words.size()])) {
            Term term = occurrence.term();
            if (concepts.get(term.concept()).stream().anyMatch(t -> evidence.containsPhrase(t.stems()))) {
                named.addAll(term.stems());
            }
        }
        return named;
    }

    /**
     * "hypomagnesaemia" where the evidence says "magnesium deficiency", "hypercalcemia" for "high calcium levels": the
     * substance's name must start as the word's middle does, and the evidence must say low (or high) as the prefix
     * does. Names that do not ("hyperkalemia" for potassium) stay unsupported, which is safe.
     */
    static boolean describedAsBloodLevel(String word, Words evidence) {
        var parts = BLOOD_LEVEL.matcher(word);
        if (!parts.matches()) {
            return false;
        }
        String substance = parts.group(2);
        Set<String> direction = parts.group(1).equals("hypo") ? LOW : HIGH;
        return evidence.words().stream().anyMatch(w -> w.startsWith(substance))
                && evidence.stems().stream().anyMatch(direction::contains);
    }

    /**
     * "CFS" for "chronic fatigue syndrome": the evidence's words' initials spell it (or the sentence's own, whose
     * words the other checks judge).
     */
    static boolean spelledOut(String acronym, Words evidence) {
        String letters = acronym.toLowerCase(java.util.Locale.ROOT).replaceAll("[0-9]", "");
        for (int i = 0; i + letters.length() <= evidence.size(); i++) {
            boolean spells = true;
            for (int j = 0; j < letters.length() && spells; j++) {
                spells = evidence.words().get(i + j).charAt(0) == letters.charAt(j);
            }
            if (spells) {
                return true;
            }
        }
        return false;
    }

    /** An abbreviation listed as a claim word ("COPD", "ADHD") is judged as one, by its concept. */
    private boolean namedAsTerm(String acronym, Words evidence) {
        List<String> stems = Words.of(acronym).stems();
        return terms.stream().filter(term -> term.stems().equals(stems)).anyMatch(term ->
                concepts.get(term.concept()).stream().anyMatch(t -> evidence.containsPhrase(t.stems())));
    }

    private record Occurrence(Term term, int at) {
    }

    /**
     * Where the claim terms stand in {@code words}, longer phrases first and none overlapping another, each word
     * marked in {@code used}; a one-word term used figuratively marks its word but is not returned.
     */
    private List<Occurrence> occurrences(Words words, boolean[] used) {
        List<Occurrence> found = new ArrayList<>();
        for (Term term : terms) {
            for (int at = words.indexOf(term.stems(), 0); at >= 0; at = words.indexOf(term.stems(), at + 1)) {
                if (anyUsed(used, at, term.stems().size())) {
                    continue;
                }
                for (int i = at; i < at + term.stems().size(); i++) {
                    used[i] = true;
                }
                if (term.stems().size() != 1 || !figurative(words, at)) {
                    found.add(new Occurrence(term, at));
                }
            }
        }
        return found;
    }

    private static boolean anyUsed(boolean[] used, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }
}
