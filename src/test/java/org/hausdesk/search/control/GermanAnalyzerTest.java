package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hausdesk.search.control.GermanAnalyzer.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GermanAnalyzerTest {

    private final GermanAnalyzer stemmed = GermanAnalyzer.of(Level.STEMMED);
    private final GermanAnalyzer folded = GermanAnalyzer.of(Level.FOLDED);
    private final GermanAnalyzer exact = GermanAnalyzer.of(Level.EXACT);

    private boolean shareATerm(GermanAnalyzer analyzer, String a, String b) {
        var left = analyzer.terms(a);
        return analyzer.terms(b).stream().anyMatch(left::contains);
    }

    private List<String> parts(String word) {
        return stemmed.tokens(word).stream().filter(t -> GermanAnalyzer.PART.equals(t.type()))
                .map(GermanAnalyzer.Token::term).toList();
    }

    @Test
    void umlautsAndTheirSpellingsMeet() {
        assertEquals(stemmed.terms("ändern"), stemmed.terms("aendern"));
        assertEquals(stemmed.terms("Schlüssel"), stemmed.terms("schluessel"));
        assertEquals(stemmed.terms("größe"), stemmed.terms("groesse"));
        assertEquals(folded.terms("Schlüssel"), folded.terms("schlussel"), "a missing umlaut meets on the folded level");
        assertEquals(folded.terms("ändern"), folded.terms("aendern"));
    }

    @Test
    void theExactLevelKeepsUmlauts() {
        assertEquals(List.of("ändern"), exact.terms("Ändern"));
        assertFalse(shareATerm(exact, "ändern", "andern"));
    }

    @Test
    void stemmingDoesNotMakeOtherWordsOne() {
        assertFalse(shareATerm(stemmed, "ändern", "andere"), stemmed.terms("ändern") + " / " + stemmed.terms("andere"));
        assertFalse(shareATerm(stemmed, "Bildschirm", "Bild"), "a dictionary word is not split");
        assertFalse(shareATerm(stemmed, "Bildschirme", "Bild"), "nor its plural");
    }

    @Test
    void inflectedFormsMeet() {
        assertTrue(shareATerm(stemmed, "Benachrichtigungen", "Benachrichtigung"));
        assertTrue(shareATerm(stemmed, "Dateien", "Datei"));
        assertTrue(shareATerm(stemmed, "Fotos", "Foto"));
    }

    @Test
    void participlesAndNounsMeetTheirVerb() {
        assertTrue(shareATerm(stemmed, "geändert", "Änderung"), stemmed.terms("geändert") + " / " + stemmed.terms("Änderung"));
        assertTrue(shareATerm(stemmed, "geändert", "ändern"));
        assertTrue(shareATerm(stemmed, "eingeloggt", "einloggen"));
        assertTrue(shareATerm(stemmed, "abgemeldet", "Abmeldung"));
        assertTrue(shareATerm(stemmed, "installiert", "installieren"));
        assertTrue(shareATerm(stemmed, "verschickt", "verschicken"));
        assertTrue(shareATerm(stemmed, "hochgeladen", "hochladen"));
    }

    @Test
    void compoundsAreSplitWithADictionary() {
        assertTrue(parts("Passwortänderung").containsAll(stemmed.terms("Passwort")), stemmed.terms("Passwortänderung").toString());
        assertTrue(shareATerm(stemmed, "Sicherheitsschlüssel", "Schlüssel"));
        assertTrue(shareATerm(stemmed, "sicherheitsschluessel", "Schlüssel"), "also written with ue");
        assertTrue(shareATerm(stemmed, "Kalenderfreigabe", "Freigabe"), "a compound not on the project's own list");
        assertTrue(shareATerm(stemmed, "Handykamera", "Kamera"));
        assertEquals(List.of(), parts("Anmeldung"));
        assertTrue(stemmed.terms("Passwortänderung").contains(stemmed.terms("Passwortänderung").getFirst()),
                "the whole word is kept");
    }

    @Test
    void aCompoundWithAPartTheDictionaryLacksKeepsTheKnownPart() {
        var splitter = CompoundSplitter.shared();
        assertEquals(List.of("kennwort", "zurücksetzung"), splitter.parts("kennwortzurücksetzung"));
        assertEquals(List.of("telefon", "buchabgleich"), splitter.parts("telefonbuchabgleich"));
        assertEquals(List.of("zurück", "setzung"), splitter.parts("zurücksetzung"), "no linking s taken from the rest");
        assertEquals(List.of(), splitter.parts("bildschirm"), "a dictionary word stays whole");
        assertEquals(List.of(), splitter.parts("fuehrerschein"), "also written with ue");
        assertEquals(List.of(), splitter.parts("einloggen"), "no known piece of four letters or more");
    }

    @Test
    void wordsThatSayNothingAreLeftOutOfLongTexts() {
        var terms = GermanAnalyzer.forLongText().terms("Ich möchte, dass Sie mir bitte helfen: die Cloud");
        assertEquals(List.of("cloud"), terms);
    }

    @Test
    void synonymsOfHausdeskAndOpenThesaurus() {
        var synonyms = Synonyms.load(Optional.empty());
        assertTrue(synonyms.own("Handy").contains("smartphone"));
        assertTrue(synonyms.own("kennwort").contains("passwort"));
        assertTrue(synonyms.own("Mülleimer").contains("papierkorb"));
        assertTrue(synonyms.own("muelleimer").contains("papierkorb"), "umlauts either way");
        assertTrue(synonyms.own("samsung").contains("android"));
        assertFalse(synonyms.own("android").contains("samsung"), "one-way rules stay one way");
        assertTrue(synonyms.own("geht nicht").contains("problem"), "phrases");
        assertTrue(synonyms.own("e mail").contains("email"), "\"e-mail\" is looked up as a search sees it");
        assertTrue(synonyms.thesaurus("einloggen").contains("anmelden") || synonyms.own("einloggen").contains("anmelden"));
        assertTrue(synonyms.thesaurus("mobiltelefon").isEmpty() || !synonyms.thesaurus("mobiltelefon").contains("mobiltelefon"));
    }

    @Test
    void aCooperativesOwnSynonymsAreAdded(@TempDir Path dir) throws Exception {
        var file = dir.resolve("synonyms.txt");
        Files.writeString(file, "fernseher, tv, glotze\nkiste => computer\n");
        var synonyms = Synonyms.load(Optional.of(file));
        assertTrue(synonyms.own("TV").contains("fernseher"));
        assertTrue(synonyms.own("kiste").contains("computer"));
        assertTrue(synonyms.own("handy").contains("smartphone"), "Hausdesk's own stay");
    }

    @Test
    void aSynonymsFileInAnotherEncodingOrWithABomStillLoads(@TempDir Path dir) throws Exception {
        var file = dir.resolve("synonyms.txt");
        var latin1 = "\uFEFFwaschk\u00fcche, waschkeller\nkiste => computer\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        var synonyms = Synonyms.load(Optional.of(file));
        assertTrue(synonyms.own("kiste").contains("computer"), "the lines that can be read count");
        assertTrue(synonyms.own("handy").contains("smartphone"));
    }
}
