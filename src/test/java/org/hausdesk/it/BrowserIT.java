package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.hausdesk.it.Api.As;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole flow in a real browser (headless Chromium): a resident on a phone asks for help, helpers
 * of two houses work on it, the resident reads the answer; every page the flow passes is scanned
 * with axe-core and photographed into {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.hausdesk();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private Cooperative cooperative;
    private Browser browser;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        cooperative = new Cooperative(api);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("api/search?q=Passwort", As.ANONYMOUS).json().getJsonNumber("total").longValue() > 0);
        browser = new Browser(base);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResidentAsksOnAPhoneHelpersOfTwoHousesSolveItAndTheResidentReadsTheAnswer() throws java.io.IOException {
        var house = cooperative.house();
        var otherHouse = cooperative.house();
        var secret = "NUR-INTERN-" + Api.unique("n");

        // the resident, on a phone: the start page, a search with typos, the results
        browser.size(Browser.PHONE);
        browser.open("/");
        assertEquals("Wobei brauchen Sie Hilfe?", browser.text("h1"));
        browser.screenshot("01-start-phone");
        browser.assertAccessible("start page");
        browser.type("q", "pasword aendern");
        browser.find("#q").submit();
        browser.find("#search-results");
        assertFalse(browser.all(".results li").isEmpty(), "search results");
        assertFalse(browser.all(".results mark").isEmpty(), "highlighted words");
        browser.screenshot("02-search-phone");

        // the request form: suggestions appear while typing
        browser.open("hilfe");
        browser.type("name", "Frau Beispiel");
        browser.choose("house", house.slug());
        browser.type("contact", "030 1234567");
        browser.type("problem", "Ich habe mein Passwort für die Cloud vergessen und komme nicht mehr rein");
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#suggestions li a")));
        assertTrue(browser.text("#suggestions").contains("Vielleicht hilft das"), browser.text("#suggestions"));
        browser.screenshot("03-request-form-phone");
        browser.assertAccessible("request form");

        // half an hour later: no session, nothing kept on the server - it is sent all the same
        browser.driver().manage().deleteAllCookies();
        browser.press("send");
        assertTrue(browser.url().contains("/anfrage/"), browser.url());
        var number = browser.text("#ticket-number");
        assertTrue(number.matches("\\d{4}-\\d{4,}"), number);
        var privateLink = URI.create(browser.text("#private-link"));
        assertTrue(privateLink.getQuery().startsWith("zugang="), privateLink.toString());
        browser.screenshot("04-confirmation-phone");
        browser.assertAccessible("confirmation");

        // a helper of the house signs in, claims, answers, writes a note, escalates
        browser.size(Browser.DESKTOP);
        signIn(house.first());
        assertTrue(browser.text("table.queue").contains(number), browser.text("table.queue"));
        browser.screenshot("05-dashboard");
        browser.assertAccessible("helper dashboard");
        browser.find("a[href$='/helfer/anfrage/" + number + "']").click();
        browser.find("#claim");
        browser.press("claim");
        assertEquals(house.first().displayName(), browser.text("#assignee"));
        browser.type("body", "Setzen Sie das Passwort über „Passwort vergessen“ auf der Anmeldeseite zurück.");
        browser.press("sendReply");
        browser.type("note", secret + ": Frau Beispiel hat kein Mailprogramm auf dem Handy.");
        browser.press("addNote");
        assertTrue(browser.text(".entry.note").contains(secret));
        browser.type("reason", "Ich komme nicht weiter, wer kennt sich mit der Cloud aus?");
        browser.press("escalate");
        assertEquals("Gemeinsame Warteschlange", browser.text("#queue"));
        browser.screenshot("06-ticket-helper");
        browser.assertAccessible("helper ticket page");
        signOut();

        // a helper of another house takes it from the shared queue and solves it
        signIn(otherHouse.first());
        browser.open("helfer?ansicht=gemeinsam");
        browser.find("a[href$='/helfer/anfrage/" + number + "']").click();
        browser.press("claim");
        browser.type("solution", "Ich habe Ihr Passwort zurückgesetzt; das neue liegt in Ihrem Briefkasten.");
        browser.press("solve");
        assertEquals("Gelöst", browser.text("#state"));
        signOut();

        // the resident opens the private link: the answers, never the note; confirms
        browser.size(Browser.PHONE);
        browser.open(privateLink.getRawPath() + "?" + privateLink.getRawQuery());
        var conversation = browser.text(".conversation");
        assertTrue(conversation.contains("Passwort vergessen"), conversation);
        assertTrue(conversation.contains("Briefkasten"), conversation);
        assertFalse(browser.page().contains(secret), "the internal note reached the resident's page");
        assertFalse(browser.page().contains("Ich komme nicht weiter"), "the escalation reason reached the resident");
        browser.screenshot("07-answer-phone");
        browser.assertAccessible("resident's ticket page");
        // a screenshot for the helpers
        var picture = java.nio.file.Files.createTempFile("bildschirmfoto", ".jpg");
        java.nio.file.Files.write(picture, AttachmentsIT.screenshot());
        browser.find("#file").sendKeys(picture.toString());
        browser.press("attach");
        assertTrue(browser.text(".notice").contains("angehängt"), browser.text(".notice"));
        var thumb = browser.find("img.thumb");
        assertTrue(thumb.getDomProperty("naturalWidth").equals("64"), "the picture does not show");
        browser.press("thanks");
        assertEquals("Abgeschlossen", browser.text("#state"));

        // and an FAQ article with "Hat das geholfen?"
        browser.open("faq/passwort-vergessen");
        browser.screenshot("08-article-phone");
        browser.assertAccessible("FAQ article");
        browser.press("yes");
        assertTrue(browser.text(".notice").contains("geholfen"), browser.text(".notice"));
    }

    @Test
    void inEnglishAFormWithAMistakeKeepsEverythingTyped() {
        var house = cooperative.house();
        browser.open("hilfe?lang=en");
        assertEquals("Ask for help", browser.text("h1"));
        var problem = "My video meeting has no sound. I tried twice.\nWhat can I do?";
        browser.choose("house", house.slug());
        browser.type("problem", problem);
        browser.press("send");
        assertEquals("Please write your name.", browser.text("#name-error"));
        assertEquals(problem, browser.find("#problem").getDomProperty("value"));
        assertEquals(house.slug(), browser.find("#house").getDomProperty("value"));
        browser.screenshot("09-form-error-en");
        browser.assertAccessible("form with an error");

        browser.type("name", "Mr Example");
        browser.press("send");
        assertEquals("Your request has arrived", browser.text("#sent"));
        // the language stays chosen (cookie) on the next page
        browser.open("/");
        assertEquals("What do you need help with?", browser.text("h1"));
    }

    @Test
    void withoutJavaScriptTheFormStillSuggestsAndSends() {
        var house = cooperative.house();
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        browser.open("hilfe");
        browser.type("name", "Herr Beispiel");
        browser.choose("house", house.slug());
        browser.type("problem", "Wie komme ich in die Videokonferenz?");
        browser.press("suggest");
        assertFalse(browser.all("#suggestions li a").isEmpty(), "suggestions without JavaScript");
        assertEquals("Wie komme ich in die Videokonferenz?", browser.find("#problem").getDomProperty("value"));
        browser.press("send");
        assertTrue(browser.url().contains("/anfrage/"), browser.url());
    }

    @Test
    void aBotFillingTheHiddenFieldFilesNothing() {
        var house = cooperative.house();
        browser.open("hilfe");
        browser.type("name", "Bot");
        browser.choose("house", house.slug());
        browser.type("problem", "Cheap pills " + house.slug());
        browser.driver().executeScript("document.getElementById('website').value = 'http://spam.example';");
        browser.press("send");
        assertFalse(browser.url().contains("/anfrage/"), browser.url());
        var queue = api.get("api/tickets?house=" + house.slug(), Api.coordinator()).expect(200).array();
        assertTrue(queue.isEmpty(), queue.toString());
    }

    @Test
    void aSolvedCaseBecomesAnArticleAndCoordinatorsManageHousesHelpersAndAbsences() {
        var house = cooperative.house();
        var filed = cooperative.file(house, "Umfrage-Link geht nicht");
        var helper = house.first();
        api.post("api/tickets/" + filed.number() + "/claim", helper.as(), "").expect(200);
        browser.size(Browser.DESKTOP);
        signIn(helper);
        browser.open("helfer/anfrage/" + filed.number());
        browser.type("solution", "Frau Beispiel, öffnen Sie den Link in der Umfrage-App statt im Browser.");
        browser.press("solve");
        browser.press("toArticle");
        assertTrue(browser.url().contains("/helfer/artikel/"), browser.url());
        var solution = browser.find("#solution").getDomProperty("value");
        assertTrue(solution.contains("Umfrage-App"), solution);
        assertFalse(solution.contains("Beispiel"), "the resident's name is in the draft: " + solution);
        browser.type("title", "Umfrage-Link öffnet sich nicht");
        browser.press("showPreview");
        assertTrue(browser.text("#preview").contains("Umfrage-App"), browser.text("#preview"));
        browser.press("save");
        assertTrue(browser.text(".notice").contains("Gespeichert"), browser.text(".notice"));
        assertTrue(browser.text("#revisions + ol").startsWith("2"), browser.text("#revisions + ol"));
        assertTrue(browser.all("#publish").isEmpty(), "a helper without the right may not publish");
        var slug = browser.url().replaceAll(".*/helfer/artikel/([^?]+).*", "$1");

        browser.open("helfer/abwesenheit");
        browser.driver().executeScript("document.getElementById('from').value='2031-07-01';"
                + "document.getElementById('until').value='2031-07-14';");
        browser.type("absenceNote", "Urlaub");
        browser.press("addAbsence");
        assertTrue(browser.text("main").contains("Urlaub"), browser.text("main"));
        browser.open("helfer/zahlen");
        assertTrue(browser.text("table.numbers").contains(house.name()), browser.text("table.numbers"));
        browser.assertAccessible("numbers page");
        browser.open("helfer/verwaltung");
        assertEquals("Diese Seite gibt es nicht", browser.text("h1"), "a helper sees the coordinators' page");
        browser.open("helfer");
        signOut();

        // the coordinator publishes it and adds a house and a helper
        signInAs(System.getProperty("hausdesk.it.admin.username"), System.getProperty("hausdesk.it.admin.password"));
        browser.open("helfer/artikel/" + slug);
        browser.press("publish");
        assertTrue(browser.text(".notice").contains("veröffentlicht"), browser.text(".notice"));
        browser.open("helfer/verwaltung");
        var newHouse = Api.unique("neu");
        browser.type("houseName", "Haus " + newHouse);
        browser.type("houseSlug", newHouse);
        browser.press("addHouse");
        browser.type("displayName", "Neue Helferin");
        var username = Api.unique("neu");
        browser.type("username", username);
        browser.type("password", "ein-langes-passwort");
        browser.find("input[name='memberOf'][value='" + newHouse + "']").click();
        browser.press("addAccount");
        assertTrue(browser.text("main").contains(username), browser.text("main"));
        browser.assertAccessible("coordinators' page");
        signOut();

        browser.open("faq/" + slug);
        assertEquals("Umfrage-Link öffnet sich nicht", browser.text("h1"));
        signInAs(username, "ein-langes-passwort");
    }

    private void signIn(Cooperative.Helper helper) {
        signInAs(helper.username(), Cooperative.HELPER_PASSWORD);
    }

    private void signInAs(String username, String password) {
        browser.open("anmelden");
        browser.type("username", username);
        browser.type("password", password);
        browser.press("signInButton");
        browser.find("#tab-haus");
    }

    private void signOut() {
        browser.find("header form.inline button").click();
        browser.find(".notice");
        assertTrue(browser.all("#tab-haus").isEmpty());
    }
}
