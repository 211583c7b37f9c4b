package com.clinicchat.llm.grounding;

import com.clinicchat.knowledge.SubjectWords;
import com.clinicchat.retrieval.Cosine;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one sentence of a model's reply against the passages the model was given, before anyone sees it.
 * A sentence is released only when one passage, or two together, state everything it claims: each number,
 * duration and dose; each condition, substance, body part, outcome and name; negations, hedges and obligations
 * the same way round; and enough of its words and meaning. The citation it carries is a hint, not a condition:
 * a sentence that cites the wrong passage (or none, or one never sent) is released with the passage that supports
 * it. A sentence advising the visitor personally is never released: the reply becomes a hand-over to staff.
 */
public final class GroundingVerifier {

    /** What happens to a sentence. */
    public enum Outcome { RELEASE, DROP, ESCALATE }

    /**
     * @param outcome   the verdict
     * @param citations for a release, the 1-based numbers of the passages that support it
     * @param reason    why, for logs and the evaluation report (never shown to visitors)
     */
    public record Verdict(Outcome outcome, Set<Integer> citations, String reason) {

        static Verdict release(Set<Integer> citations, String reason) {
            return new Verdict(Outcome.RELEASE, Set.copyOf(citations), reason);
        }

        static Verdict drop(String reason) {
            return new Verdict(Outcome.DROP, Set.of(), reason);
        }
    }

    private static final Set<String> META = Set.of("hope", "question", "answer", "happi", "glad", "info", "inform",
            "ask", "feel", "free", "let", "know", "sure", "certain", "absolut", "here", "summari", "short", "sum",
            "detail", "help", "clarifi", "assist", "thank", "welcom", "anyth", "els", "follow", "below", "abov",
            "what", "regard", "topic", "point", "hello", "hi", "great", "overview", "rundown", "breakdown", "quick",
            "brief", "look", "explain", "can", "do",
            // the particles of phrasal verbs ("bounce back", "cut down", "wear off"): the verb says it, and counting
            // them as words to share holds a plain-English paraphrase to two words for one
            "back", "down", "off", "away");
    /**
     * "Here's what the article says about cramps:" and "Below is a summary of the side effects." name a topic and
     * claim nothing about it; what follows them is judged on its own.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("(?i)^(?:so,?\\s+|ok(?:ay)?,?\\s+|sure,?\\s+)?"
            + "(?:here(?:'s|’s| is| are)|below (?:is|are)|the following|this is|these are|that's|let me|let's)\\s+"
            + "(?:(?:a|an|the|some|our|my)\\s+)?(?:what|how|quick|short|brief|summary|overview|rundown|breakdown|"
            + "key points|main points|few|list)\\b[^:]*(?::\\s*$|\\b(?:says?|said|mentions?|notes?|covers?|"
            + "tells? us|has to say|know)\\b[^:,;]*[.!]?\\s*$)");
    /**
     * Words that only soften a claim ("possibly", "seems to", "tends to"): a careful model adds them to what the
     * passage states flatly, which is safe, so they are not counted as words the evidence must share. A hedge that
     * strengthens nothing cannot make a claim; the other checks still see them.
     */
    private static final Set<String> HEDGE_WORDS = Words.stemsOf("possibly", "potentially", "perhaps", "likely",
            "seem", "seems", "appear", "appears", "tend", "tends", "sometimes", "occasionally", "somewhat");
    /**
     * Who says it: "the article suggests", "the clinic presents … as", "according to the clinic", "is said to". A
     * careful model attributes what it repeats; the attribution claims nothing about the subject, so its words are not
     * counted as words the evidence must share (what it attributes still is).
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\b(?:(?:the|this|our|their)\\s+(?:article|clinic|"
            + "passage|text|source|page|team|site|website|guide|material|information|excerpt)s?\\s+(?:says|said|"
            + "suggests?|suggested|notes?|states?|explains?|describes?|presents?|reports?|claims?|mentions?|indicates?|"
            + "points? out|adds?|lists?|frames?|puts? it|tells? us)|according to\\s+(?:the|this|our)\\s+[a-z]+|"
            + "(?:is|are|was|were)\\s+(?:said|described|reported|presented|framed)\\s+(?:to|as)|reportedly)\\b");
    private static final int MAX_REMEMBERED_PASSAGES = 5_000;
    private static final String CONTRADICTS = "says it differently: ";

    private final EmbeddingModel embeddings;
    private final Supplier<SubjectWords> subject;
    private final ClaimTerms claimTerms;
    private final double minOverlap;
    private final double minSimilarity;
    private final AddedClauses addedClauses;
    private final Map<String, float[]> passageVectors = new ConcurrentHashMap<>();

    /**
     * @param subject       what the clinic's articles are about, as of now (the knowledge base's, after each reload):
     *                      naming it claims nothing
     * @param minOverlap    share of the sentence's content words its evidence must contain
     * @param minSimilarity embedding cosine that lets a reworded sentence through with less overlap (half of it)
     */
    public GroundingVerifier(EmbeddingModel embeddings, Supplier<SubjectWords> subject, double minOverlap,
                      double minSimilarity) {
        this.embeddings = embeddings;
        this.subject = subject;
        this.claimTerms = ClaimTerms.load();
        this.minOverlap = minOverlap;
        this.minSimilarity = minSimilarity;
        this.addedClauses = new AddedClauses(minOverlap, GroundingVerifier::claimStems);
    }

