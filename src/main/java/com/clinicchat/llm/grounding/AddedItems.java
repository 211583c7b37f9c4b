package com.clinicchat.llm.grounding;

import com.clinicchat.text.EnglishVocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence adds to a list the passage gives: an example ("whole grains, leafy greens, or oral supplements" for
 * "whole grains or oral supplements") or an effect ("reduce tension, improve sleep and lower cortisol levels" for
 * "reduce tension and improve sleep"). Such a sentence shares almost every word with its passage, so overlap lets it
 * through; each example and the thing each effect acts on must be named by the evidence.
 */
final class AddedItems {

    /** What introduces examples. "like" only after a noun-ish word: "feels like", "would like" introduce none. */
    private static final Pattern EXAMPLES = Pattern.compile(
            "\\b(?:such as|e\\.?g\\.?|for example|for instance|including|(?<!feel |feels |felt |look |looks |seem |"
                    + "seems |would |'d |just |more |much |things |something )like)\\s+([^.;:()\\[\\]!?]+)");
    private static final Pattern ITEM_BREAK = Pattern.compile(",|\\b(?:or|and|as well as)\\b");
    /** Where the examples end and the sentence goes on ("…like Crohn's disease, which impairs…"). */
    private static final Pattern LIST_END = Pattern.compile("\\b(?:which|that|who|where|because|since|so|but|while|"
            + "can|may|might|will|is|are|was|were|has|have|had|does|do|to|among|amongst|etc)\\b"
            // where the things listed are ("…like lactic acid and ammonia from the muscles"): said of the whole list,
            // so each item is judged without it
            + "|\\b(?:from|in|into|within|throughout|out of)\\s+(?:the|your|their|its|our)\\b"
            // a new group of people ("…like arrhythmias or hypertension, athletes wanting…, and those with…") ends the
            // examples of the group before it
            + "|,\\s*(?:and\\s+|or\\s+)?(?:those|people|anyone|individuals|patients|others)\\b");
    /** Where a plain list may stand: one clause, between punctuation that no list crosses. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;:()\\[\\]!?—–]");
    /** An item this long is a clause of its own, not a thing listed. */
    private static final int MAX_LISTED_WORDS = 4;
    /** An item of the evidence this long is a clause, which no listed thing rewords. */
    private static final int MAX_REWORDED_WORDS = 6;
    /** A list of whom or what to be careful with: a caution list, whose items are never reworded away. */
    static final Pattern CAUTION_LIST = Pattern.compile("(?i)\\b(?:caution|careful|avoid|not recommended|"
            + "contraindicat\\w*|should not|must not|warn\\w*)\\b[^\\n]*:");
    /** "among others", "etc.": the end of a list, not an item of it. */
    private static final Pattern NOT_AN_ITEM = Pattern.compile("\\b(?:among(?:st)? other(?:s|\\s+[a-z]+)?|etc\\.?|"
            + "and (?:more|so on|the like)|to name (?:a|but a) few)\\b");
    /**
     * How an evidence item opens when it is vague ("certain cardiac conditions", "other heart problems") or a
     * qualification rather than a thing ("only after a medical consultation", "since the kidneys…").
     */
    private static final Set<String> VAGUE_OR_QUALIFYING = Set.of("certain", "some", "other", "various", "many",
            "several", "only", "since", "because", "though", "although", "when", "if", "which", "who", "that",
            "while", "after", "before", "unless", "until");
    /** How an item opens that is a circumstance or a clause of its own, not a thing listed. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("at", "in", "on", "by", "from", "during", "after",
            "before", "until", "when", "if", "while", "because", "since", "so", "then", "thereby", "which", "who",
            "that", "where", "the", "they", "it", "this", "these", "we", "you",
            // "… faster and is more dependable": a predicate joined on, not a thing listed
            "is", "are", "was", "were", "be", "has", "have", "had", "can", "may", "might", "will", "would", "could",
            "should", "does", "do", "did");
    /** Endings of words for qualities ("transient", "handy", "better", "effective"), which lists of qualities hold. */
    private static final Pattern QUALITY_ENDING = Pattern.compile("[a-z]+(?:ent|ant|ive|ful|ous|ble|al|ic|y|er|est|"
            + "ish|less|ief|ild|ick|ast|ow|ong|ort|afe|ure)");
    /**
     * Endings of qualities ("cutaneous flushing", "hypotensive episode") and of processes ("attenuation of stress"):
     * rare words of these forms describe what the list names rather than name something new.
     */
    private static final Pattern NOT_A_THING = Pattern.compile("[a-z]+(?:ous|ive|al|ic|ary|ful|less|able|ible|"
            + "tion|sion|ment|ness|ity|ance|ence|ing|ly)");
    /** Verbs whose object is what an effect acts on: the thing must be in the evidence. */
    private static final Set<String> EFFECT_VERBS = Words.stemsOf("lower", "lowers", "lowering", "reduce", "reduces",
            "reducing", "decrease", "decreases", "raise", "raises", "increase", "increases", "improve", "improves",
            "improving", "boost", "boosts", "enhance", "enhances", "relieve", "relieves", "ease", "eases", "treat",
            "treats", "prevent", "prevents", "regulate", "regulates", "balance", "balances", "stabilize", "stabilise",
            "normalize", "normalise", "restore", "restores", "repair", "repairs", "protect", "protects", "cut", "cuts",
            "curb", "curbs", "suppress", "suppresses", "stimulate", "stimulates", "promote", "promotes");

