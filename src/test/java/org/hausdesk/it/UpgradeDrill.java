package org.hausdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.hausdesk.it.Api.As;

/**
 * The upgrade drill: a database as older releases left it, with data, that the new Hausdesk migrates at its start and
 * then serves. Data of schema version 1 (houses, helpers, a request with a reply and a note) and of version 3 (an FAQ
 * article with revisions) goes through every migration since; a migration that cannot run on rows (a new column that
 * must not be empty, with no default) fails here, where an empty test database never would.
 */
final class UpgradeDrill {

    static final String NUMBER = "2025-0007";
    static final String TOKEN = "altes-token-aus-2025-bitte-nicht-verwenden-0000";
    static final String ARTICLE = "altbau-klingelanlage-app";

    private UpgradeDrill() {
    }

    /** Fills the empty database at {@code url} as versions 1 and 3 left it; Hausdesk's start migrates the rest. */
    static void oldDatabase(String url) {
        migrate(url, "1");
        load(url, "/upgrade/v1-data.sql");
        migrate(url, "3");
        load(url, "/upgrade/v3-data.sql");
    }

    private static void migrate(String url, String target) {
        Flyway.configure(UpgradeDrill.class.getClassLoader()).dataSource(url, user(url), user(url) == null ? null : "")
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    private static void load(String url, String resource) {
        String script;
        try (var in = UpgradeDrill.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var connection = user(url) == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user(url), "");
             var statement = connection.createStatement()) {
            for (var sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    /** H2's user as Hausdesk opens the file ({@code sa}); PostgreSQL's is in the URL. */
    private static String user(String url) {
        return url.startsWith("jdbc:h2:") ? "sa" : null;
    }

    /** After the start: everything of the old releases is there and works with what came since. */
    static void assertUpgraded(Api api) {
        var ticket = api.get("api/tickets/" + NUMBER, Api.coordinator()).expect(200).json();
        assertEquals("Messenger zeigt keine Nachrichten", ticket.getString("subject"));
        assertEquals("altbau", ticket.getJsonObject("house").getString("slug"));
        assertEquals("Greta Alt", ticket.getString("assignee"));
        var entries = ticket.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(2, entries.size(), "the reply and the note of 2025");
        // the resident's old private link still opens the request, without the internal note
        var resident = api.get("api/tickets/" + NUMBER, As.resident(TOKEN)).expect(200).json();
        assertEquals(1, resident.getJsonArray("entries").size());
        // what later versions added has sensible values for old rows: the house is lived in, the request answered
        var house = api.get("api/houses", As.ANONYMOUS).expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("slug").equals("altbau")).findFirst().orElseThrow();
        assertEquals("OCCUPIED", house.getString("stage"));
        var queue = api.get("api/tickets?order=needs-you", Api.coordinator()).expect(200).body();
        assertTrue(queue.contains(NUMBER), queue);
        api.get("api/houses/altbau/households", Api.coordinator()).expect(200);
        // the old article with both revisions, for all houses, and found by search once the index is built
        var article = api.get("api/articles/" + ARTICLE, As.ANONYMOUS).expect(200).json();
        assertTrue(!article.containsKey("house") || article.isNull("house"), "an old article is for all houses");
        assertEquals(2, api.get("api/articles/" + ARTICLE + "/revisions", Api.coordinator()).expect(200).array().size());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("api/search?q=t%C3%BCrklingel", As.ANONYMOUS).expect(200).body().contains(ARTICLE));
        // and the next request of the year follows the old counter
        var next = api.post("api/tickets", As.ANONYMOUS, Api.json("name", "Herr Neu", "house", "altbau", "subject",
                "Neue Anfrage nach dem Update", "description", "Alles neu.", "category", "OTHER")).expect(201).json();
        assertTrue(next.getString("number").matches("\\d{4}-\\d{4,}"), next.toString());
    }
}