    /** Judges a sentence as the model wrote it, markers included. */
    public Verdict verify(String rawSentence, List<String> passages) {
        return verify(CitedSentence.parse(rawSentence), passages);
    }

    public Verdict verify(CitedSentence sentence, List<String> passages) {
        // list numbers inside the sentence ("1. …, 2. …") place its items; they count nothing
        String text = NoteStyle.spelledOut(Enumerations.withoutMarkers(sentence.text()));
        // the clinic's own words ("iv", "drip") are filler already, and a comparison sets them against another
        // route ("IV" or "oral"): only the rest of the subject ("magnesium") stands on both sides
        Set<String> subjectWords = new HashSet<>(subject.get().words());
        subjectWords.removeAll(Words.FILLER);
        if (courtesyOnly(text)) {
            return Verdict.drop("no claim: a courtesy"); // "please don't hesitate to ask": nothing for staff to take up
        }
        Optional<String> advice = PersonalAdvice.find(text);
        if (advice.isPresent() && inArticleVoice(advice.get(), text, passages)) {
            advice = Optional.empty(); // the article's own "we advise caution for…", repeated: judged as a claim
        }
        if (advice.isPresent()) {
            return new Verdict(Outcome.ESCALATE, Set.of(), "personal advice: " + advice.get());
        }
        Words words = Words.of(text, subjectWords);
        Set<String> attribution = new HashSet<>();
        Matcher attributed = ATTRIBUTION.matcher(text);
        while (attributed.find()) {
            attribution.addAll(Words.of(attributed.group()).stems());
        }
        List<String> content = words.contentStems().stream()
                .filter(stem -> !META.contains(stem) && !HEDGE_WORDS.contains(stem) && !attribution.contains(stem))
                .toList();
        if (content.isEmpty() && Quantities.firstUnsupported(text, words, "", Words.of("")).isEmpty()) {
            return Verdict.drop("no claim to check");
        }
        if (ANNOUNCEMENT.matcher(text).find()) {
            return Verdict.drop("no claim: announces what follows");
        }
        Sentence checked = new Sentence(text, words, new LinkedHashSet<>(content));
        Set<Integer> cited = new LinkedHashSet<>();
        sentence.cited().stream().filter(n -> n >= 1 && n <= passages.size()).forEach(cited::add);
        String firstProblem = null;
        if (!cited.isEmpty()) {
            Optional<String> problem = problem(checked, cited, passages);
            if (problem.isEmpty()) {
                return Verdict.release(cited, "supported by the cited passages");
            }
            if (problem.get().startsWith(CONTRADICTS) && overlap(checked.content(),
                    Words.of(evidenceText(cited, passages), subjectWords)) >= minOverlap) {
                return Verdict.drop(problem.get()); // contradicting its source is not a citation slip
            }
            // "contradicting" a cited passage it shares little with: a citation slip, judged on the passages it is about
            firstProblem = problem.get();
        }
        List<Set<Integer>> candidates = candidates(checked, cited, passages);
        if (cited.isEmpty() && !candidates.isEmpty()) {
            // uncited: the passage it shares most with is what it is about; contradicting that one drops it
            Optional<String> problem = problem(checked, candidates.getFirst(), passages);
            if (problem.isPresent() && problem.get().startsWith(CONTRADICTS)
                    && overlap(content(checked), Words.of(passages.get(candidates.getFirst().iterator().next() - 1),
                    subjectWords)) >= minOverlap) {
                return Verdict.drop(problem.get());
            }
        }
        for (Set<Integer> candidate : candidates) {
            if (candidate.equals(cited)) {
                continue;
            }
            Optional<String> problem = problem(checked, candidate, passages);
            if (problem.isEmpty()) {
                return Verdict.release(candidate, cited.isEmpty() ? "supported by an uncited passage"
                        : "re-attributed from " + sentence.cited());
            }
            if (firstProblem == null) {
                firstProblem = problem.get();
            }
        }
        return Verdict.drop(firstProblem == null ? "no passage to check against" : firstProblem);
    }

