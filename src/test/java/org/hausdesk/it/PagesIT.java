package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.Test;

/**
 * The pages over plain HTTP, as a browser (or an attacker's page) would send them: who may see which
 * page, sign-in and sign-out, the anti-forgery token, and residents' text shown as text.
 */
class PagesIT extends HausdeskIT {


    private WebClient newClient() {
        return new WebClient(base);
    }

    private URI uri(String path) {
        return WebClient.uri(base, path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String csrf(String page) {
        return WebClient.csrf(page);
    }

    private static Map<String, String> form(String... keysAndValues) {
        return WebClient.form(keysAndValues);
    }

    private HttpResponse<String> signIn(WebClient client, Cooperative.Helper helper, String next) {
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
    void helpersReadStatesWrittenForThemAndTheTimelineInWordsWhileResidentsKeepTheirs() {
        var house = cooperative.house();
        var filed = fileAs(house, "Frau Beispiel", "Kalender zeigt nichts");
        var claimed = api.post("api/tickets/" + filed.number() + "/claim", house.first().as(), "").expect(200).json();
        var asked = api.put("api/tickets/" + filed.number() + "/state", house.first().as(),
                json("state", "WAITING", "version", claimed.getJsonNumber("version").longValue())).expect(200).json();
        api.put("api/tickets/" + filed.number() + "/priority", house.first().as(),
                json("priority", "HIGH", "version", asked.getJsonNumber("version").longValue())).expect(200);

        var browser = newClient();
        signIn(browser, house.first(), "/helfer");
        var staffPage = browser.get("/helfer/anfrage/" + filed.number()).body();
        assertTrue(staffPage.contains("Wartet auf Rückmeldung der Bewohnerin / des Bewohners"), staffPage);
        assertFalse(staffPage.contains("Wartet auf Ihre Antwort"), "helpers are not the ones to answer");
        assertTrue(staffPage.contains("In Bearbeitung → Wartet auf Rückmeldung der Bewohnerin / des Bewohners"), staffPage);
        assertTrue(staffPage.contains("normal → hoch"), staffPage);
        assertFalse(staffPage.contains("IN_PROGRESS →") || staffPage.contains("→ WAITING")
                || staffPage.contains("NORMAL → HIGH"), "no stored codes in the timeline");
        assertTrue(browser.get("/helfer").body().contains("Wartet auf Rückmeldung der Bewohnerin / des Bewohners"));

        var residentPage = newClient().get("/anfrage/" + filed.number() + "?zugang=" + enc(filed.token())).body();
        assertTrue(residentPage.contains("Wartet auf Ihre Antwort"), residentPage);
    }

    private static String articleText(String title, String solution) {
        return jakarta.json.Json.createObjectBuilder().add("title", title).add("problem", "Es geht nicht")
                .add("solution", solution).add("category", "MESSENGER")
                .add("tags", jakarta.json.Json.createArrayBuilder().add("handy")).add("visibility", "PUBLIC").build().toString();
    }

    @Test
    void theTimelineSpeaksInSentencesAndArticleRevisionsSayWhoWhenAndWhat() {
        var house = cooperative.house();
        var filed = fileAs(house, "Frau Satz", "Kamera geht nicht");
        api.post("api/tickets/" + filed.number() + "/claim", house.first().as(), "").expect(200);
        var browser = newClient();
        signIn(browser, house.first(), "/helfer");
        var staffPage = browser.get("/helfer/anfrage/" + filed.number()).body();
        assertTrue(staffPage.contains("Frau Satz hat die Anfrage gestellt"), staffPage);
        assertTrue(staffPage.contains(house.first().displayName() + " hat die Anfrage übernommen"), staffPage);

        var slug = Api.unique("versionen");
        var created = api.post("api/articles", Api.coordinator(), "{\"slug\":\"" + slug + "\",\"text\":"
                + articleText("Kamera freigeben", "Einstellungen öffnen") + "}").expect(201).json();
        api.put("api/articles/" + slug, house.first().as(), "{\"version\":" + created.getJsonNumber("version")
                + ",\"text\":" + articleText("Kamera im Browser freigeben", "Einstellungen öffnen, Kamera erlauben") + "}")
                .expect(200);
        var editor = browser.get("/helfer/artikel/" + slug).body();
        assertTrue(editor.contains("Version 2</strong> · " + house.first().displayName()), editor);
        assertTrue(editor.contains("Titel und Lösung geändert"), editor);
        assertTrue(editor.contains("erste Fassung"), editor);
        assertFalse(editor.contains("1: kb-content"), "no bare numbers and sources");
    }

    @Test
    void signingInGivesANewHttpOnlySameSiteSessionAndSigningOutEndsItOnTheServer() {
        var house = cooperative.house();
        var browser = newClient();

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
        var stolen = newClient();
        stolen.cookies.getCookieStore().add(uri("/"), new java.net.HttpCookie("HAUSDESK_SESSION", firstSession));
        assertEquals(302, stolen.get("/helfer").statusCode());
        assertEquals(302, browser.get("/helfer").statusCode());
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        var house = cooperative.house();
        var wrongPassword = newClient().post("/pages/signin.xhtml", form("signin", "signin", "username",
                house.first().username(), "password", "not-the-password", "weiter", "/helfer", "signInButton", "x"));
        var unknown = newClient().post("/pages/signin.xhtml", form("signin", "signin", "username",
                "niemand-" + Api.unique("x"), "password", "not-the-password", "weiter", "/helfer", "signInButton", "x"));
        assertEquals(200, wrongPassword.statusCode());
        assertTrue(wrongPassword.body().contains("Benutzername oder Passwort stimmen nicht"));
        assertEquals(wrongPassword.body().replaceAll("value=\"[^\"]*\"", ""),
                unknown.body().replaceAll("value=\"[^\"]*\"", ""));
    }

    @Test
    void afterFiveWrongPasswordsTheSignInPageAsksToWait() {
        var house = cooperative.house();
        var attempts = new java.util.ArrayList<Integer>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = newClient().post("/pages/signin.xhtml", form("signin", "signin", "username",
                    house.second().username(), "password", "falsch-" + i, "weiter", "/helfer", "signInButton", "x"));
            attempts.add(last.statusCode());
        }
        assertEquals(java.util.List.of(200, 200, 200, 200, 200, 429), attempts);
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(last.body().contains("Bitte warten Sie"), last.body());
    }

    @Test
    void afterSignInOnlyPagesOfHausdeskAreWhereItGoesOn() {
        var house = cooperative.house();
        var elsewhere = signIn(newClient(), house.first(), "//evil.example/phish");
        assertEquals(302, elsewhere.statusCode());
        assertTrue(elsewhere.headers().firstValue("Location").orElseThrow().endsWith("/helfer"),
                elsewhere.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aHelperOfAnotherHouseGets404ForATicketPageThatIsNotEscalated() {
        var house = cooperative.house();
        var other = cooperative.house();
        var filed = fileAs(house, "Frau Beispiel", "Die Cloud zeigt nur Fehler");
        var browser = newClient();
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
        var browser = newClient();
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
        var resident = newClient();

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
        var browser = newClient();
        signIn(browser, house.first(), "/helfer");
        var staffPage = browser.get("/helfer/anfrage/" + mine.number()).body();
        assertTrue(staffPage.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(staffPage.contains("<img src=x"));
        var dashboard = browser.get("/helfer").body();
        assertFalse(dashboard.contains("<img src=x"));
    }

    @Test
    void residentsNeverGetASessionAndEveryPageCarriesTheSecurityHeaders() {
        var resident = newClient();
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
        var resident = newClient();
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
    void theFaqCorrectsTyposAndTheDashboardFiltersByStateAndTopic() {
        var faq = newClient().get("/faq?q=pasword+vergesen").body();
        assertTrue(faq.contains("id=\"corrected\"") && faq.contains("Ergebnisse für »passwort vergessen«"), faq);
        assertTrue(faq.contains("/faq/passwort-vergessen\""), faq);
        for (var typed : List.of("kenwort+vergesen", "ich+komme+nicht+mehr+rein")) {
            var page = newClient().get("/faq?q=" + typed).body();
            assertTrue(page.contains("/faq/passwort-vergessen\""), typed + ": " + page);
            assertFalse(page.contains("Keine Antworten gefunden"), page);
        }

        var house = cooperative.house();
        var cloud = fileAs(house, "Frau Beispiel", "Cloud-Ordner ist leer");
        var messenger = cooperative.file(house, "Messenger piept nicht");
        var browser = newClient();
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
        var resident = newClient();
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

    @Test
    void onTheirPageAResidentRenewsTheLinkAndDownloadsTheirData() {
        var house = cooperative.house();
        var filed = fileAs(house, "Frau Neulink", "Link weitergegeben");
        var resident = newClient();
        var page = resident.get("/anfrage/" + filed.number() + "?zugang=" + enc(filed.token())).body();
        assertTrue(page.contains("/api/privacy/tickets/" + filed.number() + "?zugang="), "no download link");

        var renewed = resident.post("/pages/ticket.xhtml", form("renew", "renew", "number", filed.number(),
                "zugang", filed.token(), "renewLink", "x"));
        assertEquals(302, renewed.statusCode(), renewed.body());
        var location = URI.create(renewed.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getRawQuery().contains("hinweis=linkRenewed"), location.toString());
        assertEquals(404, resident.get("/anfrage/" + filed.number() + "?zugang=" + enc(filed.token())).statusCode());
        var fresh = resident.get(location.getRawPath() + "?" + location.getRawQuery());
        assertEquals(200, fresh.statusCode());
        assertTrue(fresh.body().contains("Ihr neuer Code steht unten"), fresh.body());
        var newToken = java.net.URLDecoder.decode(location.getRawQuery().replaceAll(".*zugang=([^&]+).*", "$1"),
                StandardCharsets.UTF_8);
        assertTrue(fresh.body().contains("id=\"access-code\">" + newToken.substring(0, 4) + "-"), fresh.body());

        // a helper makes a new one for a resident who lost theirs: shown once on the helper's page
        var browser = newClient();
        signIn(browser, house.first(), "/helfer");
        var token = csrf(browser.get("/helfer/anfrage/" + filed.number()).body());
        var byHelper = browser.post("/pages/staff-ticket.xhtml", form("linkForm", "linkForm", "number", filed.number(),
                "renewLink", "x", "csrf", token));
        assertEquals(200, byHelper.statusCode());
        var shown = Pattern.compile("id=\"new-link\">[^<]*/anfrage/" + filed.number() + "\\?zugang=([^<\\s]+)<")
                .matcher(byHelper.body());
        assertTrue(shown.find(), byHelper.body());
        assertEquals(200, resident.get("/anfrage/" + filed.number() + "?zugang=" + shown.group(1)).statusCode());
        assertEquals(404, resident.get(location.getRawPath() + "?" + location.getRawQuery()).statusCode());
    }

    private WebClient clientAt() {
        return new WebClient(base, "10.253.%d.%d".formatted((int) (Math.random() * 256), 1 + (int) (Math.random() * 254)));
    }

    @Test
    void numberAndCodeFromPaperOpenTheRequestAndAWrongPairGetsTheFormAgain() {
        var house = cooperative.house();
        var filed = fileAs(house, "Herr Papier", "Videokonferenz auf dem Tablet");
        var resident = clientAt();
        var typed = filed.token().toLowerCase().substring(0, 4) + " " + filed.token().toLowerCase().substring(4, 8) + "-"
                + filed.token().substring(8);
        var opened = resident.get("/anfrage?nummer=" + enc(" " + filed.number() + " ") + "&code=" + enc(typed));
        assertEquals(302, opened.statusCode(), opened.body());
        var location = opened.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/anfrage/" + filed.number() + "?zugang=" + filed.token()), location);
        var page = resident.get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Videokonferenz auf dem Tablet"), page.body());

        var wrong = resident.get("/anfrage?nummer=" + filed.number() + "&code=AAAA-BBBB-CCCC");
        assertEquals(404, wrong.statusCode());
        assertTrue(wrong.body().contains("Nummer und Code passen nicht zusammen"), wrong.body());
        assertTrue(wrong.body().contains("name=\"code\""), "the form again: " + wrong.body());
        var empty = resident.get("/anfrage");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("name=\"nummer\"") && empty.body().contains("Meine Anfrage ansehen"));
        assertTrue(resident.get("/").body().contains("href=\"/anfrage\""), "linked from the start page");
    }

    @Test
    void aWrongOrReplacedLinkGetsAFriendlyPageExactlyLikeAMissingNumber() {
        var house = cooperative.house();
        var filed = fileAs(house, "Frau Alt", "Alter Link");
        var resident = clientAt();
        var wrong = resident.get("/anfrage/" + filed.number() + "?zugang=FALSCH");
        var missing = resident.get("/anfrage/2099-99999?zugang=FALSCH");
        assertEquals(404, wrong.statusCode());
        assertEquals(404, missing.statusCode());
        assertTrue(wrong.body().contains("Dieser Link gilt nicht mehr"), wrong.body());
        assertTrue(wrong.body().contains("class=\"site\"") && wrong.body().contains("action=\"/anfrage\""),
                "the site's header and the number-and-code form: " + wrong.body());
        assertTrue(wrong.body().contains("href=\"/hilfe\""), "a way to ask again");
        // the same page but for the address in the language switch
        assertEquals(missing.body().replace("2099-99999", "N"), wrong.body().replace(filed.number(), "N"),
                "nothing tells a wrong link from a missing number");
        var english = resident.get("/anfrage/" + filed.number() + "?zugang=FALSCH&lang=en");
        assertTrue(english.body().contains("This link is no longer valid"), english.body());
    }

    @Test
    void aResidentGivesTheirDoorAndTheHelperIsToldToGoBy() {
        var house = cooperative.house();
        var sent = clientAt().post("/pages/request.xhtml", form("request", "request", "name", "Frau Klingel",
                "house", house.slug(), "contact", "Whg. 2.3, bitte klingeln", "problem", "Das Tablet zeigt nichts an",
                "category", "DEVICE", "website", "", "send", "x", "csrf", ""));
        assertEquals(302, sent.statusCode(), sent.body());
        var number = sent.headers().firstValue("Location").orElseThrow().replaceAll(".*/anfrage/([0-9-]+)\\?.*", "$1");
        var stored = api.get("api/tickets/" + number, house.first().as()).expect(200).json();
        assertEquals("Whg. 2.3, bitte klingeln", stored.getJsonObject("requester").getString("door"));
        var helper = newClient();
        signIn(helper, house.first(), "/helfer");
        var page = helper.get("/helfer/anfrage/" + number).body();
        assertTrue(page.contains("Bitte vorbeigehen: Whg. 2.3, bitte klingeln"), page);
        assertFalse(page.contains("bekommt sie per E-Mail"), "no e-mail promised: " + page);
    }
}
