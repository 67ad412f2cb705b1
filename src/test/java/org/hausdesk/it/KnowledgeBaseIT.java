package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.Test;

/** The FAQ: shipped articles imported, drafts from tickets without personal data, access, revisions, files. */
class KnowledgeBaseIT extends HausdeskIT {

    private static final Path SHIPPED = Path.of(System.getProperty("hausdesk.it.kb-source", "kb-content"));
    private static final Path IMPORTED = Path.of(org.hausdesk.it.arquillian.TestRun.setting("kb-dir"));


    private static List<Path> shippedArticles() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED, 2)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getParent().equals(SHIPPED)).sorted().toList();
        }
    }

    private static String slug(Path file) {
        return file.getFileName().toString().replace(".md", "");
    }

    private String articleJson(String slug, String title, String solution, String visibility) {
        return Json.createObjectBuilder().add("slug", slug).add("text", Json.createObjectBuilder()
                .add("title", title).add("problem", "Es geht nicht").add("solution", solution)
                .add("category", "MESSENGER").add("tags", Json.createArrayBuilder().add("handy"))
                .add("visibility", visibility)).build().toString();
    }

    @Test
    void everyShippedArticleIsImportedAndPublished() throws IOException {
        var shipped = shippedArticles();
        assertTrue(shipped.size() >= 20, "at least 20 articles ship, found " + shipped.size());

        var publicList = api.get("api/articles?limit=500", As.ANONYMOUS).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("slug")).toList();
        for (var file : shipped) {
            var article = api.get("api/articles/" + slug(file), Api.coordinator()).expect(200).json();
            assertEquals("PUBLISHED", article.getString("status"), file.toString());
            assertEquals(file.getParent().getFileName().toString(),
                    article.getString("category").toLowerCase().replace('_', '-'), file.toString());
            assertEquals(article.getString("visibility").equals("PUBLIC"), publicList.contains(slug(file)),
                    "residents see exactly the public ones: " + file);
        }
        var report = api.get("api/kb/import", Api.coordinator()).expect(200).json();
        assertEquals(0, report.getJsonArray("skipped").size(), report.toString());
    }

    @Test
    void aHelperTurnsASolvedTicketIntoAPublishedArticleWithoutPersonalData() {
        var house = cooperative.house();
        var resident = "Erika Mustermann";
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", resident, "house", house.slug(),
                "phone", "0171 2345678", "subject", "Messenger-App zeigt nur einen weißen Bildschirm",
                "description", "Hallo, hier ist Erika Mustermann aus " + house.name() + ", Wohnung 7. "
                        + "Seit dem Update bleibt die App weiß. Rufen Sie mich an unter 0171 2345678 "
                        + "oder schreiben Sie an erika.mustermann@example.org.",
                "category", "MESSENGER")).expect(201).json();
        var number = filed.getString("number");
        var helper = house.first();
        api.post("api/tickets/" + number + "/notes", helper.as(), json("body", "GEHEIM intern")).expect(201);
        var replied = api.post("api/tickets/" + number + "/replies", helper.as(), json("body",
                "Hallo Frau Mustermann,\n1. Halten Sie das App-Symbol gedrückt.\n2. Tippen Sie auf **App-Info** "
                        + "und dann auf **Cache leeren**.\nViele Grüße, " + helper.displayName())).expect(201).json();
        api.put("api/tickets/" + number + "/state", helper.as(),
                json("state", "SOLVED", "version", replied.getJsonNumber("version").longValue())).expect(200);

        var draft = api.post("api/articles/from-ticket", helper.as(), json("ticket", number)).expect(201).json();

        var text = draft.getString("title") + "\n" + draft.getString("problem") + "\n" + draft.getString("solution");
        for (var personal : List.of("Erika", "Mustermann", "0171", "2345678", "erika.mustermann", house.name(),
                "Wohnung 7", helper.displayName(), "GEHEIM")) {
            assertFalse(text.contains(personal), personal + " left in: " + text);
        }
        assertTrue(text.contains("Cache leeren"), text);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(List.of(number), draft.getJsonArray("sourceTickets").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        var slug = draft.getString("slug");

        api.get("api/articles/" + slug, As.ANONYMOUS).expect(404);
        api.post("api/articles/" + slug + "/publication", helper.as(), "").expect(403);
        api.post("api/articles/" + slug + "/publication", Api.coordinator(), "").expect(200);
        var published = api.get("api/articles/" + slug, As.ANONYMOUS).expect(200).json();
        assertTrue(published.getString("solutionHtml").contains("<strong>Cache leeren</strong>"), published.toString());
        assertFalse(published.containsKey("sourceTickets"), "residents do not see where an article came from");
    }

    @Test
    void draftsArchivedAndHelpersOnlyArticlesNeverReachResidents() {
        var house = cooperative.house();
        var helper = house.first().as();
        var draft = Api.unique("entwurf");
        var internal = Api.unique("intern");
        api.post("api/articles", helper, articleJson(draft, "Entwurf", "Text", "PUBLIC")).expect(201);
        api.post("api/articles", helper, articleJson(internal, "Nur für Helfende", "Text", "HELPERS")).expect(201);
        api.post("api/articles/" + internal + "/publication", Api.coordinator(), "").expect(200);

        api.get("api/articles/" + draft, As.ANONYMOUS).expect(404);
        api.get("api/articles/" + internal, As.ANONYMOUS).expect(404);
        api.post("api/articles/" + draft + "/rating", As.ANONYMOUS, json("helpful", true)).expect(404);
        var residentList = api.get("api/articles?limit=500", As.ANONYMOUS).expect(200).body();
        assertFalse(residentList.contains(draft) || residentList.contains(internal), residentList);
        api.get("api/articles/" + internal, helper).expect(200);

        api.post("api/articles/" + internal + "/archival", Api.coordinator(), "").expect(200);
        assertTrue(api.get("api/articles?status=archived", helper).expect(200).body().contains(internal));
        api.post("api/articles", As.ANONYMOUS, articleJson(Api.unique("x"), "x", "x", "PUBLIC")).expect(401);
    }

    @Test
    void scriptInAnArticleIsNeverServedAsHtml() {
        var slug = Api.unique("xss");
        api.post("api/articles", Api.coordinator(), articleJson(slug, "<img src=x onerror=alert(1)>",
                "Hallo <script>alert(1)</script> [klick](javascript:alert(1)) <details ontoggle=alert(1)>x</details>",
                "PUBLIC")).expect(201);
        api.post("api/articles/" + slug + "/publication", Api.coordinator(), "").expect(200);

        var html = api.get("api/articles/" + slug, As.ANONYMOUS).expect(200).json().getString("solutionHtml");

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("ontoggle="), html);
        assertFalse(html.contains("href=\"javascript"), html);
    }

    @Test
    void everyEditIsARevisionAndTwoRevisionsCanBeCompared() {
        var slug = Api.unique("revision");
        var created = api.post("api/articles", Api.coordinator(), articleJson(slug, "Titel", "Zeile eins", "PUBLIC"))
                .expect(201).json();
        var helper = cooperative.house().first();
        var edited = api.put("api/articles/" + slug, helper.as(), Json.createObjectBuilder()
                .add("version", created.getJsonNumber("version").longValue())
                .add("text", Json.createObjectBuilder().add("title", "Titel").add("solution", "Zeile eins\nZeile zwei")
                        .add("category", "MESSENGER")).build().toString()).expect(200).json();
        assertEquals(2, edited.getInt("revision"));
        api.put("api/articles/" + slug, helper.as(), Json.createObjectBuilder()
                .add("version", created.getJsonNumber("version").longValue())
                .add("text", Json.createObjectBuilder().add("title", "Alt").add("solution", "x")
                        .add("category", "MESSENGER")).build().toString()).expect(409);

        var revisions = api.get("api/articles/" + slug + "/revisions", helper.as()).expect(200).array();
        assertEquals(2, revisions.size());
        assertEquals(helper.displayName(), revisions.getJsonObject(1).getString("author"));
        var diff = api.get("api/articles/" + slug + "/comparison?from=1&to=2", helper.as()).expect(200).json()
                .getJsonArray("diff").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(diff.contains("+Zeile zwei"), diff.toString());
        api.get("api/articles/" + slug + "/revisions", As.ANONYMOUS).expect(401);
    }

    @Test
    void residentsRateAndHelpersSeeTheLeastHelpfulFirst() {
        var poor = Api.unique("schlecht");
        var good = Api.unique("gut");
        for (var slug : List.of(poor, good)) {
            api.post("api/articles", Api.coordinator(), articleJson(slug, slug, "Text", "PUBLIC")).expect(201);
            api.post("api/articles/" + slug + "/publication", Api.coordinator(), "").expect(200);
        }
        for (int i = 0; i < 3; i++) {
            api.post("api/articles/" + poor + "/rating", As.ANONYMOUS, json("helpful", false)).expect(204);
            api.post("api/articles/" + good + "/rating", As.ANONYMOUS, json("helpful", true)).expect(204);
        }

        var ranked = api.get("api/articles?sort=least-helpful&limit=500", Api.coordinator()).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("slug")).toList();
        assertTrue(ranked.indexOf(poor) < ranked.indexOf(good), ranked.toString());
        var counts = api.get("api/articles/" + poor, Api.coordinator()).expect(200).json();
        assertEquals(3, counts.getInt("helpfulNo"));
        assertFalse(api.get("api/articles/" + poor, As.ANONYMOUS).expect(200).json().containsKey("helpfulNo"));
    }

    @Test
    void anEditRoundTripsThroughExportAndImportAndConflictsAreReported() throws Exception {
        var file = shippedArticles().getFirst();
        var relative = SHIPPED.relativize(file).toString().replace('\\', '/');
        var imported = IMPORTED.resolve(relative);
        var original = Files.readString(imported);
        var bad = IMPORTED.resolve("messenger/" + Api.unique("kaputt") + ".md");
        var unknown = IMPORTED.resolve("toaster/" + Api.unique("toast") + ".md");
        try {
            var slug = slug(file);
            var article = api.get("api/articles/" + slug, Api.coordinator()).expect(200).json();
            api.put("api/articles/" + slug, Api.coordinator(), Json.createObjectBuilder()
                    .add("version", article.getJsonNumber("version").longValue())
                    .add("text", Json.createObjectBuilder().add("title", article.getString("title"))
                            .add("problem", article.getString("problem"))
                            .add("solution", article.getString("solution") + "\n\nIn Hausdesk ergänzt.")
                            .add("category", article.getString("category"))
                            .add("tags", Json.createArrayBuilder(article.getJsonArray("tags")))
                            .add("visibility", article.getString("visibility")))
                    .build().toString()).expect(200);

            var exported = export().get("kb-content/" + relative);
            assertTrue(exported.contains("In Hausdesk ergänzt."), exported);
            Files.writeString(imported, exported);
            var afterExport = api.post("api/kb/import", Api.coordinator(), "").expect(200).json();
            assertTrue(strings(afterExport, "unchanged").contains(relative), afterExport.toString());
            assertEquals(0, afterExport.getJsonArray("conflicts").size(), afterExport.toString());

            Files.writeString(imported, exported + "\nIn git ergänzt.\n");
            var afterFileEdit = api.post("api/kb/import", Api.coordinator(), "").expect(200).json();
            assertTrue(strings(afterFileEdit, "updated").contains(relative), afterFileEdit.toString());
            var updated = api.get("api/articles/" + slug, Api.coordinator()).expect(200).json();
            assertTrue(updated.getString("solution").endsWith("In git ergänzt."), updated.toString());

            api.put("api/articles/" + slug, Api.coordinator(), Json.createObjectBuilder()
                    .add("version", updated.getJsonNumber("version").longValue())
                    .add("text", Json.createObjectBuilder().add("title", updated.getString("title"))
                            .add("solution", "Ganz neu in Hausdesk").add("category", updated.getString("category")))
                    .build().toString()).expect(200);
            Files.writeString(imported, exported + "\nNoch einmal in git geändert.\n");
            Files.createDirectories(unknown.getParent());
            Files.writeString(bad, "---\ntitle: [kaputt\n---\nText\n");
            Files.writeString(unknown, "---\ntitle: Toast\ncategory: toaster\n---\nText\n");

            var conflicted = api.post("api/kb/import", Api.coordinator(), "").expect(200).json();

            assertEquals(List.of(relative), conflicted.getJsonArray("conflicts").getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getString("file")).toList());
            assertEquals("Ganz neu in Hausdesk",
                    api.get("api/articles/" + slug, Api.coordinator()).expect(200).json().getString("solution"));
            assertTrue(api.get("api/articles/" + slug, Api.coordinator()).json().containsKey("importConflict"));
            var skipped = conflicted.getJsonArray("skipped").getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getString("file") + ": " + s.getString("reason")).toList();
            assertTrue(skipped.stream().anyMatch(s -> s.startsWith("messenger/kaputt") && s.contains("front matter")),
                    skipped.toString());
            assertTrue(skipped.stream().anyMatch(s -> s.startsWith("toaster/") && s.contains("unknown category")),
                    skipped.toString());
            api.post("api/kb/import", cooperative.house().first().as(), "").expect(403);
        } finally {
            Files.writeString(imported, original);
            Files.deleteIfExists(bad);
            Files.deleteIfExists(unknown);
            Files.deleteIfExists(unknown.getParent());
        }
    }

    private static List<String> strings(JsonObject report, String key) {
        return report.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private Map<String, String> export() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve("api/kb/export"))
                .header("Authorization", Api.coordinator().authorization()).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        var files = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }
}
