package org.hausdesk.search.control;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits German compounds with a real dictionary (jwordsplitter's 58,000 words and the project's
 * own IT words in search/compound-words.txt): "Passwortänderung" gives "passwort" and "änderung". A
 * word that is itself in the dictionary is never split, so "Bildschirm" stays one word and does
 * not turn into pictures. Words written with ae/oe/ue are split as if written with umlauts.
 */
final class CompoundSplitter {

    private static final int SHORTEST = 6;
    /** The shortest piece a compound is split into when one of its parts is unknown. */
    private static final int PIECE = 4;
    private static final int LONGEST = 40;
    private static final int CACHED = 50_000;
    private static final String JWORDSPLITTER_WORDS = "/de/danielnaber/jwordsplitter/wordsGerman.txt";

    private static volatile CompoundSplitter shared;

    private final Set<String> dictionary;
    private final GermanWordSplitter splitter;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    private CompoundSplitter(Set<String> dictionary) throws IOException {
        this.dictionary = dictionary;
        this.splitter = new GermanWordSplitter(true, dictionary);
        this.splitter.setStrictMode(true);
    }

    /** One splitter for the whole application: its dictionary takes a moment to load. */
    static CompoundSplitter shared() {
        var splitter = shared;
        if (splitter == null) {
            synchronized (CompoundSplitter.class) {
                splitter = shared;
                if (splitter == null) {
                    try {
                        splitter = new CompoundSplitter(dictionary());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shared = splitter;
                }
            }
        }
        return splitter;
    }

    private static Set<String> dictionary() throws IOException {
        var words = new HashSet<String>(80_000);
        try (var in = GermanWordSplitter.class.getResourceAsStream(JWORDSPLITTER_WORDS)) {
            if (in == null) {
                throw new IOException("jwordsplitter's dictionary is missing");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> words.add(l.strip()));
        }
        words.addAll(GermanAnalyzer.resourceLines("search/compound-words.txt"));
        return words;
    }

    /** The parts of a lower-case word, or nothing if it is no compound (or a dictionary word itself). */
    List<String> parts(String word) {
        if (word.length() < SHORTEST || word.length() > LONGEST || inDictionary(word)) {
            return List.of();
        }
        var parts = cache.get(word);
        if (parts == null) {
            var umlauts = word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü");
            boolean written = !umlauts.equals(word); // with ae/oe/ue, or a word that has them ("steuer")
            if (written && inDictionary(umlauts)) {
                parts = List.of(); // "fuehrerschein" stays whole as "führerschein" does
            } else {
                parts = strict(word);
                if (parts.isEmpty() && written) {
                    parts = strict(umlauts);
                }
                if (parts.isEmpty()) {
                    parts = edges(word);
                }
                if (parts.isEmpty() && written) {
                    parts = edges(umlauts);
                }
            }
            if (cache.size() > CACHED) {
                cache.clear();
            }
            cache.put(word, parts);
        }
        return parts;
    }

    /** The word or, without a plural or case ending, its base form is a word of the dictionary ("Bildschirme"). */
    private boolean inDictionary(String word) {
        if (dictionary.contains(word)) {
            return true;
        }
        for (var ending : List.of("en", "es", "er", "e", "n", "s")) {
            if (word.endsWith(ending) && dictionary.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private List<String> strict(String word) {
        List<String> parts;
        synchronized (splitter) {
            parts = splitter.splitWord(word);
        }
        if (parts.size() < 2) {
            return List.of();
        }
        return parts.stream().map(String::strip).filter(p -> p.length() >= 3).toList();
    }

    /**
     * A compound with a part the dictionary lacks ("Kennwortzurücksetzung", "Telefonbuchabgleich"): a known word
     * at its start (with a linking "s" if any) and the rest, preferring a rest that is known too; else the
     * longer of the longest known start and the longest known end, with the unknown piece beside it. Each
     * piece has at least {@value #PIECE} letters.
     */
    private List<String> edges(String word) {
        List<String> head = null;
        for (int end = word.length() - PIECE; end >= PIECE; end--) {
            var start = word.substring(0, end);
            var known = dictionary.contains(start) ? start
                    : start.endsWith("s") && end > PIECE && dictionary.contains(start.substring(0, end - 1))
                    ? start.substring(0, end - 1) : null;
            if (known == null) {
                continue;
            }
            var rest = word.substring(end);
            if (inDictionary(rest)) {
                return List.of(known, rest);
            }
            var restParts = strict(rest);
            if (!restParts.isEmpty()) {
                var parts = new java.util.ArrayList<String>();
                parts.add(known);
                parts.addAll(restParts);
                return List.copyOf(parts);
            }
            if (head == null && known.equals(start)) { // a linking "s" only where the rest is known
                head = List.of(known, rest);
            }
        }
        for (int start = PIECE; start <= word.length() - PIECE; start++) {
            var tail = word.substring(start);
            if (dictionary.contains(tail)) {
                return head != null && head.getFirst().length() >= tail.length() ? head
                        : List.of(word.substring(0, start), tail);
            }
        }
        return head == null ? List.of() : head;
    }
}
