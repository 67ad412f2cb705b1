package org.hausdesk.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How Hausdesk reads German, the same at index and query time: lower case; umlauts and ß folded so
 * that "ä", "ae" and "a" meet; compounds split with the project's word list ("Passwortänderung"
 * also yields "passwort" and "anderung"); synonyms ("Handy" = "Smartphone"); light stemming.
 * Normalising comes before splitting and synonyms, so word list and synonyms match however a
 * resident writes the umlauts.
 */
public final class GermanAnalyzer extends Analyzer {

    /**
     * Changes whenever the chain or the way documents are indexed changes; an index built by another
     * version is rebuilt at start.
     */
    public static final String VERSION = "de-9";

    private static final CharArraySet STOP_WORDS = org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet();

    private final CharArraySet dictionary;
    private final SynonymMap synonyms;
    private final boolean forIndexing;

    private GermanAnalyzer(CharArraySet dictionary, SynonymMap synonyms, boolean forIndexing) {
        this.dictionary = dictionary;
        this.synonyms = synonyms;
        this.forIndexing = forIndexing;
    }

    /** The pair of analyzers for one index: synonyms from the project's file and optionally a coordinator's file. */
    public record Pair(GermanAnalyzer indexing, GermanAnalyzer querying, String version) {
    }

    /** The analyzers, and the version of the analysis: {@link #VERSION} and a digest of the coordinators' synonyms. */
    public static Pair create(Optional<Path> extraSynonyms) {
        var dictionary = dictionary();
        var synonyms = synonyms(extraSynonyms);
        return new Pair(new GermanAnalyzer(dictionary, synonyms, true), new GermanAnalyzer(dictionary, synonyms, false),
                VERSION + extraSynonyms.filter(Files::isReadable).map(GermanAnalyzer::digest).map(d -> "+" + d).orElse(""));
    }

    private static String digest(Path file) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(sha, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (!forIndexing) {
            // "ich", "die", "nicht" ... say nothing about the problem and would match nearly every document.
            // The index keeps them, so phrases still line up.
            stream = new StopFilter(stream, STOP_WORDS);
        }
        stream = new GermanNormalizationFilter(stream);
        stream = new DictionaryCompoundWordTokenFilter(stream, dictionary, 5, 3, 15, false);
        if (forIndexing) {
            // Synonyms are added to the index only: a query for "Handy" then is one term, not four, and
            // still finds "Smartphone". Changing the synonyms changes the version, which rebuilds the index.
            stream = new SynonymGraphFilter(stream, synonyms, true);
            stream = new FlattenGraphFilter(stream);
        }
        stream = new GermanLightStemFilter(stream);
        // a dictionary word is also its own "part" (and stems can meet): one term per position is enough
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }

    /** The terms a text becomes, e.g. for tests and for spelling suggestions. */
    public List<String> terms(String text) {
        var terms = new ArrayList<String>();
        try (var stream = tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Folds a single word the way the chain does before splitting: lower case, umlauts. */
    static String fold(String word) {
        try (var analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer,
                        new GermanNormalizationFilter(new LowerCaseFilter(tokenizer)));
            }
        }; var stream = analyzer.tokenStream("x", word)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            var folded = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return folded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet dictionary() {
        var words = new CharArraySet(200, true);
        for (var line : lines("search/compound-words.txt")) {
            words.add(fold(line));
        }
        return words;
    }

    private static SynonymMap synonyms(Optional<Path> extra) {
        var folding = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer,
                        new GermanNormalizationFilter(new LowerCaseFilter(tokenizer)));
            }
        };
        try (folding) {
            var parser = new SolrSynonymParser(true, true, folding);
            parser.parse(reader("search/synonyms-de.txt"));
            if (extra.isPresent() && Files.isReadable(extra.get())) {
                parser.parse(Files.newBufferedReader(extra.get(), StandardCharsets.UTF_8));
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("The synonyms file has an error: " + e.getMessage(), e);
        }
    }

    private static List<String> lines(String resource) {
        try (var reader = new java.io.BufferedReader(reader(resource))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String resource) {
        InputStream in = GermanAnalyzer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return new StringReader("");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
