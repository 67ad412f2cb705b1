package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.Test;

/**
 * Bringing new residents in: a house's helpers list its households (before move-in too), tick steps off with who and
 * when, "needs help" becomes a ticket of that house, progress is counted per house; the board is its house's only;
 * households are personal data (export, erasure, retention, audit).
 */
class OnboardingIT extends HausdeskIT {

    private JsonObject step(JsonObject board, int index) {
        return board.getJsonArray("steps").getJsonObject(index);
    }

    private JsonObject household(String slug, As as, String label, String firstName, String contact, boolean agreed) {
        return api.post("api/houses/" + slug + "/households", as, json("label", label, "firstName", firstName,
                "contact", contact, "agreed", agreed)).expect(201).json();
    }

    private JsonObject progressOf(String slug, As as) {
        return api.get("api/onboarding/progress", as).expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("house").equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void helpersTickStepsOffAndNeedsHelpBecomesATicketOfTheHouse() {
        var house = cooperative.house();
        var other = cooperative.house();
        var helper = house.first();
        var board = api.get("api/houses/" + house.slug() + "/households", helper.as()).expect(200).json();
        assertEquals(0, board.getJsonArray("households").size());
        var cloud = step(board, 0);
        var messenger = step(board, 2);
        assertEquals("Cloud-Konto angelegt", cloud.getString("name"));

        var anna = household(house.slug(), helper.as(), "Whg. 2.3", "Anna", "0170 1234567", true);
        var ben = household(house.slug(), helper.as(), "Whg. 2.10", null, null, false);
        household(house.slug(), helper.as(), "Whg. 1.1", null, null, false);
        // a first name or contact only with the household's agreement; labels are unique per house
        api.post("api/houses/" + house.slug() + "/households", helper.as(), json("label", "Whg. 3.1", "firstName",
                "Carla", "agreed", false)).expect(400);
        api.post("api/houses/" + house.slug() + "/households", helper.as(), json("label", "whg. 2.3")).expect(409);
        api.post("api/houses/" + house.slug() + "/households", helper.as(), json("label", "")).expect(400);
        api.post("api/houses/" + house.slug() + "/households", helper.as(), json("label", "x".repeat(41))).expect(400);

        // another house's helper sees nothing of this board: 404, as for tickets
        var stranger = other.first().as();
        api.get("api/houses/" + house.slug() + "/households", stranger).expect(404);
        api.post("api/houses/" + house.slug() + "/households", stranger, json("label", "Whg. 9")).expect(404);
        long annaId = anna.getJsonNumber("id").longValue();
        String annaSteps = "api/onboarding/households/" + annaId + "/steps/";
        api.get("api/onboarding/households/" + annaId, stranger).expect(404);
        api.put(annaSteps + cloud.getJsonNumber("id"), stranger, json("status", "DONE")).expect(404);
        api.send("DELETE", "api/onboarding/households/" + annaId, stranger).expect(404);
        api.get("api/houses/" + house.slug() + "/households", As.ANONYMOUS).expect(401);

        // a step done: who and when are recorded
        var done = api.put(annaSteps + cloud.getJsonNumber("id"), helper.as(), json("status", "DONE")).expect(200).json();
        assertEquals("DONE", done.getString("status"));
        assertEquals(helper.displayName(), done.getString("by"));
        assertNotNull(done.getString("at"));
        api.put(annaSteps + cloud.getJsonNumber("id"), helper.as(), json("status", "FERTIG")).expect(400);
        api.put(annaSteps + "999999", helper.as(), json("status", "DONE")).expect(400);

        // "needs help" files a ticket in the household's house, for the household, in one step
        var help = api.put(annaSteps + messenger.getJsonNumber("id"), house.second().as(),
                json("status", "NEEDS_HELP")).expect(200).json();
        var number = help.getString("ticket");
        var ticket = api.get("api/tickets/" + number, helper.as()).expect(200).json();
        assertEquals(house.slug(), ticket.getJsonObject("house").getString("slug"));
        assertTrue(ticket.getString("subject").contains("Messenger auf dem Handy"), ticket.toString());
        assertTrue(ticket.toString().contains("Anna (Whg. 2.3)"), "the ticket names the household");
        api.get("api/tickets/" + number, stranger).expect(404);
        // ... or links one of the house's existing tickets; another house's ticket is refused
        long benId = ben.getJsonNumber("id").longValue();
        var existing = cooperative.file(house, "Ich finde den Chatraum nicht");
        var linked = api.put("api/onboarding/households/" + benId + "/steps/" + step(board, 3).getJsonNumber("id"),
                helper.as(), json("status", "NEEDS_HELP", "ticket", existing.number())).expect(200).json();
        assertEquals(existing.number(), linked.getString("ticket"));
        var elsewhere = cooperative.file(other, "Anderes Haus");
        api.put("api/onboarding/households/" + benId + "/steps/" + step(board, 4).getJsonNumber("id"), helper.as(),
                json("status", "NEEDS_HELP", "ticket", elsewhere.number())).expect(400);
        api.put("api/onboarding/households/" + benId + "/steps/" + cloud.getJsonNumber("id"), helper.as(),
                json("status", "NOT_WANTED")).expect(200);

        // the board and the progress in numbers: households sorted as people read them
        var now = api.get("api/houses/" + house.slug() + "/households", helper.as()).expect(200).json();
        var labels = now.getJsonArray("households").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("label")).toList();
        assertEquals(java.util.List.of("Whg. 1.1", "Whg. 2.3", "Whg. 2.10"), labels);
        var progress = progressOf(house.slug(), helper.as());
        assertEquals(3, progress.getInt("households"));
        var cloudProgress = progress.getJsonArray("steps").getJsonObject(0);
        assertEquals(1, cloudProgress.getInt("done"));
        assertEquals(1, cloudProgress.getInt("notWanted"));
        assertEquals(50, cloudProgress.getInt("percent"), "1 of the 2 households that want it");
        assertEquals(1, progress.getJsonArray("steps").getJsonObject(2).getInt("needsHelp"));
        assertTrue(api.get("api/onboarding/progress", stranger).expect(200).array().getValuesAs(JsonObject.class)
                .stream().noneMatch(p -> p.getString("house").equals(house.slug())), "a helper sees their houses only");
        assertEquals(3, progressOf(house.slug(), Api.coordinator()).getInt("households"), "coordinators see all");

        // the numbers page says it in words
        var page = signedIn(helper.username()).get("/helfer/zahlen").body();
        assertTrue(page.contains("1 von 2 Haushalten haben Zugang zur Cloud"), page);

        // a household that moved out no longer counts
        api.put("api/onboarding/households/" + benId, helper.as(), json("label", "Whg. 2.10", "movedOutOn", "2027-01-31"))
                .expect(200);
        assertEquals(2, progressOf(house.slug(), helper.as()).getInt("households"));
        // the audit log knows who changed what, without names or contacts
        var audit = api.get("api/privacy/audit?limit=200", Api.coordinator()).expect(200).body();
        assertTrue(audit.contains("ONBOARDING_NEEDS_HELP") && audit.contains(house.slug() + "/household/" + annaId));
        assertFalse(audit.contains("0170 1234567"));
    }

