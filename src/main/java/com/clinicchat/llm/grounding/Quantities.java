package com.clinicchat.llm.grounding;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, quantities, durations, frequencies and doses: the details a model invents most readily ("within 10
 * minutes", "a 2 gram drip every week", "90% of patients") and a visitor trusts most. Each one a sentence states
 * must be stated by its evidence as well, word for word.
 */
final class Quantities {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Set<String> QUANTITY_WORDS = Set.of(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands",
            "million", "half", "double", "triple", "twice", "thrice", "once", "dozen", "dozens", "single", "percent",
            "quarter",
            // ordinals: a place in a ranking ("the fourth most abundant") is a quantity too; "first" is left out, as
            // in "talk to a doctor first"
            "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            // durations and frequencies
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly",
            "overnight", "per",
            // doses and amounts (units of measure are in UNITS)
            "dose", "doses", "dosage", "dosages", "dosing", "bag", "bags", "vial", "vials", "rate", "concentration");
    // "amount" is left out too: "in bigger amounts" restates "higher absorption"; a stated amount has a number

    /**
     * Units of measure: a quantity only with a number ({@link #measured}). Alone, "Mg" is magnesium's symbol, not
     * milligrams, and "Ca", "K", "Fe" or "Zn" name elements the same way.
     */
    private static final Set<String> UNITS = Set.of("mg", "milligram", "milligrams", "gram", "grams", "g", "ml",
            "milliliter", "milliliters", "millilitre", "millilitres", "mmol", "meq", "cc", "liter", "liters", "litre",
            "litres", "iu", "mcg", "microgram", "micrograms", "units");

    /** A unit written onto its number: "200mg", "2g". */
    private static final Pattern ATTACHED = Pattern.compile("\\d+(mg|g|ml|mmol|meq|cc|iu|mcg)");

    /** Words that state how many of a unit: "two grams", "a gram", "half a gram", "a few grams", "hundreds of mg". */
    private static final Set<String> HOW_MANY = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "hundred", "hundreds", "thousand", "thousands", "million", "half", "quarter", "dozen", "dozens",
            "few", "several", "couple", "single", "double", "triple");

    private static final Set<String> QUANTITY_STEMS = Words.stemsOf("double", "doubled", "doubling", "triple",
            "tripled", "tripling", "halve", "halved", "halving", "quadruple", "quadrupled", "tenfold", "twofold",
            "threefold", "fold");

    /**
     * A rank by amount or frequency ("the most abundant", "its least common"): a fact about the world the evidence must
     * state with the same superlative.
     */
    private static final Pattern SUPERLATIVE = Pattern.compile(
            "(?i)\\b(?:the|its|their|a|an)\\s+(?:[a-z]+\\s+)?((?:most|least)\\s+([a-z]{4,}))\\b");

    /** Small counts, which a sentence may state of the items it lists itself ("in three ways: …, … and …"). */
    private static final java.util.List<String> COUNTS = java.util.List.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    // "one" is left out: "one of the ways" is how people talk; "a single session" and numerals are still caught

    private Quantities() {
    }

    /**
     * "three ways: …, … and …": a count of the items the sentence lists after a colon or semicolon, or of the
     * evidence's list items ("- …" lines), states nothing new.
     */
    static boolean countsListedItems(String word, String sentence, String evidence) {
        int count = word.matches("\\d{1,2}") ? Integer.parseInt(word) : COUNTS.indexOf(word) + 2;
        if (count < 2 || count > COUNTS.size() + 1) {
            return false;
        }
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        Matcher counted = Pattern.compile("(?<!(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\\d{1,3}) (?:in|of|out of) )\\b" + word + "\\s+(?:[a-z-]+\\s+)?[a-z]+s\\b")
                .matcher(lower);
        if (!counted.find()) {
            return false; // "one in three adults" is a proportion, not a count of listed things
        }
        if (counted.group().endsWith(" times")) {
            return false; // "three times more effective" multiplies; it counts nothing listed
        }
        long listItems = evidence.lines().filter(line -> line.strip().startsWith("- ")).count();
        if (listItems == count) {
            return true;
        }
        int at = counted.start();
        int colon = lower.indexOf(':', at);
        int semicolon = lower.indexOf(';', at);
        int start = colon < 0 ? semicolon : semicolon < 0 ? colon : Math.min(colon, semicolon);
        if (at < 0 || start < 0) {
            return false;
        }
        String[] segments = lower.substring(start + 1).split(",");
        int items = (int) java.util.Arrays.stream(segments).filter(segment -> !segment.isBlank()).count();
        String last = segments[segments.length - 1].strip();
        if (!last.startsWith("and ") && !last.startsWith("or ") && last.matches(".*\\b(?:and|or)\\b.*")) {
            items++; // "A, B and C": the last two joined without a comma
        }
        return items == count;
    }

    /**
     * A count written in digits, as note-style replies write it ("3 cramp types: …", "2 things: energy + clearance"),
     * judged as the same count in words.
     */
    private static boolean countsInDigits(String number, String sentence, String evidence, Words evidenceWords) {
        if (!number.matches("\\d{1,2}")) {
            return false;
        }
        // only a count that introduces its own list ("3 types: …"): "3 sessions" beside a three-item list is new
        Matcher introduced = Pattern.compile("\\b" + number + "\\s+(?:[a-z-]+\\s+){0,2}[a-z-]+\\s*[:\u2014]")
                .matcher(sentence.toLowerCase(java.util.Locale.ROOT));
        if (introduced.find() && countsListedItems(number, sentence, evidence)) {
            return true;
        }
        Matcher parts = Pattern.compile("\\b" + number + "\\s+([a-z]+)").matcher(sentence.toLowerCase(java.util.Locale.ROOT));
        return number.equals("2") && evidenceWords.words().contains("both") && parts.find()
                && PARTS.contains(parts.group(1));
    }

    /** What "two" may count without stating a new fact: the sides or parts of what the sentence says. */
    private static final Set<String> PARTS = Set.of("ways", "areas", "things", "roles", "parts", "jobs", "reasons",
            "respects", "fronts", "sides", "aspects", "tasks", "functions", "counts");

    /** "helps in two ways" where the passage says "plays a role in both": the same count, in another word. */
    private static boolean bothInOtherWords(Words words, int at, Words evidence) {
        if (!words.words().get(at).equals("two") || !evidence.words().contains("both")) {
            return false;
        }
        for (int j = at + 1; j < Math.min(words.size(), at + 3); j++) {
            if (PARTS.contains(words.words().get(j))) {
                return true;
            }
        }
        return false;
    }

    /** What follows "once" when it opens a clause ("once you start", "once the levels are restored"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("you", "your", "you're", "you've", "the", "this",
            "that", "these", "those", "they", "their", "it", "its", "it's", "we", "our", "he", "she", "his", "her",
            "i", "my", "someone", "people", "patients");

    /**
     * "at once" (together, or straight away) and "once" opening a clause ("once the infusion starts") count nothing;
     * "once a week", "once monthly", "only once" still do.
     */
    private static boolean onceCountingNothing(Words words, int at) {
        if (!words.words().get(at).equals("once")) {
            return false;
        }
        String before = at >= 1 ? words.words().get(at - 1) : "";
        String after = at + 1 < words.size() ? words.words().get(at + 1) : "";
        // "Once levels fall too low, …": a conjunction opening the sentence or a clause, when no count follows it
        boolean opensClause = (at == 0 || CLAUSE_JOINS.contains(before)) && !after.isEmpty()
                && !COUNTED_AFTER_ONCE.contains(after);
        return before.equals("at") || CLAUSE_OPENERS.contains(after) || opensClause;
    }

    /** Words after which "once" opens a clause ("…, and once the drip starts"). */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "so", "then", "that", "because", "since",
            "even", "just");
    /** What follows a "once" that counts: "once a week", "once daily", "once or twice", "once per month". */
    private static final Set<String> COUNTED_AFTER_ONCE = Set.of("a", "an", "per", "every", "each", "daily", "weekly",
            "monthly", "yearly", "annually", "or", "more", "again", "in", "and", "only", "twice", "before");

    /**
     * Whether the word at {@code at} is a unit stated with its number: a numeral up to three words before ("200 mg",
     * "1-2 g", "2 or more grams"), or a word of how many right before it or before an "of" or "a" ("two grams",
     * "a gram", "hundreds of milligrams", "half a gram"). A unit without one is a name or symbol, not an amount.
     */
    static boolean measured(Words words, int at) {
        if (!UNITS.contains(words.words().get(at))) {
            return false;
        }
        for (int j = Math.max(0, at - 3); j < at; j++) {
            if (Character.isDigit(words.words().get(j).charAt(0))) {
                return true;
            }
        }
        String before = at >= 1 ? words.words().get(at - 1) : "";
        String twoBefore = at >= 2 ? words.words().get(at - 2) : "";
        return HOW_MANY.contains(before)
                || (before.equals("of") || before.equals("a")) && HOW_MANY.contains(twoBefore);
    }

    /**
     * A count without a number ("several clinic locations", "a few trials"): still a count, of things the evidence
     * must name. The sentence may count what it then lists itself ("several groups, including …", "several fronts:").
     */
    private static final Pattern VAGUE_COUNT = Pattern.compile(
            "\\b(several|multiple|numerous|a few|a couple of|a handful of)\\s+([a-z'-]+)(?:\\s+([a-z'-]+))?");
    private static final Pattern LISTED_AFTER = Pattern.compile("[:;\u2014]|\\b(?:including|such as|like|namely|e\\.?g)\\b");

    private static Optional<String> uncountedThing(String sentence, Words evidence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        Matcher count = VAGUE_COUNT.matcher(lower);
        while (count.find()) {
            if (LISTED_AFTER.matcher(lower.substring(count.end(1))).find()) {
                continue;
            }
            boolean named = false;
            for (int group = 2; group <= 3 && count.group(group) != null; group++) {
                Words counted = Words.of(count.group(group));
                named |= counted.size() == 0 || counted.filler(0)
                        || evidence.stems().contains(counted.stems().getFirst());
            }
            if (!named) {
                return Optional.of(count.group().strip());
            }
        }
        return Optional.empty();
    }

    /** The first number, quantity, duration or dose of the sentence that the evidence does not state. */
    static Optional<String> firstUnsupported(String sentence, Words words, String evidence, Words evidenceWords) {
        Optional<String> uncounted = uncountedThing(sentence, evidenceWords);
        if (uncounted.isPresent()) {
            return uncounted;
        }
        Set<String> evidenceNumbers = new HashSet<>();
        Matcher inEvidence = NUMBER.matcher(evidence);
        while (inEvidence.find()) {
            evidenceNumbers.add(inEvidence.group());
        }
        Matcher number = NUMBER.matcher(sentence);
        while (number.find()) {
            if (!evidenceNumbers.contains(number.group()) && !countsInDigits(number.group(), sentence, evidence,
                    evidenceWords)) {
                return Optional.of(number.group());
            }
        }
        if (sentence.contains("%") && !evidence.contains("%")) {
            return Optional.of("%");
        }
        Matcher superlative = SUPERLATIVE.matcher(sentence);
        while (superlative.find()) {
            String degree = superlative.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+")[0];
            String what = Words.of(superlative.group(2)).stems().getFirst();
            boolean stated = false;
            for (int i = 0; i < evidenceWords.size() - 1; i++) {
                stated |= evidenceWords.words().get(i).equals(degree) && evidenceWords.stems().get(i + 1).equals(what);
            }
            if (!stated && !Words.FILLER.contains(superlative.group(2).toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(superlative.group(1));
            }
        }
        Set<String> evidenceVocabulary = new HashSet<>(evidenceWords.words());
        evidenceVocabulary.addAll(evidenceWords.stems());
        evidenceWords.words().stream().map(ATTACHED::matcher).filter(Matcher::matches)
                .forEach(attached -> evidenceVocabulary.add(attached.group(1)));
        for (int i = 0; i < words.size(); i++) {
            Matcher attached = ATTACHED.matcher(words.words().get(i));
            boolean withItsNumber = attached.matches(); // "200mg": the number was checked above, its unit is here
            String word = withItsNumber ? attached.group(1) : words.words().get(i);
            // by stem as well, so that "doubling", "halved" and "tripled" count as the quantities they are
            if ((QUANTITY_WORDS.contains(word) || QUANTITY_STEMS.contains(words.stems().get(i)) || measured(words, i)
                    || withItsNumber)
                    && !evidenceVocabulary.contains(word) && !evidenceVocabulary.contains(words.stems().get(i))
                    && !countsListedItems(word, sentence, evidence) && !bothInOtherWords(words, i, evidenceWords)
                    && !onceCountingNothing(words, i) && !countsNothing(words, i)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** What "per" names when it means "according to": "per the article", "per our nurses", not "per week". */
    private static final Set<String> SOURCE_DETERMINERS = Set.of("the", "this", "that", "our", "its", "their", "his",
            "her", "your");
    /** What an ordinal points at when it orders the reply, not the world: "to your second question". */
    private static final Set<String> PARTS_OF_THE_ANSWER = Set.of("question", "questions", "point", "points", "part",
            "parts", "bit", "concern");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "last");

    /** Things said before, pointed at again: "those two", "these three". */
    private static final Set<String> DEMONSTRATIVES = Set.of("those", "these");
    private static final Set<String> SMALL_COUNTS = Set.of("two", "three", "four", "five");

    /**
     * "per the article", "to your second question", "the third one", "beyond those two": a quantity word that counts
     * nothing in the world but points back at the conversation (a place in a list already given, things already
     * named), by the words around it.
     */
    private static boolean countsNothing(Words words, int at) {
        String word = words.words().get(at);
        String next = at + 1 < words.size() ? words.words().get(at + 1) : "";
        String previous = at > 0 ? words.words().get(at - 1) : "";
        return word.equals("per") && SOURCE_DETERMINERS.contains(next)
                || ORDINALS.contains(word) && (PARTS_OF_THE_ANSWER.contains(next) || next.equals("one")
                || next.equals("ones"))
                || DEMONSTRATIVES.contains(previous) && SMALL_COUNTS.contains(word);
    }
}
