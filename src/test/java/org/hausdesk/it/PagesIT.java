package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hausdesk.it.Api.As;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages over plain HTTP, as a browser (or an attacker's page) would send them: who may see which
 * page, sign-in and sign-out, the anti-forgery token, and residents' text shown as text.
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.hausdesk();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private Cooperative cooperative;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        cooperative = new Cooperative(api);
    }

    /** A browser: its own cookies, redirects not followed, forms sent from the page's own origin. */
    private final class Client {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form, String origin) {
            var body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            return post(path, form, origin());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("HAUSDESK_SESSION"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private URI uri(String path) {
        return URI.create(origin() + (path.startsWith("/") ? path : "/" + path));
    }

    private String origin() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String csrf(String page) {
        var matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"").matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static Map<String, String> form(String... keysAndValues) {
        var form = new LinkedHashMap<String, String>();
        form.put("jakarta.faces.ViewState", "stateless");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private HttpResponse<String> signIn(Client client, Cooperative.Helper helper, String next) {
        var token = csrf(client.get("/anmelden").body()); // empty unless already signed in
        return client.post("/pages/signin.xhtml", form("signin", "signin", "username", helper.username(),
                "password", Cooperative.HELPER_PASSWORD, "weiter", next, "signInButton", "x", "csrf", token));
    }

    private Cooperative.Filed fileAs(Cooperative.House house, String name, String subject) {
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", name, "house", house.slug(),
                "subject", subject, "description", "Beschreibung: " + subject, "category", "CLOUD_FILES"))
                .expect(201).json();
        return new Cooperative.Filed(filed.getString("number"), filed.getString("accessToken"));
    }

    private JsonObject ticket(Cooperative.Filed filed) {
        return api.get("api/tickets/" + filed.number(), Api.coordinator()).expect(200).json();
    }

    @Test
    void signingInGivesANewHttpOnlySameSiteSessionAndSigningOutEndsItOnTheServer() {
        var house = cooperative.house();
        var browser = new Client();

        var anonymous = browser.get("/helfer");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/anmelden?weiter=%2Fhelfer"));

        var first = signIn(browser, house.first(), "/helfer");
        assertEquals(302, first.statusCode(), first.body());
        var cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("HAUSDESK_SESSION="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        var firstSession = browser.session();
        assertEquals(200, browser.get("/helfer").statusCode());

        assertEquals(302, signIn(browser, house.first(), "/helfer").statusCode());
        assertNotEquals(firstSession, browser.session(), "signing in must start a new session");

        var page = browser.get("/helfer").body();
        var signedOut = browser.post("/abmelden", form("csrf", csrf(page)));
        assertEquals(302, signedOut.statusCode());
        // the old session cookie, sent again, is worth nothing
        var stolen = new Client();
        stolen.cookies.getCookieStore().add(uri("/"), new java.net.HttpCookie("HAUSDESK_SESSION", firstSession));
        assertEquals(302, stolen.get("/helfer").statusCode());
        assertEquals(302, browser.get("/helfer").statusCode());
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        var house = cooperative.house();
        var wrongPassword = new Client().post("/pages/signin.xhtml", form("signin", "signin", "username",
                house.first().username(), "password", "not-the-password", "weiter", "/helfer", "signInButton", "x"));
        var unknown = new Client().post("/pages/signin.xhtml", form("signin", "signin", "username",
                "niemand-" + Api.unique("x"), "password", "not-the-password", "weiter", "/helfer", "signInButton", "x"));
        assertEquals(200, wrongPassword.statusCode());
        assertTrue(wrongPassword.body().contains("Benutzername oder Passwort stimmen nicht"));
        assertEquals(wrongPassword.body().replaceAll("value=\"[^\"]*\"", ""),
                unknown.body().replaceAll("value=\"[^\"]*\"", ""));
    }

    @Test
    void afterSignInOnlyPagesOfHausdeskAreWhereItGoesOn() {
        var house = cooperative.house();
        var elsewhere = signIn(new Client(), house.first(), "//evil.example/phish");
        assertEquals(302, elsewhere.statusCode());
        assertTrue(elsewhere.headers().firstValue("Location").orElseThrow().endsWith("/helfer"),
                elsewhere.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aHelperOfAnotherHouseGets404ForATicketPageThatIsNotEscalated() {
        var house = cooperative.house();
        var other = cooperative.house();
        var filed = fileAs(house, "Frau Beispiel", "Die Cloud zeigt nur Fehler");
        var browser = new Client();
        signIn(browser, other.first(), "/helfer");

        var page = browser.get("/helfer/anfrage/" + filed.number());
        assertEquals(404, page.statusCode());
        assertFalse(page.body().contains("Die Cloud zeigt nur Fehler"));
        // nor can they change it by sending the form
        var token = csrf(browser.get("/helfer").body());
        var claim = browser.post("/pages/staff-ticket.xhtml", form("claimForm", "claimForm", "number", filed.number(),
                "claim", "x", "csrf", token));
        assertEquals(404, claim.statusCode());
        assertEquals("NEW", ticket(filed).getString("state"));
    }

    @Test
    void aChangeWithoutTheSessionsTokenOrFromAnotherSiteIsRefusedAndNothingIsStored() {
        var house = cooperative.house();
        var filed = fileAs(house, "Frau Beispiel", "Videokonferenz ohne Ton");
        var browser = new Client();
        signIn(browser, house.first(), "/helfer");
        var token = csrf(browser.get("/helfer/anfrage/" + filed.number()).body());
        assertFalse(token.isEmpty());

        var forged = browser.post("/pages/staff-ticket.xhtml", form("noteForm", "noteForm", "number", filed.number(),
                "note", "ohne Token", "addNote", "x"));
        assertEquals(403, forged.statusCode());
        var wrong = browser.post("/pages/staff-ticket.xhtml", form("noteForm", "noteForm", "number", filed.number(),
                "note", "falsches Token", "addNote", "x", "csrf", token + "x"));
        assertEquals(403, wrong.statusCode());
        var foreign = browser.post("/pages/staff-ticket.xhtml", form("noteForm", "noteForm", "number", filed.number(),
                "note", "fremde Seite", "addNote", "x", "csrf", token), "https://evil.example");
        assertEquals(403, foreign.statusCode());
        assertTrue(ticket(filed).getJsonArray("entries").isEmpty(), ticket(filed).toString());

        var real = browser.post("/pages/staff-ticket.xhtml", form("noteForm", "noteForm", "number", filed.number(),
                "note", "mit Token", "addNote", "x", "csrf", token));
        assertEquals(302, real.statusCode(), real.body());
        assertEquals("mit Token", ticket(filed).getJsonArray("entries").getJsonObject(0).getString("body"));
    }

    @Test
    void aResidentsLinkOpensOnlyItsOwnTicketAndHtmlIsShownAsText() {
        var house = cooperative.house();
        var attack = "<img src=x onerror=alert(1)><details open ontoggle=alert(2)>";
        var mine = fileAs(house, attack, "Mein Handy " + attack);
        var theirs = fileAs(house, "Herr Nachbar", "Geheimes Problem des Nachbarn");
        var resident = new Client();

        var own = resident.get("/anfrage/" + mine.number() + "?zugang=" + enc(mine.token()));
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Mein Handy &lt;img src=x onerror=alert(1)&gt;"), own.body());
        assertFalse(own.body().contains("<img src=x"));
        assertFalse(own.body().contains("<details open"));

        var other = resident.get("/anfrage/" + theirs.number() + "?zugang=" + enc(mine.token()));
        assertEquals(404, other.statusCode());
        assertFalse(other.body().contains("Geheimes Problem"));
        assertEquals(404, resident.get("/anfrage/" + mine.number() + "?zugang=falsch").statusCode());
        assertEquals(404, resident.get("/anfrage/" + mine.number()).statusCode());
        // answering with one ticket's link on another ticket: 404, nothing stored
        var reply = resident.post("/pages/ticket.xhtml", form("answer", "answer", "number", theirs.number(),
                "zugang", mine.token(), "body", "Untergeschoben", "reply", "x"));
        assertEquals(404, reply.statusCode());
        assertTrue(ticket(theirs).getJsonArray("entries").isEmpty());

        // the helper sees the resident's name as text, too
        var browser = new Client();
        signIn(browser, house.first(), "/helfer");
        var staffPage = browser.get("/helfer/anfrage/" + mine.number()).body();
        assertTrue(staffPage.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(staffPage.contains("<img src=x"));
        var dashboard = browser.get("/helfer").body();
        assertFalse(dashboard.contains("<img src=x"));
    }

    @Test
    void residentsNeverGetASessionAndEveryPageCarriesTheSecurityHeaders() {
        var resident = new Client();
        for (var path : new String[] {"/", "/hilfe", "/faq", "/faq?q=Passwort", "/datenschutz", "/anmelden"}) {
            var page = resident.get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertFalse(page.body().contains("<script>"), path + " has inline script");
            assertFalse(page.body().contains(" style=\""), path + " has inline style");
            assertFalse(page.body().contains("http://") && page.body().matches("(?s).*(src|href)=\"https?://.*"),
                    path + " loads something from another host");
        }
        assertEquals(null, resident.session(), "a resident's visit made a session");
    }

    @Test
    void aRequestSentThroughTheFormArrivesWithTheResidentsWords() {
        var house = cooperative.house();
        var resident = new Client();
        var sent = resident.post("/pages/request.xhtml", form("request", "request", "name", "Frau Müller",
                "house", house.slug(), "contact", "frau.mueller@example.org",
                "problem", "Die Umfrage öffnet sich nicht – was tun?\nIch habe es zweimal versucht.",
                "category", "POLLS", "website", "", "send", "x", "csrf", ""));
        assertEquals(302, sent.statusCode(), sent.body());
        var location = sent.headers().firstValue("Location").orElseThrow();
        var matcher = Pattern.compile("/anfrage/([0-9-]+)\\?zugang=([^&]+)&neu=1").matcher(location);
        assertTrue(matcher.find(), location);
        var filed = new Cooperative.Filed(matcher.group(1), java.net.URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
        var stored = ticket(filed);
        assertEquals("Die Umfrage öffnet sich nicht – was tun?", stored.getString("subject"));
        assertEquals("POLLS", stored.getString("category"));
        assertEquals("frau.mueller@example.org", stored.getJsonObject("requester").getString("email"));
        assertEquals(house.slug(), stored.getJsonObject("house").getString("slug"));
        var page = resident.get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(filed.number()), page.body());
    }

    @Test
    void theFaqAsksMeintenSieAndTheDashboardFiltersByStateAndTopic() {
        var faq = new Client().get("/faq?q=Clud").body();
        assertTrue(faq.contains("id=\"did-you-mean\""), faq);
        assertTrue(faq.contains("/faq?q=cloud"), faq);

        var house = cooperative.house();
        var cloud = fileAs(house, "Frau Beispiel", "Cloud-Ordner ist leer");
        var messenger = cooperative.file(house, "Messenger piept nicht");
        var browser = new Client();
        signIn(browser, house.first(), "/helfer");
        var all = browser.get("/helfer").body();
        assertTrue(all.contains(cloud.number()) && all.contains(messenger.number()));
        var onlyCloud = browser.get("/helfer?ansicht=haus&status=&kategorie=CLOUD_FILES").body();
        assertTrue(onlyCloud.contains(cloud.number()));
        assertFalse(onlyCloud.contains(messenger.number()));
        var solved = browser.get("/helfer?ansicht=haus&status=SOLVED&kategorie=").body();
        assertFalse(solved.contains(cloud.number()));
    }

    @Test
    void theConfirmationSendsThePrivateLinkByEMailOnRequest() {
        var house = cooperative.house();
        var filed = fileAs(house, "Herr Ohnemail", "Kein Ton in der Videokonferenz");
        var resident = new Client();
        var mailed = resident.post("/pages/ticket.xhtml", form("mail", "mail", "number", filed.number(),
                "zugang", filed.token(), "neu", "1", "email", "herr.ohnemail@example.org", "mailLink", "x"));
        assertEquals(302, mailed.statusCode(), mailed.body());
        assertTrue(mailed.headers().firstValue("Location").orElseThrow().contains("hinweis=linkMailed"));
        var outbox = api.get("api/outbox?ticket=" + filed.number(), Api.coordinator()).expect(200).body();
        assertTrue(outbox.contains("herr.ohnemail@example.org"), outbox);

        // with a wrong link: nothing is sent
        var forged = resident.post("/pages/ticket.xhtml", form("mail", "mail", "number", filed.number(),
                "zugang", "falsch", "neu", "1", "email", "opfer@example.org", "mailLink", "x"));
        assertEquals(404, forged.statusCode());
        assertFalse(api.get("api/outbox?ticket=" + filed.number(), Api.coordinator()).body().contains("opfer@"));
    }
}
