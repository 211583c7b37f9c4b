package com.clinicchat.retrieval;

import com.clinicchat.knowledge.KnowledgeSnapshot;
import com.clinicchat.knowledge.Section;
import com.clinicchat.knowledge.SubjectWords;
import com.clinicchat.text.EnglishVocabulary;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One immutable, fully built index of a knowledge snapshot: sections and passages, each with its text (BM25) and
 * its embedding (KNN). A new snapshot gets a new instance, swapped in whole, so a query never sees a half-built
 * index. Held in memory: a clinic's articles are kilobytes, and rebuilding from the Markdown is cheaper than
 * keeping an on-disk index consistent with the folder.
 */
final class SearchIndex {

    enum Kind { SECTION, PASSAGE }

    /** A document's position in {@link #units()} and its score in one ranking. */
    record Hit(int unit, float score) {
    }

    /**
     * What a document stands for: a whole section, or one passage of it.
     *
     * @param text       what a citation quotes
     * @param searchable what is indexed and embedded: the text plus, for list items, the sentence introducing the list
     * @param leadIn     for a list item, the sentence introducing its list (may be empty)
     */
    record Unit(Kind kind, Section section, String text, String searchable, String leadIn, boolean listItem,
                float[] vector) {
    }

    private static final String KIND = "kind";
    private static final String UNIT = "unit";
    private static final String TEXT = "text";
    private static final String HEADING = "heading";
    private static final String VECTOR = "vector";
    private static final int MAX_FUZZY_EXPANSIONS = 10_000;
    private static final int MAX_TEXT_QUERIES = 1_000;
    private static final int MAX_ANALYSED_WORDS = 10_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'-]+");

    private final KnowledgeSnapshot snapshot;
    private final List<Unit> units;
    private final Map<String, String> failures;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer;
    private final EmbeddingModel embeddings;
    private final List<Set<String>> unitTerms;
    private final Map<String, Integer> passageFrequency;
    /** Every term of every unit, headings included: the words the articles use anywhere. */
    private final Set<String> vocabulary;
    private final int passageCount;
    private final Map<Section, float[]> headingVectors;
    private final Map<Section, Set<String>> headingTerms;
    private final Map<Section, Integer> sectionUnits;
    private final int[] positions;
    private final Map<Section, Integer> passagesPerSection;
    private final ForeignSubject foreignSubject;
    private final Set<String> clinicNames;
    private final Map<String, Query> fuzzyExpansions = new ConcurrentHashMap<>();
    private final Map<String, BooleanQuery> textQueries = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Set<String>>> analysedWords = new ConcurrentHashMap<>();