    private record Sentence(String text, Words words, Set<String> content) {
    }

    /**
     * The sentence without the clinic's names that the evidence does not spell out ("Pure IV Utah's professionals"
     * for the article's "our professionals"): who speaks is the clinic either way, and what it is said to do is
     * judged as before. Evidence that names the clinic itself shares the name's words, which then count as such.
     */
    private Sentence withoutClinicNames(Sentence sentence, String evidenceText) {
        String without = sentence.text();
        for (String name : subject.get().names()) {
            if (!evidenceText.contains(name)) {
                without = without.replaceAll("\\b" + Pattern.quote(name) + "(?:['’]s)?\\b", " ");
            }
        }
        if (without.equals(sentence.text())) {
            return sentence;
        }
        Words words = Words.of(without, sentence.words().subject());
        return new Sentence(without, words, new LinkedHashSet<>(claimStems(without, sentence.words().subject())));
    }

    /** The closing courtesies of a reply, which address the visitor and advise nothing. */
    private static final Pattern COURTESY = Pattern.compile("\\b(?:i hope (?:this|that|it) helps(?: you)?"
            // what it is hoped to help with ("…helps you plan your visit"): a wish to the end of the sentence
            + "(?: (?:to )?[a-z']+(?: [a-z']+){0,5}(?=[^a-z']*$))?|"
            + "(?:please )?(?:don't|do not) hesitate to (?:ask|reach out|get in touch|contact us)|"
            + "(?:please )?feel free to (?:ask|reach out|get in touch|contact us)(?: more questions)?|"
            + "(?:please )?take (?:good )?care(?: of yourself)?|"
            + "(?:with|if you have) any (?:other |more |further )?questions?(?: about [a-z ]+)?|"
            + "if you have (?:any )?(?:more|other|further) questions|if anything else comes up|"
            // thanks for the question, to whomever it was addressed ("thanks so much for reaching out to <clinic>")
            + "(?:thanks|thank you)(?: so much| very much| again)? for (?:reaching out|contacting us|asking|your "
            + "question|getting in touch|writing in|your interest)(?: (?:to|with) [a-z' ]+(?=[^a-z']*$))?|"
            + "let (?:me|us) know if (?:you have )?anything else(?: comes up)?|"
            // an announcement of what follows, with no claim of its own ("Great question — let's look at what the
            // article says about athletes")
            + "(?:great|good|excellent|fair) question|(?:let's|let us|let me) (?:look at|see|take a look at|go over|"
            + "check|review) what (?:the|our|this) (?:article|articles|passages?|sources?) (?:says?|covers?)"
            + "(?: (?:about|on) [a-z']+(?: [a-z']+){0,3}(?=[^a-z']*$))?)");

    /** A sentence of courtesies and nothing else ("I hope this helps, and please take good care of yourself!"). */
    private static boolean courtesyOnly(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (!COURTESY.matcher(lower).find()) {
            return false;
        }
        String rest = COURTESY.matcher(lower).replaceAll(" ").replaceAll("\\[[^\\]]*\\]", " ")
                .replaceAll("\\b(?:and|so|also|just|please|again)\\b", " ");
        return !rest.matches("(?s).*[a-z0-9].*");
    }

    /** The article speaking as "we" ("we advise", "we recommend") when a passage says the same words itself. */
    private static final Pattern OUR_VOICE = Pattern.compile("^we\\s+(?:would\\s+|'d\\s+)?(?:recommend|suggest|advise|"
            + "encourage|urge)$");

