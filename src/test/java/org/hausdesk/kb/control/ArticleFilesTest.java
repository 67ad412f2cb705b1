package org.hausdesk.kb.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hausdesk.kb.entity.Article;
import org.hausdesk.kb.entity.RevisionSource;
import org.hausdesk.kb.entity.Visibility;
import org.hausdesk.ticket.entity.Category;
import org.junit.jupiter.api.Test;

class ArticleFilesTest {

    private static final String FILE = """
            ---
            title: "Passwort vergessen: so setzen Sie es zurück"
            category: login-account
            tags: [passwort, kennwort, Anmelden]
            lang: de
            visibility: public
            updated: 2026-11-28
            problem: "Ich komme nicht mehr in die Cloud."
            ---
            1. Öffnen Sie die Anmeldeseite.
            2. Tippen Sie auf **Passwort vergessen?**
            """;

    @Test
    void readsFrontMatterAndBody() throws Exception {
        var parsed = ArticleFiles.parse("login-account", "passwort-vergessen.md", FILE);

        assertEquals("passwort-vergessen", parsed.slug());
        var content = parsed.content();
        assertEquals("Passwort vergessen: so setzen Sie es zurück", content.title());
        assertEquals(Category.LOGIN_ACCOUNT, content.category());
        assertEquals(List.of("passwort", "kennwort", "anmelden"), content.tags());
        assertEquals("Ich komme nicht mehr in die Cloud.", content.problem());
        assertEquals(Visibility.PUBLIC, content.visibility());
        assertTrue(content.solution().startsWith("1. Öffnen Sie die Anmeldeseite."));
        assertEquals(64, parsed.hash().length());
    }

    @Test
    void aHouseArticleLivesInItsHouseFolderAndIsFoundAndWrittenBackThere(@org.junit.jupiter.api.io.TempDir
                                                                            java.nio.file.Path root) throws Exception {
        var category = java.nio.file.Files.createDirectories(root.resolve("login-account"));
        var house = java.nio.file.Files.createDirectories(root.resolve("haeuser/linden"));
        java.nio.file.Files.writeString(category.resolve("passwort-vergessen.md"), FILE);
        java.nio.file.Files.writeString(house.resolve("linden-wlan.md"), FILE.replace("title: \"Passwort", "title: \"WLAN"));
        java.nio.file.Files.writeString(root.resolve("haeuser/README.md"), "notes");
        var files = ArticleFiles.articleFiles(root);
        assertEquals(List.of(root.resolve("haeuser/linden/linden-wlan.md"), root.resolve("login-account/passwort-vergessen.md")),
                files);
        var parsed = ArticleFiles.parse(files.getFirst(), java.nio.file.Files.readString(files.getFirst()));
        assertEquals("linden", parsed.content().house());
        assertEquals(Category.LOGIN_ACCOUNT, parsed.content().category(), "the category from the front matter");
        assertEquals(null, ArticleFiles.parse(files.getLast(), FILE).content().house(), "a category folder: all houses");
        var article = new Article(parsed.slug(), parsed.content(), null, "Import", RevisionSource.IMPORT, Instant.now());
        assertEquals("haeuser/linden/linden-wlan.md", ArticleFiles.path(article));
        var moved = ArticleFiles.parse(house.resolve("passwort-vergessen.md"), FILE);
        assertTrue(!moved.hash().equals(ArticleFiles.parse(files.getLast(), FILE).hash()),
                "a file moved into a house folder is a change, though its text is the same");
    }

    @Test
    void theSameTextHasTheSameHashAlsoWithWindowsLineEnds() throws Exception {
        var unix = ArticleFiles.parse("login-account", "passwort-vergessen.md", FILE);
        var windows = ArticleFiles.parse("login-account", "passwort-vergessen.md", FILE.replace("\n", "\r\n"));
        assertEquals(unix.hash(), windows.hash());
    }

    @Test
    void badFilesAreRefusedWithAReasonAPersonUnderstands() {
        assertReason("no front matter", "login-account", "ab.md", "Nur Text");
        assertReason("not closed", "login-account", "ab.md", "---\ntitle: x\nText");
        assertReason("broken front matter", "login-account", "ab.md", "---\ntitle: [unclosed\n---\nText");
        assertReason("unknown category 'toaster'", "login-account", "ab.md",
                FILE.replace("category: login-account", "category: toaster"));
        assertReason("does not match the folder", "messenger", "ab.md", FILE);
        assertReason("'title' is missing", "login-account", "ab.md",
                FILE.replace("title: \"Passwort vergessen: so setzen Sie es zurück\"\n", ""));
        assertReason("no text", "login-account", "ab.md", FILE.substring(0, FILE.indexOf("1. Öffnen")));
        assertReason("file name", "login-account", "Groß Buchstaben.md", FILE);
        assertReason("visibility", "login-account", "ab.md", FILE.replace("visibility: public", "visibility: alle"));
    }

    @Test
    void anExportedArticleReadsBackAsTheSameContent() throws Exception {
        var original = ArticleFiles.parse("login-account", "passwort-vergessen.md", FILE);
        var article = new Article("passwort-vergessen", original.content(), null, "kb-content", RevisionSource.IMPORT,
                Instant.parse("2026-11-28T10:00:00Z"));

        var written = ArticleFiles.write(article, LocalDate.of(2026, 11, 28));
        var reread = ArticleFiles.parse("login-account", "passwort-vergessen.md", written);

        assertEquals(original.content(), reread.content());
        assertEquals("login-account/passwort-vergessen.md", ArticleFiles.path(article));
    }

    private static void assertReason(String expected, String folder, String name, String text) {
        var bad = assertThrows(ArticleFiles.BadFile.class, () -> ArticleFiles.parse(folder, name, text));
        assertTrue(bad.getMessage().contains(expected), bad.getMessage());
    }
}
