package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an outside attack run tried, as an attacker would: limits reached by other paths to the same
 * operation, file names that forge download headers, control characters, the container's own error
 * answers, internals, cached private pages, picture bombs and lenient JSON. Each client comes from its
 * own address (through the trusted proxy), so that the per-address limits are tested one by one.
 */
class HardeningIT extends HausdeskIT {

    private Cooperative.House house;

    @BeforeEach
    void setUp() {
        house = cooperative.house();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String address() {
        return "10.252.%d.%d".formatted((int) (Math.random() * 256), 1 + (int) (Math.random() * 254));
    }

    private String ticketJson(String subject) {
        return json("name", "Frau Probe", "house", house.slug(), "subject", subject, "description", "Text",
                "category", "CLOUD_FILES");
    }

    private Map<String, String> requestForm(String subject) {
        return WebClient.form("request", "request", "name", "Frau Probe", "house", house.slug(), "contact", "",
                "problem", subject, "category", "CLOUD_FILES", "website", "", "send", "x", "csrf", "");
    }

    /**
     * Runs the attempts in turn until one is refused: {@code allowed} of them (and what the limit
     * refills meanwhile, {@code refillPerSecond}) are answered {@code ok}; then every path is refused
     * with 429 (with a refilling limit, within three tries): they all count in one limit.
     */
    private static void limitHoldsAcrossPaths(String what, int allowed, double refillPerSecond,
                                              List<Supplier<Integer>> paths, int... ok) {
        var answers = new ArrayList<String>();
        long started = System.nanoTime();
        int passed = 0;
        for (int i = 0; i < 10 * allowed; i++) {
            int status = paths.get(i % paths.size()).get();
            answers.add(i % paths.size() + ":" + status);
            if (status == 429 && i >= allowed) {
                break;
            }
            int attempt = i;
            assertTrue(java.util.Arrays.stream(ok).anyMatch(s -> s == status),
                    () -> what + ": attempt " + attempt + " by path " + attempt % paths.size() + " answered " + answers);
            passed++;
        }
        double refilled = refillPerSecond * (System.nanoTime() - started) / 1e9;
        assertTrue(passed >= allowed && passed <= allowed + (refillPerSecond > 0 ? Math.ceil(refilled) + 1 : 0),
                what + ": " + passed + " passed (" + allowed + " and " + refilled + " refilled); " + answers);
        for (int p = 0; p < paths.size(); p++) {
            int status = paths.get(p).get();
            for (int retry = 0; retry < 2 && status != 429 && refillPerSecond > 0.1; retry++) {
                status = paths.get(p).get();
            }
            assertEquals(429, status, what + ": path " + p + " after the limit; before: " + answers);
        }
    }

    // 1. Limits follow the operation, not the URL

    @Test
    void behindATlsProxyEveryRedirectAndLocationStaysOnHttps() {
        var server = api.base().getHost() + ":" + api.base().getPort();
        var tls = new String[] {"X-Forwarded-Proto", "https"};

        var signIn = api.viaProxy("GET", "helfer", null, tls);
        assertEquals(302, signIn.status());
        assertEquals("https://" + server + "/anmelden?weiter=%2Fhelfer", signIn.header("Location"));

        var filed = api.viaProxy("POST", "api/tickets", ticketJson("Hinter dem Proxy"), tls).expect(201);
        assertTrue(filed.header("Location").startsWith("https://" + server + "/api/tickets/"), filed.header("Location"));

        var signedOut = api.viaProxy("POST", "abmelden", "", "X-Forwarded-Proto", "https", "Origin", "https://" + server);
        assertEquals(302, signedOut.status(), "the browser's https origin is this server's own");
        assertTrue(signedOut.header("Location").startsWith("https://" + server + "/"), signedOut.header("Location"));

        assertTrue(api.viaProxy("GET", "helfer", null).header("Location").startsWith("http://" + server + "/"),
                "a request without the header is answered as it came");
    }

    @Test
    void filingIsLimitedWhicheverPathItTakes() {
        var address = address();
        var client = new Api(base, address);
        var browser = new WebClient(base, address);
        limitHoldsAcrossPaths("filing", 30, 0, List.of(
                () -> client.post("api/tickets", As.ANONYMOUS, ticketJson("Pfad 1")).status(),
                () -> client.post("api/tickets/", As.ANONYMOUS, ticketJson("Pfad 2")).status(),
                () -> client.post("api/tickets;x=1", As.ANONYMOUS, ticketJson("Pfad 3")).status(),
                () -> client.post("api/tickets", new As("Bearer x", null), ticketJson("Pfad 4")).status(),
                () -> browser.post("/hilfe", requestForm("Pfad 5")).statusCode(),
                () -> browser.post("/pages/request.xhtml;x=1", requestForm("Pfad 6")).statusCode(),
                () -> browser.post("/pages/request.xhtml", requestForm("Pfad 7")).statusCode()), 201, 302);
        var refused = client.post("api/tickets", As.ANONYMOUS, ticketJson("Noch eine"));
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        var page = browser.post("/hilfe", requestForm("Noch eine"));
        assertTrue(page.body().contains("Bitte warten Sie"), page.body());
        assertTrue(page.body().contains("class=\"site\""), "the site's own page: " + page.body());
        assertEquals(30, api.get("api/tickets?house=" + house.slug(), house.first().as()).expect(200).array().size());
        // a helper filing for a resident is not a resident filing: not limited
        api.post("api/tickets", house.first().as(), ticketJson("Für Frau Probe")).expect(201);
    }

    @Test
    void wrongLinksAreCountedWhicheverPathTheyTake() {
        var filed = cooperative.file(house, "Mein Handy");
        var number = filed.number();
        var address = address();
        var client = new Api(base, address);
        var browser = new WebClient(base, address);
        limitHoldsAcrossPaths("wrong links", 30, 0, List.of(
                () -> client.get("api/tickets/" + number, As.resident("falsch")).status(),
                () -> client.download("api/tickets/" + number + "/attachments/1?zugang=falsch", As.ANONYMOUS).statusCode(),
                () -> client.get("api/privacy/tickets/" + number + "?zugang=falsch", As.ANONYMOUS).status(),
                () -> browser.get("/anfrage/" + number + "?zugang=falsch").statusCode(),
                () -> browser.get("/pages//ticket.xhtml?number=" + number + "&zugang=falsch").statusCode(),
                () -> browser.get("/pages/ticket.xhtml;x=1?number=" + number + "&zugang=falsch").statusCode()), 404);
        assertEquals(429, client.get("api/tickets/" + number, filed.as()).status(),
                "after 30 wrong links even the right one waits");
        api.get("api/tickets/" + number, filed.as()).expect(200);
    }

    @Test
    void searchingIsLimitedWhicheverPathItTakes() {
        var address = address();
        var client = new Api(base, address);
        var browser = new WebClient(base, address);
        limitHoldsAcrossPaths("searching", 120, 2.0, List.of(
                () -> client.get("api/search?q=cloud", As.ANONYMOUS).status(),
                () -> client.get("api/search/?q=cloud", As.ANONYMOUS).status(),
                () -> client.get("api/search/suggestions?subject=cloud", As.ANONYMOUS).status(),
                () -> browser.get("/faq?q=cloud").statusCode(),
                () -> browser.get("/faq/?q=cloud").statusCode(),
                () -> browser.get("/pages/faq.xhtml?q=cloud").statusCode()), 200);
    }

    @Test
    void signInLinksAreLimitedWhicheverPathTheyTake() {
        var address = address();
        var browser = new WebClient(base, address);
        Supplier<Map<String, String>> form = () -> WebClient.form("signInLink", "signInLink",
                "email", "niemand@example.org", "sendLink", "x", "csrf", "");
        limitHoldsAcrossPaths("sign-in links", 30, 0, List.of(
                () -> browser.post("/meine-anfragen", form.get()).statusCode(),
                () -> browser.post("/pages/my-requests.xhtml", form.get()).statusCode(),
                () -> browser.post("/pages/my-requests.xhtml;x=1", form.get()).statusCode()), 200, 302);
    }

    @Test
    void ratingsAreLimitedPerAddress() {
        var slug = Api.unique("bewertet");
        api.post("api/articles", Api.coordinator(), jakarta.json.Json.createObjectBuilder().add("slug", slug)
                .add("text", jakarta.json.Json.createObjectBuilder().add("title", "Bewertet " + slug).add("problem", "Problem")
                        .add("solution", "Lösung").add("category", "CLOUD_FILES").add("tags", jakarta.json.Json.createArrayBuilder())
                        .add("visibility", "PUBLIC")).build().toString()).expect(201);
        api.post("api/articles/" + slug + "/publication", Api.coordinator(), "").expect(200);
        var address = address();
        var client = new Api(base, address);
        var browser = new WebClient(base, address);
        limitHoldsAcrossPaths("ratings", 10, 0, List.of(
                () -> client.post("api/articles/" + slug + "/rating", As.ANONYMOUS, json("helpful", false)).status(),
                () -> browser.post("/faq/" + slug, WebClient.form("rating", "rating", "slug", slug, "no", "x", "csrf", ""))
                        .statusCode(),
                () -> browser.post("/pages/article.xhtml;x=1?slug=" + slug, WebClient.form("rating", "rating", "slug", slug,
                        "no", "x", "csrf", "")).statusCode()), 204, 302);
        assertEquals(10, api.get("api/articles/" + slug, Api.coordinator()).expect(200).json().getInt("helpfulNo"));
        new Api(base).post("api/articles/" + slug + "/rating", As.ANONYMOUS, json("helpful", true)).expect(204);
    }

    // 2. A file name cannot add parameters to the download header

    @Test
    void aFileNameCannotForgeTheDownloadHeader() throws Exception {
        var filed = cooperative.file(house, "Bildschirmfoto");
        // low bytes: U+0122 '"', U+013B ';', U+012A '*', U+013D '=', U+0127 ''', U+012E '.'
        var name = "report\u0122\u013B filename\u012A\u013DUTF-8\u0127\u0127evil\u012Ehtml.png";
        var picture = AttachmentsIT.screenshot();
        var created = api.post("api/tickets/" + filed.number() + "/attachments?name=" + enc(name), filed.as(), picture)
                .expect(201).json();
        var download = api.download("api/tickets/" + filed.number() + "/attachments/" + created.getJsonNumber("id"),
                house.first().as());
        assertEquals(200, download.statusCode());
        var header = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertEquals(1, header.split("filename\\*=", -1).length - 1, header);
        assertEquals(2, header.chars().filter(c -> c == '"').count(), header);
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F), "ASCII only: " + header);
        assertTrue(header.startsWith("inline; filename=\"report"), header);
    }

    // 3. Control characters are refused at the edge, the same on both databases

    @Test
    void controlCharactersAreRefusedWith400Everywhere() {
        var nul = api.post("api/tickets", As.ANONYMOUS, json("name", "A\u0000B", "house", house.slug(), "subject", "NUL",
                "description", "Text"));
        assertEquals(400, nul.status(), nul.body());
        assertTrue(nul.json().getJsonObject("fields").containsKey("name"), nul.body());
        assertEquals(400, api.get("api/tickets?house=%00", house.first().as()).status());
        assertEquals(400, api.get("api/outbox?ticket=%00", Api.coordinator()).status());
        assertEquals(400, api.get("api/privacy/residents?email=%00", Api.coordinator()).status());
        assertEquals(400, api.get("api/tickets/2026-0001%00", house.first().as()).status());
        var page = new WebClient(base, address()).post("/hilfe", WebClient.form("request", "request", "name", "A\u0000B",
                "house", house.slug(), "contact", "", "problem", "NUL im Namen", "category", "CLOUD_FILES", "website", "",
                "send", "x", "csrf", ""));
        assertEquals(400, page.statusCode(), page.body());
        assertEquals(0, api.get("api/tickets?house=" + house.slug(), house.first().as()).expect(200).array().size(),
                "nothing was filed");

        var sprayer = new Api(base, address());
        var answers = new ArrayList<Integer>();
        for (int i = 0; i < 6; i++) {
            var reply = sprayer.get("api/me", As.staff("koord\u0000inator", "falsch"));
            answers.add(reply.status());
            assertFalse(reply.body().isEmpty());
        }
        assertEquals(List.of(401, 401, 401, 401, 401, 429), answers, "a NUL in the name is a failed sign-in like any other");
    }

    // 4. Every answer is Hausdesk's own, with the security headers

    @Test
    void theContainersOwnErrorAnswersAreReplacedByHausdesks() {
        var unauthorized = api.get("api/me", As.staff(house.first().username(), "falsch"));
        assertEquals(401, unauthorized.status());
        assertTrue(unauthorized.header("Content-Type").startsWith("application/json"), unauthorized.body());
        assertEquals(401, unauthorized.json().getInt("status"));
        assertSecurityHeaders(unauthorized.raw());

        var browser = new WebClient(base, address());
        for (var answer : List.of(browser.send("PUT", "/abmelden"), browser.send("DELETE", "/anmelden/cloud/zurueck"),
                browser.get("/gibt-es-nicht"), browser.get("/pages/gibt-es-nicht.xhtml"))) {
            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 405, answer.uri() + " " + answer.statusCode());
            assertTrue(answer.body().contains("class=\"site\""), "the site's own page: " + answer.body());
            assertFalse(answer.body().contains("Payara") || answer.body().contains("Error report"), answer.body());
            assertSecurityHeaders(answer);
        }

        var forged = browser.post("/hilfe", Map.of("request", "request", "jakarta.faces.ViewState", "rO0ABXNyAB5mb3JnZWQ=",
                "name", "A", "house", house.slug(), "problem", "x", "send", "x", "csrf", ""));
        assertEquals(400, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("Formular"), forged.body());
        assertSecurityHeaders(forged);
    }

    private static void assertSecurityHeaders(HttpResponse<?> answer) {
        var headers = answer.headers();
        assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                answer.uri() + ": " + headers.map());
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), answer.uri().toString());
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), answer.uri().toString());
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null), answer.uri().toString());
    }

    // 5. Internals are not public

    @Test
    void internalsAreNotPublic() {
        var browser = new WebClient(base, address());
        assertEquals(404, browser.get("/metrics").statusCode());
        assertEquals(404, browser.get("/metrics/base").statusCode());
        assertEquals(404, api.get("api/application.wadl", As.ANONYMOUS).status());
        var ready = browser.get("/health/ready");
        assertEquals(200, ready.statusCode());
        for (var product : List.of("H2", "PostgreSQL", "product")) {
            assertFalse(ready.body().contains(product), ready.body());
        }
        for (var answer : List.of(ready, browser.get("/"), browser.get("/gibt-es-nicht"),
                browser.get("/static/hausdesk.css"))) {
            assertNull(answer.headers().firstValue("Server").orElse(null), answer.uri().toString());
            assertNull(answer.headers().firstValue("X-Powered-By").orElse(null), answer.uri().toString());
        }
        assertNull(api.get("api/houses", As.ANONYMOUS).header("Server"));
    }

    // 6. Private pages are never cached

    @Test
    void pagesWithPersonalDataAreNeverCached() {
        var filed = cooperative.file(house, "Privat");
        var resident = new WebClient(base, address());
        var page = resident.get("/anfrage/" + filed.number() + "?zugang=" + enc(filed.token()));
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null));

        var helper = new WebClient(base, address());
        var token = WebClient.csrf(helper.get("/anmelden").body());
        helper.post("/pages/signin.xhtml", WebClient.form("signin", "signin", "username", house.first().username(),
                "password", Cooperative.HELPER_PASSWORD, "weiter", "/helfer", "signInButton", "x", "csrf", token));
        var staffPage = helper.get("/helfer/anfrage/" + filed.number());
        assertEquals(200, staffPage.statusCode(), staffPage.body());
        assertTrue(staffPage.body().contains(filed.number()));
        assertEquals("no-store", staffPage.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("no-store", helper.get("/helfer").headers().firstValue("Cache-Control").orElse(null));
        assertNotNull(resident.get("/static/hausdesk.css").headers().firstValue("Content-Type").orElse(null));
        assertFalse("no-store".equals(resident.get("/static/hausdesk.css").headers().firstValue("Cache-Control").orElse("")),
                "the site's own style sheet may be cached");
    }

    // 7. Expensive pictures are refused from their header

    @Test
    void aPictureThatDecodesToHundredsOfMegabytesIsRefused() {
        var filed = cooperative.file(house, "Riesenbild");
        var bomb = Pictures.deepPng(6300);
        var refused = api.post("api/tickets/" + filed.number() + "/attachments?name=bild.png", filed.as(), bomb);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("too large"), refused.body());
        assertTrue(cooperative.read(filed, filed.as()).getJsonArray("attachments").isEmpty());
        api.post("api/tickets/" + filed.number() + "/attachments?name=klein.png", filed.as(), AttachmentsIT.screenshot())
                .expect(201);
    }

    // 8. The API's JSON is strict

    @Test
    void lenientJsonIsRefusedWithTheField() {
        var array = api.post("api/tickets", As.ANONYMOUS, "[" + ticketJson("Als Liste") + "]");
        assertEquals(400, array.status(), array.body());
        var duplicate = api.post("api/tickets", As.ANONYMOUS, "{\"name\":\"A\",\"house\":\"" + house.slug()
                + "\",\"subject\":\"Doppelt\",\"description\":\"x\",\"name\":\"B\"}");
        assertEquals(400, duplicate.status(), duplicate.body());
        assertEquals("This field is given twice", duplicate.json().getJsonObject("fields").getString("name"));
        var trailing = api.post("api/tickets", As.ANONYMOUS, ticketJson("Mit Anhang") + " und noch was");
        assertEquals(400, trailing.status(), trailing.body());
        assertEquals(0, api.get("api/tickets?house=" + house.slug(), house.first().as()).expect(200).array().size(),
                "nothing was filed");

        var filed = cooperative.file(house, "Version");
        var overflow = api.put("api/tickets/" + filed.number() + "/state", house.first().as(),
                "{\"state\":\"WAITING\",\"version\":9223372036854775808}");
        assertEquals(400, overflow.status(), overflow.body());
        assertTrue(overflow.json().getJsonObject("fields").containsKey("version"), overflow.body());
    }
}
