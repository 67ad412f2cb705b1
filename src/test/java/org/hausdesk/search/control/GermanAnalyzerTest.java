package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GermanAnalyzerTest {

    private final GermanAnalyzer.Pair pair = GermanAnalyzer.create(Optional.empty());
    private final GermanAnalyzer analyzer = pair.querying();

    /** A query for one word finds a document with the other, and the other way round. */
    private boolean findEachOther(String a, String b) {
        return finds(a, b) && finds(b, a);
    }

    private boolean finds(String query, String document) {
        var indexed = pair.indexing().terms(document);
        return analyzer.terms(query).stream().anyMatch(indexed::contains);
    }

    private boolean shareATerm(String a, String b) {
        var left = analyzer.terms(a);
        return analyzer.terms(b).stream().anyMatch(left::contains);
    }

    @Test
    void umlautsAndTheirSpellingsMeet() {
        assertEquals(analyzer.terms("ändern"), analyzer.terms("aendern"));
        assertEquals(analyzer.terms("Schlüssel"), analyzer.terms("schluessel"));
        assertEquals(analyzer.terms("größe"), analyzer.terms("groesse"));
    }

    @Test
    void inflectedFormsMeet() {
        assertTrue(shareATerm("Benachrichtigungen", "Benachrichtigung"));
        assertTrue(shareATerm("Dateien", "Datei"));
        assertTrue(shareATerm("Fotos", "Foto"));
    }

    @Test
    void compoundsAreSplit() {
        assertTrue(analyzer.terms("Passwortänderung").contains(analyzer.terms("Passwort").getFirst()),
                analyzer.terms("Passwortänderung").toString());
        assertTrue(shareATerm("Sicherheitsschlüssel", "Schlüssel"));
        assertTrue(shareATerm("Speicherplatz", "Speicher"));
        assertTrue(shareATerm("Videokonferenz", "Konferenz"));
    }

    @Test
    void synonymsMeet() {
        assertTrue(findEachOther("Handy", "Smartphone"));
        assertTrue(findEachOther("Kennwort", "Passwort"));
        assertTrue(findEachOther("Chat", "Messenger"));
        assertTrue(findEachOther("Videokonferenz", "Meeting"));
        assertTrue(findEachOther("WLAN", "Internet"));
        assertTrue(findEachOther("Kennwort vergessen", "Passwort zurücksetzen"));
    }

    @Test
    void wordsThatSayNothingAreNotSearched() {
        assertEquals(java.util.List.of("cloud"), analyzer.terms("ich komme nicht in die Cloud").stream()
                .filter(t -> !t.startsWith("komm")).toList());
    }

    @Test
    void coordinatorsSynonymsChangeTheVersionSoTheIndexIsRebuilt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var file = dir.resolve("synonyms.txt");
        java.nio.file.Files.writeString(file, "fernseher, tv\n");
        var first = GermanAnalyzer.create(Optional.of(file));
        assertTrue(first.indexing().terms("Fernseher").contains(first.querying().terms("TV").getFirst()));
        java.nio.file.Files.writeString(file, "fernseher, tv, glotze\n");
        var second = GermanAnalyzer.create(Optional.of(file));
        assertTrue(!first.version().equals(second.version()) && !first.version().equals(pair.version()),
                first.version() + " / " + second.version());
    }
}
