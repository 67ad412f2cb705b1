package org.hausdesk.search.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Other words for what a resident typed, looked up while searching. Two strengths: Hausdesk's own
 * list (search/synonyms-de.txt) with a cooperative's own file, and the broad OpenThesaurus list
 * (search/synonyms-openthesaurus-de.txt), which a search weighs lower. Solr's synonym format: "a, b,
 * c" are the same; "a, b => c" means a or b also looks for c. Entries may be several words; keys
 * are folded, so umlauts may be written either way.
 */
public final class Synonyms {

    private static final Logger LOG = Logger.getLogger(Synonyms.class.getName());
    private final Map<String, Set<String>> own;
    private final Map<String, Set<String>> thesaurus;

    private final Set<String> ownWords;
    private final int longest;

    private Synonyms(Map<String, Set<String>> own, Map<String, Set<String>> thesaurus) {
        this.own = own;
        this.thesaurus = thesaurus;
        var words = new java.util.TreeSet<String>();
        own.values().forEach(words::addAll); // every entry: each left side is also a right side of its group
        this.ownWords = java.util.Collections.unmodifiableSet(words);
        int most = 1;
        for (var map : List.of(own, thesaurus)) {
            for (var key : map.keySet()) {
                most = Math.max(most, key.split(" ").length);
            }
        }
        this.longest = Math.min(most, 6);
    }

    /** Hausdesk's lists and, if given and readable, a cooperative's own file (a bad line is skipped, with a warning). */
    public static Synonyms load(Optional<Path> extra) {
        var own = new HashMap<String, Set<String>>();
        parse(GermanAnalyzer.resourceLines("search/synonyms-de.txt"), own, "search/synonyms-de.txt");
        if (extra.isPresent()) {
            if (Files.isReadable(extra.get())) {
                try {
                    // a file saved in another encoding loses its umlauts, not the search: bad bytes become "?"
                    var text = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(extra.get()))).toString();
                    parse(text.replace("\uFEFF", "").lines().toList(), own, extra.get().toString());
                } catch (IOException e) {
                    LOG.warning(() -> "The synonyms file " + extra.get() + " cannot be read (" + e.getMessage()
                            + "); searching without it");
                }
            } else {
                LOG.warning(() -> "The synonyms file " + extra.get() + " cannot be read; searching without it");
            }
        }
        var thesaurus = new HashMap<String, Set<String>>();
        parse(GermanAnalyzer.resourceLines("search/synonyms-openthesaurus-de.txt"), thesaurus,
                "search/synonyms-openthesaurus-de.txt");
        return new Synonyms(own, thesaurus);
    }

    /** Every word and phrase of Hausdesk's own (and the cooperative's) list, lower case: what typos are corrected to. */
    public Set<String> ownWords() {
        return ownWords;
    }

    /** Hausdesk's own (and the cooperative's) words for a word or phrase, without the word itself. */
    public Set<String> own(String phrase) {
        return lookup(own, phrase);
    }

    /** OpenThesaurus's words for it that Hausdesk's texts use, without the word itself and without {@link #own}. */
    public Set<String> thesaurus(String phrase) {
        var found = lookup(thesaurus, phrase);
        if (found.isEmpty()) {
            return found;
        }
        var words = new LinkedHashSet<>(found);
        words.removeAll(own(phrase));
        return words;
    }

    private static Set<String> lookup(Map<String, Set<String>> map, String phrase) {
        var key = key(phrase);
        var words = map.get(key);
        if (words == null) {
            return Set.of();
        }
        var result = new LinkedHashSet<String>();
        for (var word : words) {
            if (!key(word).equals(key)) {
                result.add(word);
            }
        }
        return result;
    }

    /** Words as a search sees them: split where a search splits ("e-mail" is "e mail"), folded. */
    private static String key(String phrase) {
        var words = new ArrayList<String>();
        for (var word : phrase.strip().split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(GermanAnalyzer.fold(word));
            }
        }
        return String.join(" ", words);
    }

    /** The most words any entry has: longer phrases of a search need not be looked up. */
    public int longest() {
        return longest;
    }

    private static void parse(List<String> lines, Map<String, Set<String>> map, String source) {
        int number = 0;
        for (var raw : lines) {
            number++;
            var line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var sides = line.split("=>", -1);
            if (sides.length > 2) {
                int at = number;
                LOG.warning(() -> source + " line " + at + " has \"=>\" twice and is skipped: " + raw);
                continue;
            }
            var from = entries(sides[0]);
            var to = sides.length == 2 ? entries(sides[1]) : from;
            for (var entry : from) {
                var words = map.computeIfAbsent(key(entry), k -> new LinkedHashSet<>());
                words.addAll(to);
                words.add(entry); // looking up removes the word itself; it marks the word as known
            }
        }
    }

    private static List<String> entries(String side) {
        var entries = new ArrayList<String>();
        for (var entry : side.split(",")) {
            var words = entry.strip().toLowerCase(java.util.Locale.GERMAN).replaceAll("\\s+", " ");
            if (!words.isEmpty()) {
                entries.add(words);
            }
        }
        return entries;
    }
}
