package com.clinicchat.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;

/**
 * English analysis for the articles: lower case, folding, stop words, Porter stemming. Synonyms apply at query
 * time only, so editing {@code synonyms.txt} needs no re-index of the text and multi-word synonyms
 * ("blood pressure", "irregular heartbeat") become proper graph queries.
 */
final class ClinicAnalyzers {

    /** Lucene's English stop words plus question words that carry no topic. */
    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(List.of("what", "whats", "how", "why", "who", "which", "when", "where", "does", "do", "did",
                "can", "could", "should", "would", "i", "im", "me", "my", "you", "your", "we", "us", "our", "about",
                "tell", "much", "many", "any", "some", "get", "got", "has", "have", "been", "from", "than", "so",
                "also", "very", "really", "please", "s",
                // verbs and fillers of everyday questions that say nothing about the topic
                "done", "take", "go", "going", "make", "need", "want", "like", "okay", "ok", "just", "thing",
                "things", "know", "try", "again", "still", "now", "anything", "something", "someone", "there"));
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    private ClinicAnalyzers() {
    }

    static Analyzer indexAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stem(stop(normalise(source))));
            }
        };
    }

    /** The query side: as {@link #indexAnalyzer()}, with the synonym rules between normalising and stemming. */
    static Analyzer queryAnalyzer(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = normalise(source);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, stem(stop(stream)));
            }
        };
    }

    /**
     * Parses Solr-format rules ({@code a, b, c} or {@code a => b}). Rules are analysed like the text up to
     * stemming, so they are written in plain words.
     */
    static SynonymMap parseSynonyms(String rules) throws IOException, ParseException {
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, normalise(source));
            }
        };
        SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
        parser.parse(new StringReader(rules));
        return parser.build();
    }

    private static TokenStream normalise(TokenStream stream) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(stream)));
    }

    private static TokenStream stop(TokenStream stream) {
        return new StopFilter(stream, STOP_WORDS);
    }

    private static TokenStream stem(TokenStream stream) {
        return new PorterStemFilter(stream);
    }
}