    @Test
    void coordinatorsRenameAddAndRetireStepsForEveryHouse() {
        var house = cooperative.house();
        var name = Api.unique("Drucker eingerichtet");
        api.post("api/onboarding/steps", house.first().as(), json("name", name)).expect(403);
        var added = api.post("api/onboarding/steps", Api.coordinator(), json("name", name, "progressText",
                "können drucken", "article", "apps-aktualisieren")).expect(201).json();
        long id = added.getJsonNumber("id").longValue();
        var board = api.get("api/houses/" + house.slug() + "/households", house.first().as()).expect(200).body();
        assertTrue(board.contains(name), "a new step is on every board");
        api.put("api/onboarding/steps/" + id, Api.coordinator(), json("name", name, "article", "Kein Slug!")).expect(400);
        api.put("api/onboarding/steps/" + id, Api.coordinator(), json("name", name + " (alt)", "retired", true)).expect(200);
        board = api.get("api/houses/" + house.slug() + "/households", house.first().as()).expect(200).body();
        assertFalse(board.contains(name), "a retired step is off the boards");
        var all = api.get("api/onboarding/steps", house.first().as()).expect(200).body();
        assertTrue(all.contains(name + " (alt)") && all.contains("\"retired\":true"));
        api.put("api/onboarding/steps/999999", Api.coordinator(), json("name", "x")).expect(404);
    }

    @Test
    void householdsAreInTheExportErasedOnRequestAndRemovedAfterMovingOut() {
        var house = cooperative.house();
        var helper = house.first();
        var email = Api.unique("nachbar") + "@example.org";
        var kept = household(house.slug(), helper.as(), "Whg. 4.1", "Dora", email, true);
        var gone = household(house.slug(), helper.as(), "Whg. 4.2", null, null, false);
        var board = api.get("api/houses/" + house.slug() + "/households", helper.as()).expect(200).json();
        api.put("api/onboarding/households/" + kept.getJsonNumber("id") + "/steps/" + step(board, 0).getJsonNumber("id"),
                helper.as(), json("status", "DONE")).expect(200);

        var export = api.get("api/privacy/residents?email=" + email, Api.coordinator()).expect(200).json();
        var households = export.getJsonObject("more").getJsonArray("households");
        assertEquals(1, households.size());
        assertEquals("Dora", households.getJsonObject(0).getString("firstName"));
        assertEquals("DONE", households.getJsonObject(0).getJsonArray("steps").getJsonObject(0).getString("status"));

        var erased = api.post("api/privacy/erasure", Api.coordinator(), json("email", email)).expect(200).json();
        assertEquals(1, erased.getJsonObject("removed").getInt("households"));
        api.get("api/onboarding/households/" + kept.getJsonNumber("id"), helper.as()).expect(404);

        // retention: a household that moved out long enough ago is removed; one that moved out lately stays
        long goneId = gone.getJsonNumber("id").longValue();
        api.put("api/onboarding/households/" + goneId, helper.as(), json("label", "Whg. 4.2", "movedOutOn", "2020-01-31"))
                .expect(200);
        var lately = household(house.slug(), helper.as(), "Whg. 4.3", null, null, false);
        api.put("api/onboarding/households/" + lately.getJsonNumber("id"), helper.as(),
                json("label", "Whg. 4.3", "movedOutOn", java.time.LocalDate.now().plusYears(5).toString())).expect(200);
        api.post("api/privacy/retention", Api.coordinator(), "").expect(200);
        api.get("api/onboarding/households/" + goneId, helper.as()).expect(404);
        api.get("api/onboarding/households/" + lately.getJsonNumber("id"), helper.as()).expect(200);
        var audit = api.get("api/privacy/audit?limit=100", Api.coordinator()).expect(200).body();
        assertTrue(audit.contains("households"), "retention and erasure of households are in the audit log");
    }

