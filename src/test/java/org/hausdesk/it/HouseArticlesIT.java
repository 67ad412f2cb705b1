package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.Test;

/**
 * House FAQ articles: written by a house's helpers for their house only, reviewed and published like any other, found
 * by that house's residents (the house chosen on the request form or once on the FAQ page, kept in a cookie) and its
 * helpers, never by other houses' residents or helpers: in search, suggestions, the FAQ list, the article's page and
 * the API alike; listed on the house's own page.
 */
class HouseArticlesIT extends HausdeskIT {

    private static String article(String slug, String title, String solution, String house) {
        var text = Json.createObjectBuilder().add("title", title).add("solution", solution).add("category", "DEVICE")
                .add("visibility", "PUBLIC");
        if (house != null) {
            text.add("house", house);
        }
        return Json.createObjectBuilder().add("slug", slug).add("text", text).build().toString();
    }

    private List<String> found(String query, String house, As as) {
        return api.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                        + (house == null ? "" : "&house=" + house), as).expect(200).json().getJsonArray("hits")
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("key")).toList();
    }

    private List<String> suggested(String text, String house) {
        return api.get("api/search/suggestions?description=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                        + (house == null ? "" : "&house=" + house), As.ANONYMOUS).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("key")).toList();
    }

    @Test
    void aHouseArticleReachesThatHousesResidentsAndHelpersOnly() {
        var house = cooperative.house();
        var other = cooperative.house();
        var slug = Api.unique("wlan");
        var word = "Quokkanetz" + slug.substring(slug.length() - 6).replaceAll("[^a-z]", "x");
        // written by the house's helper for the house; another house's helper may not, and the house must exist
        api.post("api/articles", other.first().as(), article(Api.unique("x"), "WLAN", "Text", house.slug())).expect(403);
        api.post("api/articles", house.first().as(), article(Api.unique("x"), "WLAN", "Text", Api.unique("gibtsnicht")))
                .expect(400);
        var created = api.post("api/articles", house.first().as(), article(slug, "WLAN im Gemeinschaftsraum " + word,
                "Das Gäste-WLAN heißt " + word + ", das Passwort hängt am Schwarzen Brett.", house.slug())).expect(201).json();
        assertEquals(house.slug(), created.getString("house"));
        // reviewed and published like any other article
        api.get("api/articles/" + slug + "?house=" + house.slug(), As.ANONYMOUS).expect(404);
        api.post("api/articles/" + slug + "/publication", Api.coordinator(), "").expect(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> found(word, house.slug(), As.ANONYMOUS).contains(slug));

        // residents: only those who chose the house
        assertFalse(found(word, null, As.ANONYMOUS).contains(slug), "no house chosen");
        assertFalse(found(word, other.slug(), As.ANONYMOUS).contains(slug), "another house");
        assertTrue(suggested("WLAN Gemeinschaftsraum " + word, house.slug()).contains(slug), "suggested on the form");
        assertFalse(suggested("WLAN Gemeinschaftsraum " + word, other.slug()).contains(slug));
        assertFalse(suggested("WLAN Gemeinschaftsraum " + word, null).contains(slug));
        api.get("api/articles/" + slug, As.ANONYMOUS).expect(404);
        api.get("api/articles/" + slug + "?house=" + other.slug(), As.ANONYMOUS).expect(404);
        api.get("api/articles/" + slug + "?house=" + house.slug(), As.ANONYMOUS).expect(200);
        assertTrue(api.get("api/articles?limit=500&house=" + house.slug(), As.ANONYMOUS).body().contains(slug));
        assertFalse(api.get("api/articles?limit=500", As.ANONYMOUS).body().contains(slug));
        // helpers: the house's, not another's
        assertTrue(found(word, null, house.first().as()).contains(slug));
        assertFalse(found(word, null, other.first().as()).contains(slug), "another house's helper");
        api.get("api/articles/" + slug, other.first().as()).expect(404);
        assertFalse(api.get("api/articles?limit=500", other.first().as()).body().contains(slug));
        api.put("api/articles/" + slug, other.first().as(), Json.createObjectBuilder()
                .add("text", Json.createObjectBuilder().add("title", "x").add("solution", "x").add("category", "DEVICE"))
                .add("version", 0).build().toString()).expect(404);
        api.get("api/articles/" + slug, Api.coordinator()).expect(200);
        // an edit without "house" keeps it; a helper moves no article between houses or to all houses
        var edit = Json.createObjectBuilder().add("text", Json.createObjectBuilder().add("title", "WLAN im Gemeinschaftsraum "
                + word).add("solution", "Das Gäste-WLAN heißt " + word + ".").add("category", "DEVICE"))
                .add("version", api.get("api/articles/" + slug, house.first().as()).expect(200).json()
                        .getJsonNumber("version").longValue()).build().toString();
        assertEquals(house.slug(), api.put("api/articles/" + slug, house.first().as(), edit).expect(200).json()
                .getString("house"));
        var forAll = api.get("api/articles?limit=1", house.first().as()).expect(200).array().getJsonObject(0);
        var widen = Json.createObjectBuilder().add("text", Json.createObjectBuilder().add("title", "x")
                .add("solution", "x").add("category", "DEVICE").add("house", "")).add("version", 0).build().toString();
        api.put("api/articles/" + slug, house.first().as(), widen).expect(403);
        if (!forAll.containsKey("house") || forAll.isNull("house")) {
            var takeOver = Json.createObjectBuilder().add("text", Json.createObjectBuilder().add("title", "x")
                    .add("solution", "x").add("category", "DEVICE").add("house", house.slug())).add("version", 0)
                    .build().toString();
            api.put("api/articles/" + forAll.getString("slug"), house.first().as(), takeOver).expect(403);
        }

        // the pages: the FAQ lets a resident pick the house once (a cookie), the article page follows it
        var resident = new WebClient(base);
        assertEquals(404, resident.get("/faq/" + slug).statusCode());
        assertFalse(resident.get("/faq").body().contains(slug));
        var chosen = resident.get("/faq?haus=" + house.slug());
        assertTrue(chosen.body().contains("/faq/" + slug), "the FAQ list shows the house's article");
        assertTrue(chosen.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("hausdesk-haus=")));
        assertEquals(200, resident.get("/faq/" + slug).statusCode(), "the cookie keeps the choice");
        assertTrue(resident.get("/faq?q=" + word).body().contains("/faq/" + slug), "and the search");
        resident.get("/faq?haus=");
        assertEquals(404, resident.get("/faq/" + slug).statusCode(), "an empty choice forgets the house");
        // the house's own page lists it, with a link that opens it; another house's page does not
        var housePage = new WebClient(base).get("/haus/" + house.slug()).body();
        assertTrue(housePage.contains("/faq/" + slug + "?haus=" + house.slug()), housePage);
        assertFalse(new WebClient(base).get("/haus/" + other.slug()).body().contains(slug));
        assertEquals(200, new WebClient(base).get("/faq/" + slug + "?haus=" + house.slug()).statusCode());
    }

    @Test
    void helpersWriteAHouseArticleInTheEditor() {
        var house = cooperative.house();
        var helper = new WebClient(base);
        var token = WebClient.csrf(helper.get("/anmelden").body());
        helper.post("/pages/signin.xhtml", WebClient.form("signin", "signin", "username", house.first().username(),
                "password", Cooperative.HELPER_PASSWORD, "weiter", "/helfer/artikel", "signInButton", "x", "csrf", token));
        var list = helper.get("/helfer/artikel").body();
        assertTrue(list.contains("newArticleForm") && list.contains("value=\"" + house.slug() + "\""), "her house to choose");
        var form = WebClient.form("newArticleForm", "newArticleForm", "csrf", WebClient.csrf(list),
                "newTitle", "Müll trennen im Hof", "newHouse", house.slug(),
                "newCategory", "OTHER", "newSolution", "Die gelbe Tonne steht links.", "newArticle", "x");
        var created = helper.post("/pages/editor.xhtml", form);
        assertEquals(302, created.statusCode(), created.body());
        var location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/helfer/artikel/muell-trennen-im-hof"), location);
        var slug = location.substring(location.indexOf("/helfer/artikel/") + 16).replaceAll("\\?.*", "");
        var stored = api.get("api/articles/" + slug, house.first().as()).expect(200).json();
        assertEquals(house.slug(), stored.getString("house"));
        assertEquals("DRAFT", stored.getString("status"));
        // a title is needed: the form says so beside the field and keeps what was typed
        var refused = helper.post("/pages/editor.xhtml", WebClient.form("newArticleForm", "newArticleForm", "csrf",
                WebClient.csrf(list), "newTitle", " ", "newHouse", house.slug(),
                "newCategory", "OTHER", "newSolution", "Text bleibt", "newArticle", "x"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("newTitle-error") && refused.body().contains("Text bleibt"), refused.body());
    }
}