    /**
     * Comparatives beyond the plain measures of amount and speed: a quality the evidence must state too
     * ("longer-lasting", "cheaper", "gentler on the stomach").
     */
    private static final Set<String> QUALITY_COMPARATIVES = Set.of("longer", "shorter", "cheaper", "gentler",
            "milder", "deeper", "smoother", "healthier", "calmer", "lighter", "sharper", "clearer", "cleaner", "richer",
            "steadier", "safer", "simpler", "cheapest", "longest", "gentlest",
            "healthiest", "safest", "costlier", "pricier");
    /** "no longer", "not … any longer": a time that has passed, not a comparison of lengths. */
    private static boolean noLonger(Words words, int at) {
        return words.words().get(at).equals("longer") && at > 0 && words.words().get(at - 1).matches("no|any");
    }

    /**
     * The last item of a list raised with "even" ("cramps, spasms, twitching, or even torn muscles"): the worst case
     * a list ends on is a claim of its own, which a shared head word ("muscles") does not back. Only a word of how
     * bad it is ("serious" for the evidence's "dangerous") may be the sentence's own.
     */
    private static final Pattern EVEN_ITEM = Pattern.compile("\\b(?:or|and)\\s+even\\s+([a-z][a-z' -]*?)\\s*"
            + "(?=[,.;:()\\[\\]!?]|$)");
    private static final Set<String> SEVERITY = Words.stemsOf("serious", "severe", "dangerous", "major", "significant",
            "kind", "kinds", "type", "types", "sort");

