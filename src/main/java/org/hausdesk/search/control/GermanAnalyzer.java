package org.hausdesk.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * How Hausdesk reads German, in three levels of strictness, each the same at index and query time:
 * <ul>
 * <li>{@link Level#EXACT}: lower case only ("ändern" is not "andern");</li>
 * <li>{@link Level#FOLDED}: umlauts and ß folded, so "ä", "ae" and "a" meet, no stemming;</li>
 * <li>{@link Level#STEMMED}: compounds split with a real dictionary (the whole word kept, its parts
 * added, {@link #PART}), the infinitive added to participles and nouns in -ung ({@link #FORM}),
 * umlauts written out (ä → ae, so that light stemming cannot make "ändern" and "andere" one word),
 * and light stemming.</li>
 * </ul>
 * A search weighs the stricter levels higher (see {@link Search}). Synonyms are not part of the
 * analysis: they are added when searching, below the word typed.
 */
public final class GermanAnalyzer extends Analyzer {

    /**
     * Changes whenever the chain or the way documents are indexed changes; an index built by another
     * version is rebuilt at start.
     */
    public static final String VERSION = "de-14";

    /** The type of a token that is a part of a compound. */
    public static final String PART = "part";
    /** The type of a token that is another form of the word (the infinitive of a participle). */
    public static final String FORM = "form";

    /**
     * {@link #STEMMED_WORDS} and {@link #EXTRAS} split {@link #STEMMED} in two, for the fields of a
     * document: its own words (title, text, tags) and, apart, the parts and forms derived from them,
     * so that a compound in a text counts less for its part than the word itself would.
     */
    public enum Level { EXACT, FOLDED, STEMMED, STEMMED_WORDS, EXTRAS }

    /** Words a search ignores (search/stop-words-de.txt), in today's spelling and conversational. */
    public static final CharArraySet STOP_WORDS = new CharArraySet(resourceLines("search/stop-words-de.txt"), false);

    private final Level level;
    private final boolean withoutStopWords;

    private GermanAnalyzer(Level level, boolean withoutStopWords) {
        this.level = level;
        this.withoutStopWords = withoutStopWords;
    }

    public static GermanAnalyzer of(Level level) {
        return new GermanAnalyzer(level, false);
    }

    /** The stemmed level without stop words: for finding similar documents to a long text. */
    public static GermanAnalyzer forLongText() {
        return new GermanAnalyzer(Level.STEMMED, true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (withoutStopWords) {
            stream = new StopFilter(stream, STOP_WORDS);
        }
        switch (level) {
            case EXACT -> {
            }
            case FOLDED -> stream = new GermanNormalizationFilter(stream);
            case STEMMED, STEMMED_WORDS, EXTRAS -> {
                var splitter = CompoundSplitter.shared();
                stream = new ExtraTokensFilter(stream) {
                    @Override
                    List<String> extras(String word) {
                        return splitter.parts(word);
                    }

                    @Override
                    String extraType(String wordType) {
                        return PART;
                    }
                };
                stream = new ExtraTokensFilter(stream) {
                    @Override
                    List<String> extras(String word) {
                        return WordForms.of(word);
                    }

                    @Override
                    String extraType(String wordType) {
                        return PART.equals(wordType) ? PART : FORM;
                    }
                };
                stream = new UmlautsWrittenOut(stream);
                stream = new LoanwordPlural(stream);
                stream = new GermanLightStemFilter(stream);
                // a part can equal the word, a form its stem: one term per position is enough
                stream = new RemoveDuplicatesTokenFilter(stream);
                if (level == Level.STEMMED_WORDS) {
                    stream = new TypeTokenFilter(stream, java.util.Set.of(PART, FORM), false);
                } else if (level == Level.EXTRAS) {
                    stream = new TypeTokenFilter(stream, java.util.Set.of(PART, FORM), true);
                }
            }
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return switch (level) {
            case EXACT -> stream;
            case FOLDED -> new GermanNormalizationFilter(stream);
            case STEMMED, STEMMED_WORDS, EXTRAS -> new UmlautsWrittenOut(stream);
        };
    }

    /** A term and whether it is the word itself, a part of it or another form of it. */
    public record Token(String term, String type) {
        public boolean word() {
            return !PART.equals(type) && !FORM.equals(type);
        }
    }

    /** The tokens a text becomes. */
    public List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        try (var stream = tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The terms a text becomes, e.g. for tests. */
    public List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new GermanNormalizationFilter(new LowerCaseFilter(tokenizer)));
        }
    };

    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Folds a single word: lower case, umlauts and ß ("Schlüssel" and "schluessel" → "schlussel"). */
    static String fold(String word) {
        var known = FOLDED.get(word);
        if (known != null) {
            return known;
        }
        var folded = foldNow(word);
        if (FOLDED.size() > 50_000) {
            FOLDED.clear();
        }
        FOLDED.put(word, folded);
        return folded;
    }

    private static String foldNow(String word) {
        try (var stream = FOLDING.tokenStream("x", word)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            var folded = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return folded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> resourceLines(String resource) {
        InputStream in = GermanAnalyzer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (var reader = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "Fotos", "Videos", "Handys", "Apps", "Kameras": the plural s of words German took from other
     * languages, which the light stemmer keeps after a vowel, y or p.
     */
    static final class LoanwordPlural extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        LoanwordPlural(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int length = term.length();
            if (length >= 4 && term.charAt(length - 1) == 's' && "aoyp".indexOf(term.charAt(length - 2)) >= 0) {
                term.setLength(length - 1);
            }
            return true;
        }
    }

    /** ä → ae, ö → oe, ü → ue, ß → ss: the stemmer then cannot fold "ändern" into "andern". */
    static final class UmlautsWrittenOut extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        UmlautsWrittenOut(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            var chars = term.buffer();
            int length = term.length();
            boolean any = false;
            for (int i = 0; i < length && !any; i++) {
                any = chars[i] == 'ä' || chars[i] == 'ö' || chars[i] == 'ü' || chars[i] == 'ß';
            }
            if (any) {
                var out = new StringBuilder(length + 4);
                for (int i = 0; i < length; i++) {
                    switch (chars[i]) {
                        case 'ä' -> out.append("ae");
                        case 'ö' -> out.append("oe");
                        case 'ü' -> out.append("ue");
                        case 'ß' -> out.append("ss");
                        default -> out.append(chars[i]);
                    }
                }
                term.setEmpty().append(out);
            }
            return true;
        }
    }
}
