package org.hausdesk.kb.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.ticket.entity.Category;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final House house = new House("linden", "Lindenstraße 12", NOW);
    private final Account helper = new Account("anna", "Anna", null, "h", Role.HELPER, "de", Set.of(house), NOW);
    private final Account coordinator = new Account("koordination", "Koordination", null, "h", Role.COORDINATOR, "de",
            Set.of(), NOW);

    private static ArticleContent content(String solution) {
        return new ArticleContent("Passwort vergessen", "Ich komme nicht rein", solution, Category.LOGIN_ACCOUNT,
                List.of("passwort"), "de", Visibility.PUBLIC);
    }

    @Test
    void editsAreRevisionsWithAuthorAndNothingChangedIsNoRevision() {
        var article = new Article("passwort", content("Schritt 1"), helper, "Anna", RevisionSource.APP, NOW);
        assertTrue(article.edit(content("Schritt 1 und 2"), helper, NOW.plusSeconds(60)));
        assertFalse(article.edit(content("Schritt 1 und 2"), helper, NOW.plusSeconds(120)));

        assertEquals(2, article.revisionNumber());
        assertEquals("Anna", article.revisions().get(1).authorName());
        assertEquals("Schritt 1", article.revision(1).orElseThrow().content().solution());
    }

    @Test
    void residentsReadOnlyPublishedPublicArticlesAndOnlyPublishersPublish() {
        var article = new Article("passwort", content("Schritt 1"), helper, "Anna", RevisionSource.APP, NOW);
        assertFalse(article.readableBy(null), "a draft is not for residents");
        assertTrue(article.readableBy(helper));

        assertThrows(NotPermitted.class, () -> article.publish(helper, NOW));
        helper.allowPublishing(true);
        article.publish(helper, NOW);
        assertTrue(article.readableBy(null));

        article.edit(new ArticleContent("Passwort vergessen", null, "Schritt 1", Category.LOGIN_ACCOUNT, List.of(),
                "de", Visibility.HELPERS), helper, NOW);
        assertFalse(article.readableBy(null), "helpers-only");
        article.archive(coordinator, NOW);
        assertEquals(ArticleStatus.ARCHIVED, article.status());
    }

    @Test
    void anUnchangedFileChangesNothingAndAChangedFileIsANewRevision() {
        var article = new Article("passwort", content("Aus der Datei"), null, "kb-content", RevisionSource.IMPORT, NOW);
        article.importedAsNew("hash1", NOW);

        assertEquals(Article.ImportOutcome.UNCHANGED, article.importFile(content("Aus der Datei"), "hash1", NOW));
        assertEquals(1, article.revisionNumber());

        assertEquals(Article.ImportOutcome.UPDATED, article.importFile(content("Neu in der Datei"), "hash2", NOW));
        assertEquals(2, article.revisionNumber());
        assertEquals(RevisionSource.IMPORT, article.revisions().get(1).source());
    }

    @Test
    void anArticleEditedInTheAppIsNotOverwrittenByAChangedFile() {
        var article = new Article("passwort", content("Aus der Datei"), null, "kb-content", RevisionSource.IMPORT, NOW);
        article.importedAsNew("hash1", NOW);
        article.edit(content("Verbessert in Hausdesk"), helper, NOW);

        assertEquals(Article.ImportOutcome.CONFLICT, article.importFile(content("Auch geändert"), "hash2", NOW));

        assertEquals("Verbessert in Hausdesk", article.content().solution());
        assertNotNull(article.importConflict());
    }

    @Test
    void aFileThatSaysWhatTheAppSaysIsAdoptedAndLaterFileEditsApply() {
        var article = new Article("passwort", content("Aus der Datei"), null, "kb-content", RevisionSource.IMPORT, NOW);
        article.importedAsNew("hash1", NOW);
        article.edit(content("Verbessert in Hausdesk"), helper, NOW);

        assertEquals(Article.ImportOutcome.UNCHANGED,
                article.importFile(content("Verbessert in Hausdesk"), "exported", NOW), "the export, back from git");
        assertNull(article.importConflict());
        assertEquals(Article.ImportOutcome.UPDATED, article.importFile(content("In git weiter verbessert"), "hash3", NOW));
        assertEquals("In git weiter verbessert", article.content().solution());
    }

    @Test
    void aHouseArticleIsReadByThatHousesResidentsAndHelpersOnly() {
        var wifi = new ArticleContent("WLAN im Gemeinschaftsraum", null, "Netz: Linden-Gast", Category.DEVICE, List.of(),
                "de", Visibility.PUBLIC, "linden");
        var article = new Article("linden-wlan", wifi, helper, "Anna", RevisionSource.APP, NOW);
        article.publish(coordinator, NOW);
        var otherHouse = new House("muehlbach", "Am Mühlbach 3", NOW);
        var stranger = new Account("carla", "Carla", null, "h", Role.HELPER, "de", Set.of(otherHouse), NOW);
        assertTrue(article.readableBy(null, "linden"), "a resident who chose the house");
        assertFalse(article.readableBy(null, null), "a resident who chose no house");
        assertFalse(article.readableBy(null, "muehlbach"), "another house's resident");
        assertTrue(article.readableBy(helper, null));
        assertTrue(article.readableBy(coordinator, null));
        assertFalse(article.readableBy(stranger, null), "another house's helper");
        var forAll = new Article("passwort", content("Schritt 1"), helper, "Anna", RevisionSource.APP, NOW);
        forAll.publish(coordinator, NOW);
        assertTrue(forAll.readableBy(null, "muehlbach") && forAll.readableBy(stranger, null), "articles for all houses");
        assertFalse(Article.forHouseOf(stranger, "linden"));
        assertTrue(Article.forHouseOf(coordinator, "linden"));
    }
}