    /** "vitamin K", "type 2", "omega-3": a code that names one thing of a kind, to be named as such. */
    private static final Pattern CODED = Pattern.compile("(?i)\\b(?:vitamin|type|stage|grade|class|phase|omega)[\\s-]+"
            + "(?:[a-z]\\d{0,2}|\\d{1,2})\\b");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "their", "your",
            "our", "his", "her", "my", "no", "some", "any");
    private static final Set<String> SKIPPED = Set.of("your", "our", "my", "his", "her", "down", "back", "away", "off");

    private AddedItems() {
    }

    /**
     * @param evidencePassages the evidence's passages as written, for the items of their lists
     * @param namedOtherwise the sentence's claim words the evidence names by another word of the same concept
     */
    static Optional<String> firstAdded(String sentence, Words words, Words evidence, List<String> evidencePassages,
                                       Set<String> namedOtherwise) {
        Set<String> stems = new HashSet<>(evidence.stems());
        Set<String> prefixes = new HashSet<>();
        stems.stream().filter(stem -> stem.length() >= 5).forEach(stem -> prefixes.add(stem.substring(0, 5)));
        Matcher examples = EXAMPLES.matcher(sentence.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (examples.find()) {
            String list = examples.group(1);
            Matcher end = LIST_END.matcher(list);
            if (end.find()) {
                list = list.substring(0, end.start());
            }
            for (String item : ITEM_BREAK.split(list)) {
                var content = Words.of(item, words.subject()).contentStems();
                if (content.stream().anyMatch(stem -> stem.length() <= 2)) {
                    continue; // "high BP": shorthand the evidence may spell in full, judged by overlap, not here
                }
                if (!content.isEmpty() && content.stream().noneMatch(stem ->
                        found(stem, stems, prefixes, namedOtherwise))) {
                    return Optional.of("example not in the passages: " + item.strip());
                }
                if (otherKind(Words.of(item, words.subject()), words, evidence, stems, prefixes, namedOtherwise)) {
                    return Optional.of("example not in the passages: " + item.strip());
                }
            }
        }
        Matcher even = EVEN_ITEM.matcher(sentence.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (even.find()) {
            Words item = Words.of(even.group(1), words.subject());
            var content = item.contentStems();
            if (item.size() <= MAX_LISTED_WORDS && content.stream().noneMatch(stem -> stem.length() <= 2)
                    && content.stream().anyMatch(stem -> !found(stem, stems, prefixes, namedOtherwise)
                    && !SEVERITY.contains(stem))) {
                return Optional.of("adds to the list what the passages do not give: even " + even.group(1).strip());
            }
        }
        Matcher coded = CODED.matcher(sentence);
        while (coded.find()) {
            String code = coded.group().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
            if (!evidence.words().isEmpty() && !String.join(" ", evidence.words()).contains(code)) {
                return Optional.of("names what the passages do not: " + coded.group());
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.words().get(i);
            if (QUALITY_COMPARATIVES.contains(word) && !noLonger(words, i) && !evidence.words().contains(word)
                    && !evidence.words().contains(base(word))) {
                return Optional.of("a quality the passages do not compare: " + word);
            }
        }
        // an effect is judged only as an addition to the evidence's own effects: a sentence that repeats one of
        // them ("reduce tension") and adds another ("lower cortisol levels"); a sentence that words every effect
        // its own way ("increase the strain" for "raises the burden") is left to overlap and meaning
        Set<String> evidenceObjects = new HashSet<>();
        effects(evidence).forEach(at -> evidenceObjects.add(nextContent(evidence, at)));
        List<Integer> effects = effects(words);
        boolean repeatsAnEffect = effects.stream().anyMatch(at -> evidenceObjects.contains(nextContent(words, at)));
        for (int at : repeatsAnEffect ? effects : List.<Integer>of()) {
            String object = nextContent(words, at);
            if (object != null && !found(object, stems, prefixes, namedOtherwise)) {
                return Optional.of("effect on what the passages do not name: " + words.words().get(at) + " … " + object);
            }
        }
        return addedToPlainList(sentence, words, evidencePassages, stems, prefixes, namedOtherwise);
    }

    /**
     * A plain list ("people with kidney disease, severe heart block or myasthenia gravis, and pregnant women") that
     * repeats the evidence's items and slips one more in: at least two of its items share a word with the evidence,
     * and a short item naming a thing shares none. Without "like" or "such as" it is the same addition as an added
     * example. An item may still reword one of the evidence's own (an item of it no item of the sentence shares a word
     * with: "lactation" for "breastfeeding"), but not a vague one ("certain cardiac conditions"): naming a particular
     * thing where the evidence stays vague is an addition too.
     */
    private static Optional<String> addedToPlainList(String sentence, Words words, List<String> evidencePassages,
                                                     Set<String> stems, Set<String> prefixes,
                                                     Set<String> namedOtherwise) {
        List<Set<String>> sentenceItems = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(NOT_AN_ITEM.matcher(sentence.toLowerCase(Locale.ROOT)
                .replace('’', '\'')).replaceAll(" "))) {
            String[] items = ITEM_BREAK.split(clause);
            int shared = 0;
            List<String> unshared = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                Words item = Words.of(items[i], words.subject());
                var content = item.contentStems();
                sentenceItems.add(new HashSet<>(content));
                if (content.isEmpty()) {
                    continue;
                }
                if (content.stream().anyMatch(stem -> found(stem, stems, prefixes, namedOtherwise))) {
                    shared++;
                } else if (i > 0 && item.size() <= MAX_LISTED_WORDS && namesAThing(item)
                        && content.stream().noneMatch(stem -> stem.length() <= 2)) {
                    unshared.add(items[i].strip()); // the first item carries the sentence's head: never a listed thing
                }
            }
            if (items.length >= 3 && shared >= 2) {
                candidates.addAll(unshared);
                for (int i = 1; i < items.length; i++) {
                    // "sulfate, chloride, or glycinate infusions": an item that goes on into the sentence's predicate
                    // shares its words, but the thing it names is a word no passage and no everyday English has
                    String rare = rareUnnamedHead(Words.of(items[i], words.subject()), stems, prefixes, namedOtherwise);
                    if (rare != null) {
                        candidates.add(rare);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        for (String passage : evidencePassages) {
            if (CAUTION_LIST.matcher(passage).find()) {
                continue; // whom to be careful with is not reworded into someone else: every item must be named
            }
            // the items of the passage whose list the sentence repeats (two of them matched) may be reworded
            int matchedItems = 0;
            boolean unmatchedItem = false;
            for (String clause : CLAUSE_BREAK.split(passage.toLowerCase(Locale.ROOT).replace('’', '\''))) {
                for (String line : clause.split("\n")) {
                    for (String item : ITEM_BREAK.split(line)) {
                        Words evidenceItem = Words.of(item, words.subject());
                        var content = evidenceItem.contentStems();
                        if (content.isEmpty() || evidenceItem.size() > MAX_REWORDED_WORDS
                                || VAGUE_OR_QUALIFYING.contains(evidenceItem.words().getFirst())) {
                            continue;
                        }
                        boolean matched = sentenceItems.stream().anyMatch(sentenceItem -> content.stream()
                                .anyMatch(stem -> sentenceItem.contains(stem) || stem.length() >= 5 && sentenceItem
                                        .stream().anyMatch(other -> other.startsWith(stem.substring(0, 5)))));
                        if (matched) {
                            matchedItems++;
                        } else {
                            unmatchedItem = true;
                        }
                    }
                }
            }
            if (unmatchedItem && matchedItems >= 2) {
                return Optional.empty(); // the unshared item may say one of this list's items in other words
            }
        }
        return Optional.of("item not in the passages: " + candidates.getFirst());
    }

    /**
     * The word an item opens with when the evidence does not have it and general English does not know it: a
     * substance or condition named in a list, whether or not the claim words list it. Like any unshared item, it may
     * still reword an item of the passage's own list that nothing else matched ("vasodilation" for "vessel relaxation").
     */
    private static String rareUnnamedHead(Words item, Set<String> stems, Set<String> prefixes,
                                          Set<String> namedOtherwise) {
        for (int i = 0; i < item.size(); i++) {
            if (item.words().get(i).matches("a|an|the|some|other")) {
                continue; // the item's first word, past an article: "glycinate infusions", not "magnesium lightens"
            }
            String word = item.words().get(i);
            if (i + 1 < item.size() && DETERMINERS.contains(item.words().get(i + 1))) {
                return null; // "dampens the nerve excitability": a verb and its object, a predicate joined on
            }
            boolean rare = word.length() > 3 && word.chars().allMatch(Character::isLetter)
                    && !NOT_A_THING.matcher(word).matches()
                    && !found(item.stems().get(i), stems, prefixes, namedOtherwise) && !EnglishVocabulary.knows(word);
            return rare && namesAThing(item) ? word : null;
        }
        return null;
    }

    /**
     * "lactic acid and uric acid" where the evidence's example is "lactic acid": the sentence keeps the evidence's
     * example and lists beside it another kind of the same thing (its last word), by a word the evidence does not
     * have. Sharing the head word is not sharing the example; an item that only rewords the evidence's kind
     * ("cutaneous flushing" for "flushing of the skin") keeps no example of the evidence's beside it.
     */
    private static boolean otherKind(Words item, Words sentence, Words evidence, Set<String> stems,
                                     Set<String> prefixes, Set<String> namedOtherwise) {
        int head = item.size() - 1;
        if (head < 1 || item.filler(head) || item.filler(head - 1)) {
            return false;
        }
        String kind = item.stems().get(head - 1);
        if (kind.length() <= 2 || found(kind, stems, prefixes, namedOtherwise)) {
            return false;
        }
        for (int k = 1; k < evidence.size(); k++) {
            if (evidence.stems().get(k).equals(item.stems().get(head)) && !evidence.filler(k - 1)
                    && keeps(sentence, evidence.stems().get(k - 1), evidence.stems().get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names {@code kind} {@code thing} itself, word after word. */
    private static boolean keeps(Words sentence, String kind, String thing) {
        for (int i = 1; i < sentence.size(); i++) {
            if (sentence.stems().get(i - 1).equals(kind) && sentence.stems().get(i).equals(thing)) {
                return true;
            }
        }
        return false;
    }

    /** Not a quality ("mild and brief", "safe and handy", "faster and better"): a thing a list may add. */
    private static boolean namesAThing(Words item) {
        String first = item.words().getFirst();
        if (CLAUSE_OPENERS.contains(first) || first.endsWith("ing")) {
            return false; // "at work", "when they happen", "inducing vasodilation": a circumstance or a clause
        }
        String last = item.words().getLast();
        return item.size() > 1 ? !item.filler(item.size() - 1) : !QUALITY_ENDING.matcher(last).matches()
                && !Words.FILLER.contains(last);
    }

    /** "gentler" → "gentle", "cheaper" → "cheap", "healthier" → "healthy". */
    private static String base(String comparative) {
        String stem = comparative.replaceFirst("(?:er|est)$", "");
        if (stem.endsWith("i")) {
            return stem.substring(0, stem.length() - 1) + "y";
        }
        return comparative.matches(".*(?:gentl|simpl)(?:er|est)") ? stem + "e" : stem;
    }

    private static boolean found(String stem, Set<String> stems, Set<String> prefixes, Set<String> namedOtherwise) {
        return stems.contains(stem) || namedOtherwise.contains(stem)
                || stem.length() >= 5 && prefixes.contains(stem.substring(0, 5));
    }

    /** Where an effect verb stands as a verb: "the balance", "a cut" are nouns. */
    private static List<Integer> effects(Words words) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (EFFECT_VERBS.contains(words.stems().get(i))
                    && (i == 0 || !DETERMINERS.contains(words.words().get(i - 1)))) {
                at.add(i);
            }
        }
        return at;
    }

    /** The next content word within three words (filler, particles, possessives skipped): what the verb acts on. */
    private static String nextContent(Words words, int at) {
        for (int j = at + 1; j < words.size() && j <= at + 3; j++) {
            if (!words.filler(j) && !SKIPPED.contains(words.words().get(j))) {
                return words.stems().get(j);
            }
        }
        return null;
    }
}