    private SearchIndex(KnowledgeSnapshot snapshot, List<Unit> units, Map<String, String> failures,
                        DirectoryReader reader, Analyzer queryAnalyzer, Analyzer indexAnalyzer,
                        EmbeddingModel embeddings, Map<Section, float[]> headingVectors) {
        this.snapshot = snapshot;
        this.units = units;
        this.failures = Map.copyOf(failures);
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
        this.embeddings = embeddings;
        this.unitTerms = units.stream().map(unit -> Set.copyOf(analyze(indexAnalyzer, unit.searchable()))).toList();
        Map<String, Integer> frequency = new HashMap<>();
        int count = 0;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() == Kind.PASSAGE) {
                count++;
                unitTerms.get(i).forEach(term -> frequency.merge(term, 1, Integer::sum));
            }
        }
        this.passageFrequency = Map.copyOf(frequency);
        Set<String> words = new java.util.HashSet<>();
        unitTerms.forEach(words::addAll);
        units.forEach(unit -> words.addAll(analyze(indexAnalyzer, String.join(" ", unit.section().headingPath()))));
        this.vocabulary = Set.copyOf(words);
        this.passageCount = count;
        this.headingVectors = Map.copyOf(headingVectors);
        Map<Section, Set<String>> headings = new HashMap<>();
        Map<Section, Integer> sections = new HashMap<>();
        Map<Section, Integer> perSection = new HashMap<>();
        this.positions = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.kind() == Kind.SECTION) {
                sections.put(unit.section(), i);
                headings.put(unit.section(), Set.copyOf(analyze(indexAnalyzer, unit.section().heading())));
            } else {
                positions[i] = perSection.merge(unit.section(), 1, Integer::sum) - 1;
            }
        }
        this.headingTerms = Map.copyOf(headings);
        this.sectionUnits = Map.copyOf(sections);
        this.passagesPerSection = Map.copyOf(perSection);
        this.foreignSubject = ForeignSubject.of(snapshot.articles(), word -> analyze(indexAnalyzer, word));
        this.clinicNames = SubjectWords.of(snapshot.articles()).names();
    }

    static SearchIndex build(KnowledgeSnapshot snapshot, EmbeddingModel embeddings) {
        Map<String, String> failures = new LinkedHashMap<>(snapshot.failures());
        SynonymMap synonyms = synonyms(snapshot.synonyms(), failures);
        List<Unit> units = new ArrayList<>();
        for (Section section : snapshot.sections()) {
            units.add(new Unit(Kind.SECTION, section, section.body(), section.body(), "", false, null));
            for (PassageSplitter.Passage passage : PassageSplitter.split(section)) {
                units.add(new Unit(Kind.PASSAGE, section, passage.text(), passage.searchableText(), passage.leadIn(),
                        passage.listItem(), null));
            }
        }
        units = embed(units, embeddings);
        Map<Section, float[]> headingVectors = headingVectors(snapshot.sections(), embeddings);
        Analyzer indexAnalyzer = ClinicAnalyzers.indexAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
            for (int i = 0; i < units.size(); i++) {
                writer.addDocument(document(i, units.get(i)));
            }
            writer.forceMerge(1); // one segment: the index never changes after this, so search it at its fastest
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
        try {
            return new SearchIndex(snapshot, List.copyOf(units), failures, DirectoryReader.open(directory),
                    ClinicAnalyzers.queryAnalyzer(synonyms), indexAnalyzer, embeddings, headingVectors);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    private static SynonymMap synonyms(String rules, Map<String, String> failures) {
        try {
            return ClinicAnalyzers.parseSynonyms(rules);
        } catch (IOException | ParseException | IllegalArgumentException e) {
            failures.put("synonyms.txt", "not applied: " + e.getMessage());
            try {
                return ClinicAnalyzers.parseSynonyms("");
            } catch (IOException | ParseException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** The heading path goes into the embedded text: a sentence alone often lacks its topic. */
    private static List<Unit> embed(List<Unit> units, EmbeddingModel embeddings) {
        if (units.isEmpty()) {
            return units;
        }
        List<TextSegment> segments = units.stream()
                .map(unit -> TextSegment.from(String.join(" › ", unit.section().headingPath()) + ": " + unit.searchable()))
                .toList();
        List<Embedding> vectors = embeddings.embedAll(segments).content();
        List<Unit> embedded = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            embedded.add(new Unit(unit.kind(), unit.section(), unit.text(), unit.searchable(), unit.leadIn(),
                    unit.listItem(), vectors.get(i).vector()));
        }
        return embedded;
    }

    /** Each section's own heading embedded alone: how near a question is to what the section says it is about. */
    private static Map<Section, float[]> headingVectors(List<Section> sections, EmbeddingModel embeddings) {
        if (sections.isEmpty()) {
            return Map.of();
        }
        List<Embedding> vectors = embeddings.embedAll(sections.stream().map(s -> TextSegment.from(s.heading())).toList())
                .content();
        Map<Section, float[]> bySection = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            bySection.put(sections.get(i), vectors.get(i).vector());
        }
        return bySection;
    }

    private static Document document(int ordinal, Unit unit) {
        Document doc = new Document();
        doc.add(new KeywordField(KIND, unit.kind().name(), Field.Store.NO));
        doc.add(new StoredField(UNIT, ordinal));
        doc.add(new TextField(TEXT, unit.searchable(), Field.Store.NO));
        doc.add(new TextField(HEADING, String.join(" ", unit.section().headingPath()), Field.Store.NO));
        doc.add(new KnnFloatVectorField(VECTOR, unit.vector(), VectorSimilarityFunction.COSINE));
        return doc;
    }

    KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    List<Unit> units() {
        return units;
    }

    Map<String, String> failures() {
        return failures;
    }

    float[] headingVector(Section section) {
        return headingVectors.get(section);
    }

    /** The position of the whole-section unit of a section in {@link #units()}. */
    int sectionUnit(Section section) {
        return sectionUnits.get(section);
    }

    /** A passage's place in its section, 0 for the first. */
    int position(int unit) {
        return positions[unit];
    }

    int passagesIn(Section section) {
        return passagesPerSection.getOrDefault(section, 0);
    }

    /** As {@link #weightedOverlap}, against the words of a section's own heading. */
    double headingOverlap(Map<String, Set<String>> queryTerms, Section section) {
        return overlap(queryTerms, headingTerms.getOrDefault(section, Set.of()));
    }

    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float[] embed(String text) {
        return embeddings.embed(text).content().vector();
    }

    /** BM25 over text and headings, with synonyms, and fuzzy matching for words the articles never use. */
    List<Hit> lexical(String query, Kind kind, int limit) {
        BooleanQuery textQuery = textQueries.get(query);
        if (textQuery == null) {
            textQuery = textQuery(query);
            if (textQueries.size() >= MAX_TEXT_QUERIES) {
                textQueries.clear(); // a bound, not an LRU: what is asked now is cached again at once
            }
            textQueries.put(query, textQuery);
        }
        if (textQuery.clauses().isEmpty()) {
            return List.of();
        }
        Query filtered = new BooleanQuery.Builder()
                .add(textQuery, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind.name())), BooleanClause.Occur.FILTER)
                .build();
        return search(filtered, limit);
    }

    /**
     * The question analysed (synonyms, stems) into BM25 clauses over text and headings, plus fuzzy clauses for
     * words no article uses. Every question is searched twice, for passages and for sections, with the same
     * clauses: they are built once and kept.
     */
    private BooleanQuery textQuery(String query) {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer);
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        addIfPresent(should, builder.createBooleanQuery(TEXT, query), 1f);
        addIfPresent(should, builder.createBooleanQuery(HEADING, query), 0.5f);
        for (String term : unknownTerms(query)) {
            should.add(new BoostQuery(fuzzy(term), 0.8f), BooleanClause.Occur.SHOULD);
        }
        return should.build();
    }

    /**
     * A word the articles never use, expanded to the index terms within one edit (two for long words) of it. The
     * expansion (Levenshtein automata, then a walk of the terms dictionary) was most of a lexical search's cost, and
     * every question runs two lexical searches; the index never changes, so each word is expanded once. The
     * rewritten query holds term statistics of this index's reader, which is this instance's for its whole life.
     */
    private Query fuzzy(String term) {
        Query expanded = fuzzyExpansions.get(term);
        if (expanded != null) {
            return expanded;
        }
        int edits = term.length() >= 7 ? 2 : 1;
        try {
            expanded = searcher.rewrite(new FuzzyQuery(new Term(TEXT, term), edits, 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (fuzzyExpansions.size() < MAX_FUZZY_EXPANSIONS) { // bounded: visitors can type any number of new words
            fuzzyExpansions.putIfAbsent(term, expanded);
        }
        return expanded;
    }

    /** KNN over the embeddings; scores are cosine similarities mapped by Lucene to (1 + cos) / 2. */
    List<Hit> semantic(float[] vector, Kind kind, int limit) {
        return search(new KnnFloatVectorQuery(VECTOR, vector, limit, new TermQuery(new Term(KIND, kind.name()))),
                limit);
    }

    /** Index terms of the query that no document contains: probably misspelt, so they are matched fuzzily. */
    Set<String> unknownTerms(String query) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String term : analyze(indexAnalyzer, query)) {
            try {
                if (term.length() >= 4 && reader.docFreq(new Term(TEXT, term)) == 0) {
                    unknown.add(term);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return unknown;
    }

    /**
     * The share of the query's information that one unit contains: query terms weighted by inverse passage
     * frequency, so matching a rare word ("office") counts for more than matching "magnesium". A term counts as
     * matched when the unit holds it or one of its synonyms ("house" → "home"). Words the articles never use carry
     * the highest weight, and unless a synonym matches they are missing.
     *
     * @param queryTerms from {@link #terms(String)}: each query term with its synonyms
     */
    double weightedOverlap(Map<String, Set<String>> queryTerms, int unit) {
        return overlap(queryTerms, unitTerms.get(unit));
    }

    private double overlap(Map<String, Set<String>> queryTerms, Set<String> terms) {
        double total = 0;
        double matched = 0;
        for (Map.Entry<String, Set<String>> term : queryTerms.entrySet()) {
            int df = passageFrequency.getOrDefault(term.getKey(), 0);
            double idf = Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
            total += idf;
            if (term.getValue().stream().anyMatch(terms::contains)) {
                matched += idf;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    /**
     * The share of the query's information (weighted as in {@link #weightedOverlap}) carried by words that no
     * article uses, nor any synonym or probable spelling of them: "price", "insurance", "arthritis".
     */
    double unknownShare(Map<String, Set<String>> queryTerms) {
        double total = 0;
        double unknown = 0;
        for (Map.Entry<String, Set<String>> term : queryTerms.entrySet()) {
            int df = passageFrequency.getOrDefault(term.getKey(), 0);
            double idf = Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
            total += idf;
            if (term.getValue().stream().noneMatch(passageFrequency::containsKey)) {
                unknown += idf;
            }
        }
        return total == 0 ? 0 : unknown / total;
    }

    /**
     * Sentence-level evidence over every passage (a sentence or a list item) of the articles, not only the fusion's
     * best: the IDF-weighted overlap of the passage nearest in meaning, and the cosine of the passage with the
     * largest overlap (the nearest of those tied; at least 0).
     */
    record Sentences(double nearestOverlap, double overlapCosine) {
    }

    Sentences sentences(Map<String, Set<String>> queryTerms, float[] vector) {
        double nearestCosine = -2;
        double nearestOverlap = 0;
        double bestOverlap = 0;
        double overlapCosine = 0;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind() != Kind.PASSAGE) {
                continue;
            }
            double cosine = Cosine.of(vector, units.get(i).vector());
            double overlap = weightedOverlap(queryTerms, i);
            if (cosine > nearestCosine) {
                nearestCosine = cosine;
                nearestOverlap = overlap;
            }
            if (overlap > bestOverlap || (overlap == bestOverlap && cosine > overlapCosine)) {
                bestOverlap = overlap;
                overlapCosine = cosine;
            }
        }
        return new Sentences(nearestOverlap, overlapCosine);
    }

    /**
     * The question's content words weighed by how rare they are in general English ({@link EnglishVocabulary#rank},
     * log scale, 1 for a word the vocabulary lacks), not by the index, whose weights move with every article added
     * and make any word the articles lack the rarest: the share of that weight in words no article uses (nor a
     * synonym or probable spelling of them), the weight of the rarest such word, and the share held by the best of
     * the given passages.
     */
    record GeneralWords(double unknownShare, double rarestUnknown, double heldShare) {
    }

    GeneralWords generalWords(String query, List<Integer> passages) {
        double total = 0;
        double unknown = 0;
        double rarest = 0;
        double[] held = new double[passages.size()];
        for (String word : query.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            Map<String, Set<String>> stems = analysed(word);
            if (stems.isEmpty()) {
                continue; // a stop word, or nothing
            }
            double weight = Math.log(2 + EnglishVocabulary.rank(word)) / Math.log(2 + EnglishVocabulary.SIZE);
            total += weight;
            if (!usesAll(stems, passageFrequency::containsKey)) {
                unknown += weight;
                rarest = Math.max(rarest, weight);
            }
            for (int i = 0; i < held.length; i++) {
                int unit = passages.get(i);
                if (stems.values().stream().allMatch(s -> s.stream().anyMatch(t -> holds(unit, t)))) {
                    held[i] += weight;
                }
            }
        }
        if (total == 0) {
            return new GeneralWords(0, 0, 0);
        }
        return new GeneralWords(unknown / total, rarest, java.util.Arrays.stream(held).max().orElse(0) / total);
    }

    /** A named thing the query is about that no article describes ({@link ForeignSubject}). */
    Optional<String> foreignSubject(String query) {
        return foreignSubject.in(query, this::uses);
    }

    /** What the query asks the treatment to help with, when no article uses a word of it ({@link AskedBenefit}). */
    Optional<String> unnamedBenefit(String query) {
        // each word is read with the question's phrase synonyms: "charley horses" is cramps though neither word is
        Map<String, Set<String>> inQuestion = terms(query);
        // a heading names what its section is about ("Side Effects") even where the passages never repeat it
        return AskedBenefit.unnamedIn(query,
                word -> usesAll(inContext(analysed(word), inQuestion), vocabulary::contains)
                        || foreignSubject.shortForm(word),
                word -> analysed(word).isEmpty());
    }

    /** A word's stems, each with the synonyms it took in the question (a phrase it is part of) added. */
    private static Map<String, Set<String>> inContext(Map<String, Set<String>> word,
                                                     Map<String, Set<String>> inQuestion) {
        Map<String, Set<String>> stems = new LinkedHashMap<>();
        word.forEach((stem, synonyms) -> stems.put(stem, inQuestion.getOrDefault(stem, synonyms)));
        return stems;
    }

    /** Whether a word is an article's subject or short for one ("magnesium", "mag"; {@link ForeignSubject}). */
    boolean subject(String word) {
        return foreignSubject.subject(word);
    }

    /** The section that sums up the topic the query asks about as a whole ({@link OverviewQuestion}), if one does. */
    Optional<Section> overview(String query) {
        return OverviewQuestion.answeredBy(terms(query), sectionUnits.keySet(),
                section -> headingTerms.getOrDefault(section, Set.of()),
                section -> {
                    Set<String> own = new java.util.HashSet<>(unitTerms.get(sectionUnits.get(section)));
                    own.addAll(headingTerms.getOrDefault(section, Set.of()));
                    return own;
                },
                vocabulary::contains);
    }

    /** The names the clinic goes by in its articles ("Pure IV Utah"; {@link SubjectWords#names()}). */
    Set<String> clinicNames() {
        return clinicNames;
    }

    /** Whether the articles use a word: each of its stems, or a synonym or probable spelling of it. */
    boolean uses(String word) {
        return usesAll(terms(word), passageFrequency::containsKey);
    }

    /** Whether the known terms hold each stem of a word, or a synonym or probable spelling of it. */
    private static boolean usesAll(Map<String, Set<String>> stems, java.util.function.Predicate<String> known) {
        return stems.values().stream().allMatch(synonyms -> synonyms.stream().anyMatch(known));
    }

    /** A term's inverse passage frequency, as {@link #weightedOverlap} weighs it; a term no passage holds weighs most. */
    double idf(String term) {
        int df = passageFrequency.getOrDefault(term, 0);
        return Math.log(1 + (passageCount - df + 0.5) / (df + 0.5));
    }

    /**
     * The question's rarest content word that the articles use (a word no passage holds is left to the coverage
     * decision), as the stems it matches: itself and its synonyms; empty when the question has none.
     */
    Set<String> rarestKnown(Map<String, Set<String>> queryTerms) {
        Set<String> rarest = Set.of();
        double top = -1;
        for (Set<String> synonyms : queryTerms.values()) {
            // the rarest of the synonyms the passages hold
            double idf = synonyms.stream().filter(term -> passageFrequency.getOrDefault(term, 0) > 0)
                    .mapToDouble(this::idf).max().orElse(-1);
            if (idf > top) {
                top = idf;
                rarest = synonyms;
            }
        }
        return rarest;
    }

    /** Whether a section's own heading holds one of the terms. */
    boolean headingHolds(Section section, Set<String> terms) {
        Set<String> heading = headingTerms.getOrDefault(section, Set.of());
        return terms.stream().anyMatch(heading::contains);
    }

    /** Whether a passage or section holds the term. */
    boolean holds(int unit, String term) {
        return unitTerms.get(unit).contains(term);
    }

    /**
     * The query's content words after analysis (stop words gone, stems), each with its synonyms' stems. A synonym
     * of several words ("charley horse", "red in the face") is seen only in the whole question, so its stems are
     * added to each word it spans that no article uses; a word the articles use keeps its own meaning ("side
     * effects" are not "risks" of the cardiovascular kind).
     */
    Map<String, Set<String>> terms(String query) {
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        List<QueryWord> words = new ArrayList<>();
        Matcher word = WORD.matcher(query);
        while (word.find()) {
            Map<String, Set<String>> analysed = analysed(word.group());
            words.add(new QueryWord(word.start(), word.end(), analysed));
            analysed.forEach((stem, synonyms) ->
                    terms.computeIfAbsent(stem, key -> new java.util.HashSet<>()).addAll(synonyms));
        }
        for (SpannedTerm phrase : spannedTerms(queryAnalyzer, query)) {
            List<QueryWord> spanned = words.stream()
                    .filter(w -> w.start() >= phrase.start() && w.end() <= phrase.end()).toList();
            if (spanned.size() > 1) {
                spanned.stream().map(QueryWord::terms).filter(this::noArticleUses)
                        .forEach(w -> w.keySet().forEach(stem -> terms.get(stem).add(phrase.term())));
            }
        }
        return terms;
    }

    private record QueryWord(int start, int end, Map<String, Set<String>> terms) {
    }

    /** A word none of whose stems, synonyms or probable spellings any article uses. */
    private boolean noArticleUses(Map<String, Set<String>> word) {
        return word.values().stream().flatMap(Set::stream).noneMatch(passageFrequency::containsKey);
    }

    /**
     * One word's stems, each with its synonyms' stems and probable spellings, kept: a question's words are read by
     * the coverage evidence, the general-English weights and the foreign-subject check, and visitors repeat words.
     */
    private Map<String, Set<String>> analysed(String word) {
        Map<String, Set<String>> known = analysedWords.get(word);
        if (known != null) {
            return known;
        }
        Map<String, Set<String>> terms = new LinkedHashMap<>();
        List<String> stems = analyze(indexAnalyzer, word);
        if (!stems.isEmpty()) {
            Set<String> synonyms = new java.util.HashSet<>(stems);
            synonyms.addAll(analyze(queryAnalyzer, word));
            stems.stream().filter(stem -> stem.length() >= 6 && !passageFrequency.containsKey(stem))
                    .forEach(misspelt -> synonyms.addAll(nearTerms(misspelt)));
            Set<String> frozen = Set.copyOf(synonyms);
            stems.forEach(stem -> terms.put(stem, frozen));
        }
        Map<String, Set<String>> frozen = java.util.Collections.unmodifiableMap(terms);
        if (analysedWords.size() < MAX_ANALYSED_WORDS) { // bounded: visitors can type any number of new words
            analysedWords.putIfAbsent(word, frozen);
        }
        return frozen;
    }

    /**
     * Index terms a word the articles never use was probably meant to be: same first letter (misspellings rarely
     * change it, and "affect" must not become "effect"), one edit away, two for long words.
     */
    private List<String> nearTerms(String word) {
        int edits = word.length() >= 8 ? 2 : 1;
        return passageFrequency.keySet().stream()
                .filter(term -> term.charAt(0) == word.charAt(0) && Math.abs(term.length() - word.length()) <= edits)
                .filter(term -> editDistance(term, word) <= edits)
                .toList();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> analyze(Analyzer analyzer, String text) {
        return spannedTerms(analyzer, text).stream().map(SpannedTerm::term).toList();
    }

    /** A term and the characters it came from: a synonym rule's output spans its whole phrase. */
    private record SpannedTerm(String term, int start, int end) {
    }

    private static List<SpannedTerm> spannedTerms(Analyzer analyzer, String text) {
        List<SpannedTerm> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new SpannedTerm(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static void addIfPresent(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }

    private List<Hit> search(Query query, int limit) {
        try {
            ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                int unit = stored.document(doc.doc).getField(UNIT).numericValue().intValue();
                hits.add(new Hit(unit, doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