    /**
     * "We advise caution for…" is the article's voice, not advice to this visitor, when a passage says "we advise"
     * itself and nothing else in the sentence advises the visitor; whether the rest is supported is checked as usual.
     */
    private static boolean inArticleVoice(String advice, String text, List<String> passages) {
        String phrase = advice.strip();
        if (!OUR_VOICE.matcher(phrase).matches()) {
            return false;
        }
        String said = phrase.replaceAll("\\s+", " ");
        boolean passageSaysIt = passages.stream().anyMatch(passage -> passage.toLowerCase(java.util.Locale.ROOT)
                .replace('’', '\'').replaceAll("\\s+", " ").contains(said));
        if (!passageSaysIt) {
            return false;
        }
        String rest = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceFirst(Pattern.quote(phrase), "");
        return PersonalAdvice.find(rest).isEmpty() && !rest.matches("(?s).*\\byou(?:r|rs|'re|'ve|'d|'ll)?\\b.*");
    }

    private static Set<String> content(Sentence sentence) {
        return sentence.content();
    }

    /**
     * Single passages, then pairs holding a passage the sentence cited, then (for a sentence citing two) those two
     * with one more, the likeliest first (by shared content words). Two passages the sentence did not point to are
     * never combined on its behalf: that would let it join facts the article keeps apart ("athletes" from one list,
     * "advised caution" from another).
     */
    private List<Set<Integer>> candidates(Sentence sentence, Set<Integer> cited, List<String> passages) {
        List<Set<Integer>> singles = new ArrayList<>();
        List<Set<Integer>> pairs = new ArrayList<>();
        for (int i = 1; i <= passages.size(); i++) {
            singles.add(Set.of(i));
            for (int j = i + 1; j <= passages.size(); j++) {
                if ((cited.contains(i) || cited.contains(j)) && !(isList(passages.get(i - 1)) && isList(passages.get(j - 1)))) {
                    pairs.add(new LinkedHashSet<>(List.of(i, j)));
                }
            }
        }
        Comparator<Set<Integer>> byOverlap = Comparator.comparingDouble(
                (Set<Integer> set) -> overlap(sentence.content(), Words.of(evidenceText(set, passages),
                        sentence.words().subject()))).reversed();
        singles.sort(byOverlap);
        pairs.sort(byOverlap);
        List<Set<Integer>> all = new ArrayList<>(singles);
        all.addAll(pairs.stream().limit(6).toList());
        // a sentence citing two passages may lean on one more, as a sentence citing one may on a second
        if (cited.size() == 2) {
            List<Set<Integer>> triples = new ArrayList<>();
            for (int k = 1; k <= passages.size(); k++) {
                if (!cited.contains(k)) {
                    Set<Integer> triple = new LinkedHashSet<>(cited);
                    triple.add(k);
                    triples.add(triple);
                }
            }
            triples.sort(byOverlap);
            all.addAll(triples.stream().limit(2).toList());
        }
        return all;
    }

    /** A list with its lead-in ("…ideal for:\n- …" or "…caution for: People with…"). */
    private static boolean isList(String passage) {
        return passage.contains(":\n- ") || passage.matches("(?s)[^:]{10,}:\\s+\\S.*") && !passage.contains(". ");
    }