    @Test
    void theBoardPageMarksAStepWithOneTapAndPrintsAWelcomeSheet() {
        var house = cooperative.house();
        var helper = house.first();
        api.put("api/me/named-to-residents", helper.as(), json("named", true)).expect(200);
        api.put("api/houses/" + house.slug() + "/page", helper.as(), json("officeHours", "dienstags 18–19 Uhr")).expect(200);
        var browser = signedIn(helper.username());
        var page = browser.get("/helfer/einzug/" + house.slug());
        assertEquals(200, page.statusCode());
        var form = new LinkedHashMap<String, String>();
        form.put("csrf", WebClient.csrf(page.body()));
        form.put("label", "Whg. 5.1");
        form.put("firstName", "Emil");
        form.put("agreed", "yes");
        form.put("addHousehold", "1");
        var added = browser.post("/helfer/einzug/" + house.slug(), form);
        assertEquals(302, added.statusCode(), added.body());
        var board = api.get("api/houses/" + house.slug() + "/households", helper.as()).expect(200).json();
        var emil = board.getJsonArray("households").getJsonObject(0);
        var mark = new LinkedHashMap<String, String>();
        mark.put("csrf", WebClient.csrf(page.body()));
        mark.put("household", String.valueOf(emil.getJsonNumber("id")));
        mark.put("step", String.valueOf(step(board, 0).getJsonNumber("id")));
        mark.put("mark", "DONE");
        assertEquals(302, browser.post("/helfer/einzug/" + house.slug(), mark).statusCode());
        var shown = browser.get("/helfer/einzug/" + house.slug()).body();
        assertTrue(shown.contains("1 von 1 Haushalten haben Zugang zur Cloud"), shown);
        assertTrue(shown.contains(helper.displayName()), "who helped is shown");
        // without the anti-forgery token nothing happens
        mark.remove("csrf");
        assertEquals(403, browser.post("/helfer/einzug/" + house.slug(), mark).statusCode());

        var sheet = browser.get("/helfer/willkommen/" + emil.getJsonNumber("id"));
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.body().contains("/faq/passwort-aendern"), "each step links its article");
        assertTrue(sheet.body().contains("data:image/png;base64,"), "with a QR code drawn on the server");
        assertTrue(sheet.body().contains("/hilfe?haus=" + house.slug()), "how to ask for help in this house");
        assertTrue(sheet.body().contains("dienstags 18–19 Uhr"));
        assertTrue(sheet.body().contains(helper.displayName().split(" ")[0]));
        // another house's helper: 404 for board and sheet
        var stranger = signedIn(cooperative.house().first().username());
        assertEquals(404, stranger.get("/helfer/einzug/" + house.slug()).statusCode());
        assertEquals(404, stranger.get("/helfer/willkommen/" + emil.getJsonNumber("id")).statusCode());
        assertEquals(302, new WebClient(base).get("/helfer/einzug/" + house.slug()).statusCode(), "sign in first");
        // coordinators see every house in the overview with its chart
        var overview = signedIn(System.getProperty("hausdesk.it.admin.username"),
                System.getProperty("hausdesk.it.admin.password")).get("/helfer/einzug").body();
        assertTrue(overview.contains(house.name()) && overview.contains("<svg"), overview);
    }

    private WebClient signedIn(String username) {
        return signedIn(username, Cooperative.HELPER_PASSWORD);
    }

    private WebClient signedIn(String username, String password) {
        var client = new WebClient(base);
        var token = WebClient.csrf(client.get("/anmelden").body());
        var answer = client.post("/pages/signin.xhtml", WebClient.form("signin", "signin", "username", username,
                "password", password, "weiter", "/helfer", "signInButton", "x", "csrf", token));
        assertEquals(302, answer.statusCode());
        return client;
    }
}
