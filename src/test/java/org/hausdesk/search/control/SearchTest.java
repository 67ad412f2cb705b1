package org.hausdesk.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.ticket.entity.Category;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a resident sees when searching the shipped FAQ: typos corrected, partial matches, synonyms at query time. */
class SearchTest {

    @TempDir
    static Path dir;

    private static SearchIndex index;
    private static Search search;

    @BeforeAll
    static void indexShippedArticles() throws Exception {
        List<Article> articles = SearchQualityTest.shippedArticles();
        index = TestIndexes.open(dir.resolve("index"), articles.stream().map(SearchSource::entry).toList());
        search = TestIndexes.search(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Search.Result find(String text) {
        return search.search(text, Scope.RESIDENT, null, true, 0, 10);
    }

    private static List<String> top(Search.Result result, int n) {
        return result.hits().stream().limit(n).map(Search.Hit::key).toList();
    }

    @Test
    void typosAreCorrectedAndSaidSo() {
        for (var typed : List.of("pasword vergesen", "kenwort vergesen")) {
            var result = find(typed);
            assertEquals("passwort-vergessen", top(result, 1).getFirst(), typed + ": " + top(result, 5));
            assertTrue(result.corrected() != null && result.corrected().endsWith("vergessen"), typed + ": " + result.corrected());
        }
        assertEquals("passwort vergessen", find("pasword vergesen").corrected());
        assertNull(find("passwort vergessen").corrected(), "nothing to correct");
    }

    @Test
    void everydayWordsFindTheTechnicalOnes() {
        assertTrue(top(find("ich komme nicht mehr rein"), 3).contains("passwort-vergessen"),
                top(find("ich komme nicht mehr rein"), 5).toString());
        assertTrue(top(find("messenger auf mein samsung"), 2).contains("element-android-installieren"),
                top(find("messenger auf mein samsung"), 5).toString());
    }

    private static IndexEntry article(String key, String title, String body) {
        return new IndexEntry(Fields.ARTICLE, key, title, body, List.of(), null, "DEVICE", "PUBLIC", null, null,
                "PUBLISHED", "de", null, null, null);
    }

    private static List<String> searchIn(Path folder, List<IndexEntry> entries, String text) throws Exception {
        var small = TestIndexes.open(folder.resolve("index"), entries);
        try {
            return top(TestIndexes.search(small).search(text, Scope.RESIDENT, null, true, 0, 10), 10);
        } finally {
            small.close();
        }
    }

    /** Four articles "key-1" … "key-4" that say the same, which makes its words common. */
    private static List<IndexEntry> fourSaying(String key, String text) {
        var entries = new java.util.ArrayList<IndexEntry>();
        for (int i = 1; i <= 4; i++) {
            entries.add(article(key + "-" + i, "Thema " + i, text + " " + i));
        }
        return entries;
    }

    @Test
    void aRarerSynonymDoesNotOutweighTheWordAsTyped(@TempDir Path other) throws Exception {
        // "telefon" is one of Hausdesk's synonyms of "android", and much rarer here: found as typed still wins
        var entries = fourSaying("android", "Auf einem Android-Gerät öffnen Sie die Einstellungen");
        entries.add(article("telefon", "Thema 5", "Auf einem Telefon öffnen Sie die Einstellungen"));
        var found = searchIn(other, entries, "android");
        assertEquals(5, found.size(), "the synonym finds its article too: " + found);
        assertEquals("telefon", found.getLast(), found.toString());
    }

    @Test
    void aVerbWhosePrefixStandsApartIsJoinedAgain(@TempDir Path other) throws Exception {
        var found = searchIn(other, List.of(
                article("anmelden", "Anmelden in der Cloud", "Geben Sie Ihren Namen und Ihr Kennwort ein."),
                article("meldung", "Eine Störung melden", "Melden Sie eine Störung, wir melden uns.")),
                "wie melde ich mich an");
        assertEquals("anmelden", found.getFirst(), found.toString());
    }

    @Test
    void whatATicketSaysNeverChangesWhatAResidentsSearchLooksFor(@TempDir Path other) throws Exception {
        var articles = List.of(
                article("passwort", "Ein neues Passwort", "So geben Sie sich ein neues Passwort."),
                article("drucker", "Der Drucker", "Der Drucker druckt nicht? Drucke eine Testseite."));
        var ticket = new IndexEntry(Fields.TICKET, "2026-0042", "Kennwortzurücksetzung und Ausdrucken",
                "Die Kennwortzurücksetzung klappt nicht, Ausdrucken auch nicht", List.of(), null, "DEVICE", null, 7L,
                "HOUSE", "OPEN", "de");
        var withTicket = new java.util.ArrayList<>(articles);
        withTicket.add(ticket);
        assertEquals(List.of("passwort"), searchIn(other.resolve("a"), articles, "kennwortzurücksetzung"));
        assertEquals(List.of("passwort"), searchIn(other.resolve("b"), withTicket, "kennwortzurücksetzung"),
                "the parts' synonyms are found as the word is in no public text");
        // "drucke … aus" is joined to "ausdrucken" only where a public text or Hausdesk's synonyms know it
        var small = TestIndexes.open(other.resolve("c"), withTicket);
        var searcher = small.acquire();
        try {
            var resident = new QueryPlan(small, searcher.getIndexReader(), false).plan("wie drucke ich das aus");
            assertFalse(resident.query().toString().contains("ausdruck"), resident.query().toString());
            var helper = new QueryPlan(small, searcher.getIndexReader(), true).plan("wie drucke ich das aus");
            assertTrue(helper.query().toString().contains("ausdruck"), "a helper's search sees the ticket's word");
        } finally {
            small.release(searcher);
            small.close();
        }
    }

    @Test
    void aSynonymCountsNoMoreThanAnInflectedFormOfTheWord(@TempDir Path other) throws Exception {
        // "termine" as typed is rare here, "termin" common; "kalender" is one of its synonyms, rarer than "termin"
        var entries = fourSaying("termin", "Einen Termin eintragen, Schritt");
        entries.add(article("termine", "Thema 5", "Alle Termine ansehen"));
        entries.add(article("kalender-1", "Thema 6", "Der Kalender zeigt die Woche"));
        entries.add(article("kalender-2", "Thema 7", "Den Kalender drucken"));
        var found = searchIn(other, entries, "termine");
        assertEquals(7, found.size(), found.toString());
        assertEquals(java.util.Set.of("kalender-1", "kalender-2"), java.util.Set.copyOf(found.subList(5, 7)),
                found.toString());
    }

    @Test
    void twoWordsSideBySideInATitleCount(@TempDir Path other) throws Exception {
        var found = searchIn(other, List.of(
                article("titel", "Niemand hört mich", "Prüfen Sie zuerst das Mikrofon. Vielleicht ist es stumm."),
                article("text", "Hört niemand zu", "Niemand hört zu? Prüfen Sie zuerst das Mikrofon.")),
                "hört mich");
        assertEquals("titel", found.getFirst(), found.toString());
    }

    @Test
    void synonymsAreFoundForTheVerbOfANounAndTheNounOfAVerb() {
        assertTrue(QueryPlan.forms("abstimmen").contains("abstimmung"));
        assertTrue(QueryPlan.forms("ändern").contains("änderung"));
        assertTrue(QueryPlan.forms("hochgeladen").contains("hochladen"));
        assertEquals("abstimmen", QueryPlan.forms("abstimmen").getFirst(), "the word itself first");
    }

    @Test
    void aPartialMatchIsShownRatherThanNothing() {
        var result = find("passwort xqzvw");
        assertTrue(result.total() > 0 && top(result, 3).contains("passwort-vergessen") || top(result, 3).contains("passwort-aendern"),
                top(result, 5).toString());
    }

    @Test
    void aSearchOfWordsThatUsuallySayNothingStillSearches() {
        var result = find("hilfe");
        assertTrue(result.total() > 0, "\"hilfe\" alone is searched although it is a stop word");
        assertTrue(top(result, 3).contains("hilfe-mit-hausdesk-anfragen"), top(result, 5).toString());
    }

    @Test
    void synonymsWeighLessThanTheWordItself() {
        // "Programm" is a synonym of "App": the many app articles (with "App" in their titles) match it, but an
        // article that says "Programm" comes first, and both that do are among the first three
        var result = find("programm");
        var literal = java.util.Set.of("videokonferenz-am-computer", "videokonferenz-kein-ton");
        assertTrue(result.total() > 2, "the synonym finds more than the literal word");
        assertTrue(literal.contains(top(result, 1).getFirst()), top(result, 5).toString());
        assertTrue(top(result, 3).containsAll(literal), top(result, 5).toString());
    }

    @Test
    void whenNothingIsFoundTheClosestWordsAreOffered() {
        var result = search.search("Clud", Scope.RESIDENT, Category.POLLS, true, 0, 10);
        if (result.total() == 0) {
            assertEquals("cloud", result.didYouMean());
        }
        var nothing = find("qwxzyk");
        assertEquals(0, nothing.total());
        assertNull(nothing.corrected());
    }

    @Test
    void twelveWordsFullOfSynonymsAreSearched() {
        var result = find("handy foto datei ordner kalender termin passwort konto kamera mikrofon browser cloud");
        assertTrue(result.total() > 0 && !result.hits().isEmpty());
    }

    @Test
    void everyHitIsCountedAlsoTicketsFoundByTheirNotes(@TempDir Path other) throws Exception {
        var ticket = new IndexEntry(Fields.TICKET, "2026-0042", "Drucker", "Der Drucker druckt nicht", List.of(),
                "Zebrastreifenmuster im Ausdruck", "DEVICE", null, 7L, "HOUSE", "OPEN", "de");
        var small = TestIndexes.open(other.resolve("index"), List.of(ticket));
        try {
            var staffSearch = TestIndexes.search(small);
            var staff = new Scope(true, true, java.util.Set.of());
            var result = staffSearch.search("zebrastreifenmuster", staff, null, false, 0, 10);
            assertEquals(List.of("2026-0042"), top(result, 10));
            assertEquals(1, result.total(), "the count includes what the notes found");
            assertEquals(0, staffSearch.search("zebrastreifenmuster", Scope.RESIDENT, null, false, 0, 10).total());
        } finally {
            small.close();
        }
    }

    @Test
    void aHouseArticleIsFoundByThatHouseOnlyInSearchAndSuggestions(@TempDir Path other) throws Exception {
        var wifi = new IndexEntry(Fields.ARTICLE, "linden-wlan", "WLAN im Gemeinschaftsraum",
                "Das Gäste-WLAN heißt Linden-Gast", List.of("wlan"), null, "DEVICE", "PUBLIC", null, null, "PUBLISHED",
                "de", null, null, "linden");
        var forAll = new IndexEntry(Fields.ARTICLE, "wlan-allgemein", "WLAN am Handy einschalten",
                "So schalten Sie das WLAN ein", List.of("wlan"), null, "DEVICE", "PUBLIC", null, null, "PUBLISHED",
                "de", null, null, null);
        var small = TestIndexes.open(other.resolve("index"), List.of(wifi, forAll));
        try {
            var search = TestIndexes.search(small);
            java.util.function.Function<Scope, List<String>> found = scope ->
                    top(search.search("wlan gemeinschaftsraum", scope, null, true, 0, 10), 10);
            assertEquals(List.of("linden-wlan", "wlan-allgemein"), found.apply(Scope.resident("linden")));
            assertEquals(List.of("wlan-allgemein"), found.apply(Scope.RESIDENT), "no house chosen");
            assertEquals(List.of("wlan-allgemein"), found.apply(Scope.resident("muehlbach")), "another house");
            assertEquals(List.of("wlan-allgemein"), found.apply(new Scope(true, false, java.util.Set.of(9L),
                    java.util.Set.of("muehlbach"))), "another house's helper");
            assertEquals(List.of("linden-wlan", "wlan-allgemein"), found.apply(new Scope(true, true, java.util.Set.of())));
            assertEquals(List.of("wlan-allgemein"), search.suggest("wlan gemeinschaftsraum", null, 5).stream()
                    .map(Search.Hit::key).toList());
            var suggested = search.suggest("wlan gemeinschaftsraum", "linden", 5);
            assertEquals("linden", suggested.getFirst().house(), "a hit says its house, for the link");
            var meant = search.search("gemeinschaftsrauh", Scope.RESIDENT, null, true, 0, 10);
            assertTrue(meant.didYouMean() == null || !meant.didYouMean().contains("gemeinschaftsraum"),
                    "no house's own words in the 'Meinten Sie' of others: " + meant.didYouMean());
        } finally {
            small.close();
        }
    }
}