    /** What the evidence does not back, or empty when it backs the whole sentence. */
    private Optional<String> problem(Sentence named, Set<Integer> numbers, List<String> passages) {
        String evidenceText = evidenceText(numbers, passages);
        Sentence sentence = withoutClinicNames(named, evidenceText);
        Words evidence = Words.of(evidenceText, sentence.words().subject());
        Optional<String> quantity = Quantities.firstUnsupported(sentence.text(), sentence.words(), evidenceText, evidence);
        if (quantity.isPresent()) {
            return Optional.of("quantity not in the passages: " + quantity.get());
        }
        Optional<String> term = claimTerms.firstUnsupported(sentence.text(), sentence.words(), evidence, evidenceText);
        if (term.isPresent()) {
            return Optional.of("names what the passages do not: " + term.get());
        }
        Optional<String> standing = Standing.firstUnstated(sentence.text(), evidence)
                .or(() -> Roles.firstUngiven(sentence.text(), evidenceText))
                .or(() -> GroupDifferences.firstUnstated(sentence.text(), evidenceText))
                .or(() -> Contents.firstUnstated(sentence.text(), evidenceText));
        if (standing.isPresent()) {
            return standing;
        }
        Set<String> namedOtherwise = claimTerms.namedOtherwise(sentence.words(), evidence);
        Optional<String> added = AddedItems.firstAdded(sentence.text(), sentence.words(), evidence,
                numbers.stream().map(n -> passages.get(n - 1)).toList(), namedOtherwise);
        if (added.isPresent()) {
            return added;
        }
        Optional<String> merged = MergedItems.firstMerged(sentence.text(), sentence.words().subject(),
                numbers.stream().map(n -> passages.get(n - 1)).toList());
        if (merged.isPresent()) {
            return merged;
        }
        Optional<String> moved = MergedItems.firstMovedQualifier(sentence.text(), sentence.words().subject(),
                numbers.stream().map(n -> passages.get(n - 1)).toList())
                .or(() -> Referents.firstGuessed(sentence.text(), numbers.stream().map(n -> passages.get(n - 1)).toList()));
        if (moved.isPresent()) {
            return moved;
        }
        Optional<String> reversed = CausalDirection.firstReversed(sentence.text(), evidenceText);
        if (reversed.isPresent()) {
            return Optional.of(CONTRADICTS + reversed.get());
        }
        Optional<String> cause = Causes.firstStitched(sentence.text(), sentence.words().subject(),
                numbers.stream().map(n -> passages.get(n - 1)).toList(), GroundingVerifier::claimStems,
                passage -> namedIn(sentence.words(), passage),
                this::closeness);
        if (cause.isPresent()) {
            return cause;
        }
        Optional<String> clause = addedClauses.firstUnsupported(sentence.text(), sentence.words(),
                numbers.stream().map(n -> passages.get(n - 1)).toList(), evidence, namedOtherwise);
        if (clause.isPresent()) {
            return clause;
        }
        Optional<String> judgement = Enthusiasm.firstUnshared(sentence.words(), evidence);
        if (judgement.isPresent()) {
            return judgement;
        }
        Optional<String> joined = addedClauses.unsupportedJoined(sentence.text(), sentence.words(), evidence,
                namedOtherwise);
        if (joined.isPresent()) {
            return joined;
        }
        Optional<String> widened = WholeKinds.firstWidened(sentence.text(), evidence);
        if (widened.isPresent()) {
            return Optional.of(CONTRADICTS + widened.get());
        }
        Optional<String> outcome = Outcomes.firstUnclaimed(sentence.words(), evidenceText)
                .or(() -> Outcomes.onAnUnnamedThing(sentence.text()));
        if (outcome.isPresent()) {
            return outcome;
        }
        Comparisons.Judgement comparison = Comparisons.judge(sentence.text(), evidenceText, sentence.words().subject());
        if (comparison.relation() == Comparisons.Relation.CONFLICT) {
            return Optional.of(CONTRADICTS + comparison.reason());
        }
        Optional<String> level = Levels.firstUnstated(sentence.text(), sentence.words().subject(), evidenceText);
        if (level.isPresent()) {
            return Optional.of(CONTRADICTS + level.get());
        }
        Optional<String> ranking = Rankings.firstConflict(sentence.words(), evidence);
        if (ranking.isPresent()) {
            return Optional.of(CONTRADICTS + ranking.get());
        }
        Optional<String> conflict = Polarity.firstConflict(sentence.words(), Polarity.headingWords(sentence.text()),
                evidence, evidenceText,
                comparison.relation() == Comparisons.Relation.SWAPPED);
        if (conflict.isPresent()) {
            return Optional.of(CONTRADICTS + conflict.get());
        }
        double overlap = overlap(withoutUnsharedHeading(sentence, evidence), evidence, namedOtherwise);
        if (overlap >= minOverlap) {
            return Optional.empty();
        }
        // a reworded sentence shares fewer words: its meaning must then be close to what the evidence says
        if (overlap >= minOverlap / 2) {
            double similarity = similarity(sentence.text(), numbers, passages);
            if (similarity >= minSimilarity) {
                return Optional.empty();
            }
            return Optional.of(String.format("too little in common: overlap %.2f, similarity %.2f", overlap, similarity));
        }
        return Optional.of(String.format("too little in common: overlap %.2f", overlap));
    }

    /** The sentence's claim words the passage names in other words ("hypocalcaemia" for "low calcium levels"). */
    private Set<String> namedIn(Words words, Words passage) {
        Set<String> named = new HashSet<>(claimTerms.namedOtherwise(words, passage));
        for (int i = 0; i < words.size(); i++) {
            if (ClaimTerms.describedAsBloodLevel(words.words().get(i), passage)) {
                named.add(words.stems().get(i));
            }
        }
        return named;
    }

    /** The content words of a piece of a sentence that count as claims (not meta, hedge or attribution words). */
    private static Set<String> claimStems(String text, Set<String> subjectWords) {
        Set<String> attribution = new HashSet<>();
        Matcher attributed = ATTRIBUTION.matcher(text);
        while (attributed.find()) {
            attribution.addAll(Words.of(attributed.group()).stems());
        }
        Set<String> stems = new LinkedHashSet<>();
        Words.of(text, subjectWords).contentStems().stream()
                .filter(stem -> !META.contains(stem) && !HEDGE_WORDS.contains(stem) && !attribution.contains(stem))
                .forEach(stems::add);
        return stems;
    }

    /**
     * The sentence's content words without those of an opening heading ("Bottom line:", "Heart health:") that the
     * evidence does not share: a heading names the topic of what follows, in the writer's words. Its claim words,
     * quantities and absolutes are still checked with the rest of the sentence.
     */
    private static Set<String> withoutUnsharedHeading(Sentence sentence, Words evidence) {
        int heading = Polarity.headingWords(sentence.text());
        if (heading == 0) {
            return sentence.content();
        }
        Set<String> evidenceStems = new HashSet<>(evidence.stems());
        Set<String> unshared = new HashSet<>(sentence.words().stems().subList(0, heading));
        unshared.removeAll(evidenceStems);
        unshared.removeAll(sentence.words().stems().subList(heading, sentence.words().size()));
        Set<String> content = new LinkedHashSet<>(sentence.content());
        content.removeAll(unshared);
        return content.isEmpty() ? sentence.content() : content;
    }

    private static String evidenceText(Set<Integer> numbers, List<String> passages) {
        StringBuilder text = new StringBuilder();
        numbers.forEach(n -> text.append(passages.get(n - 1)).append('\n'));
        return text.toString();
    }

    /** Share of the sentence's content words found in the evidence (by stem, or by a shared five-letter start). */
    static double overlap(Set<String> content, Words evidence) {
        return overlap(content, evidence, Set.of());
    }

    /** The same, counting as found the claim words the evidence names by another word of the same concept. */
    static double overlap(Set<String> content, Words evidence, Set<String> namedOtherwise) {
        if (content.isEmpty()) {
            return 1;
        }
        Set<String> stems = new HashSet<>(evidence.stems());
        Set<String> prefixes = new HashSet<>();
        stems.stream().filter(stem -> stem.length() >= 5).forEach(stem -> prefixes.add(stem.substring(0, 5)));
        long found = content.stream()
                .filter(stem -> stems.contains(stem) || namedOtherwise.contains(stem)
                        || stem.length() >= 5 && prefixes.contains(stem.substring(0, 5)))
                .count();
        return (double) found / content.size();
    }

    /** Cosine between the sentence and its evidence (two passages are embedded as one text, as they are read). */
    private double similarity(String sentence, Set<Integer> numbers, List<String> passages) {
        float[] vector = embeddings.embed(sentence).content().vector();
        return Cosine.of(vector, passageVector(evidenceText(numbers, passages).strip()));
    }

    /** The cosine of a piece of text to the nearest of the passages (-1 when there are none). */
    private double closeness(String text, List<String> passages) {
        float[] vector = embeddings.embed(text).content().vector();
        return passages.stream().mapToDouble(passage -> Cosine.of(vector, passageVector(passage.strip()))).max()
                .orElse(-1);
    }

    /** Passages are few and checked sentence after sentence, so their embeddings are kept. */
    private float[] passageVector(String passage) {
        if (passageVectors.size() > MAX_REMEMBERED_PASSAGES) {
            passageVectors.clear();
        }
        return passageVectors.computeIfAbsent(passage, text -> embeddings.embed(text).content().vector());
    }
}
