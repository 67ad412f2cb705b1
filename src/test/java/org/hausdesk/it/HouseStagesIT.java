package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.Test;

/**
 * Houses before move-in: a house is planned, under construction or occupied, with an expected move-in date; its
 * helpers work and future residents ask for help before anyone lives there; coordinators see houses by stage.
 */
class HouseStagesIT extends HausdeskIT {

    private JsonObject listed(String slug) {
        return api.get("api/houses", As.ANONYMOUS).expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private WebClient coordinatorInBrowser() {
        var client = new WebClient(base);
        var token = WebClient.csrf(client.get("/anmelden").body());
        var answer = client.post("/pages/signin.xhtml", WebClient.form("signin", "signin",
                "username", System.getProperty("hausdesk.it.admin.username"),
                "password", System.getProperty("hausdesk.it.admin.password"),
                "weiter", "/helfer/verwaltung", "signInButton", "x", "csrf", token));
        assertEquals(302, answer.statusCode());
        return client;
    }

    @Test
    void aHouseUnderConstructionHasHelpersAndTakesRequestsBeforeMoveIn() {
        var slug = Api.unique("neubau");
        var name = "Neubau " + slug;
        api.post("api/houses", Api.coordinator(), json("slug", slug, "name", name, "stage", "planned",
                "moveInOn", "2027-03-01")).expect(201);
        var house = listed(slug);
        assertEquals("PLANNED", house.getString("stage"));
        assertEquals("2027-03-01", house.getString("moveInOn"));

        // helpers are found long before move-in; a future resident's first request is about signing up
        var first = cooperative.helper(slug);
        var second = cooperative.helper(slug);
        var future = new Cooperative.House(slug, name, first, second);
        var filed = cooperative.file(future, "Ich bekomme keinen Zugang zur Cloud");
        api.post("api/tickets/" + filed.number() + "/claim", first.as(), "").expect(200);

        var moved = api.put("api/houses/" + slug + "/stage", Api.coordinator(),
                json("stage", "UNDER_CONSTRUCTION", "moveInOn", "2027-04-15")).expect(200).json();
        assertEquals("UNDER_CONSTRUCTION", moved.getString("stage"));
        assertEquals("2027-04-15", listed(slug).getString("moveInOn"));
        api.put("api/houses/" + slug + "/stage", first.as(), json("stage", "OCCUPIED")).expect(403);
        api.put("api/houses/" + slug + "/stage", Api.coordinator(), json("stage", "abgerissen")).expect(400);
        api.put("api/houses/" + slug + "/stage", Api.coordinator(), json("stage", "OCCUPIED", "moveInOn", "15.4.2027"))
                .expect(400);
        api.put("api/houses/" + Api.unique("gibtsnicht") + "/stage", Api.coordinator(), json("stage", "OCCUPIED")).expect(404);
        api.post("api/houses", Api.coordinator(), json("slug", Api.unique("x"), "name", "X", "stage", "bald")).expect(400);

        // residents choose the house with its move-in date
        var form = new WebClient(base).get("/hilfe").body();
        assertTrue(form.contains(name + " (Einzug voraussichtlich 15.4.2027)"), "the request form names the move-in");

        // the coordinators' page: houses by stage, and a stage changed there
        var browser = coordinatorInBrowser();
        var page = browser.get("/helfer/verwaltung").body();
        var building = page.substring(page.indexOf("id=\"stage-UNDER_CONSTRUCTION\""), page.indexOf("id=\"stage-OCCUPIED\""));
        assertTrue(building.contains(name) && building.contains("Einzug voraussichtlich 15.4.2027"), building);
        // the page's small per-house form is plain HTML (no Faces view state), as the browser sends it
        var stageForm = new java.util.LinkedHashMap<String, String>();
        stageForm.put("csrf", WebClient.csrf(page));
        stageForm.put("stageOf", slug);
        stageForm.put("newStage", "OCCUPIED");
        stageForm.put("newMoveIn", "2027-04-20");
        stageForm.put("changeStage", "x");
        var changed = browser.post("/pages/admin.xhtml", stageForm);
        assertEquals(302, changed.statusCode(), changed.body());
        assertEquals("OCCUPIED", listed(slug).getString("stage"));
        page = browser.get("/helfer/verwaltung").body();
        var occupied = page.substring(page.indexOf("id=\"stage-OCCUPIED\""));
        assertTrue(occupied.contains(name) && occupied.contains("eingezogen 20.4.2027"), occupied);
    }

    @Test
    void aHousesOwnPageShowsItsHelpersOfficeHoursAndNoticeToResidents() {
        var house = cooperative.house();
        var other = cooperative.house();
        var anonymous = new WebClient(base);
        var page = anonymous.get("/haus/" + house.slug());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Die IT-Beauftragten Ihres Hauses helfen"), "no first name without consent");
        assertFalse(page.body().contains("housePageForm"), "residents see no form");

        api.put("api/me/named-to-residents", house.first().as(), json("named", true)).expect(200);
        api.put("api/houses/" + house.slug() + "/page", house.first().as(), json("officeHours",
                "dienstags 18–19 Uhr, Gemeinschaftsraum", "notice", "WLAN im Gemeinschaftsraum: <script>alert(1)</script>"))
                .expect(200);
        api.put("api/houses/" + house.slug() + "/page", other.first().as(), json("officeHours", "nie")).expect(404);
        api.put("api/houses/" + house.slug() + "/page", As.ANONYMOUS, json("officeHours", "nie")).expect(401);
        api.put("api/houses/" + house.slug() + "/page", house.first().as(), json("notice", "x".repeat(1001))).expect(400);

        var shown = anonymous.get("/haus/" + house.slug()).body();
        var firstName = house.first().displayName().split(" ")[0];
        assertTrue(shown.contains(firstName + " helfen Ihnen"), "the first name of the helper who agreed");
        assertTrue(shown.contains("dienstags 18–19 Uhr, Gemeinschaftsraum"));
        assertTrue(shown.contains("WLAN im Gemeinschaftsraum: &lt;script&gt;"), "the notice is text, never markup");
        assertFalse(shown.contains("<script>alert(1)"));
        assertTrue(shown.contains("/hilfe?haus=" + house.slug()));
        assertEquals(404, anonymous.get("/haus/" + Api.unique("gibtsnicht")).statusCode());

        // the link to the request form chooses the house already
        var form = anonymous.get("/hilfe?haus=" + house.slug()).body();
        assertTrue(form.matches("(?s).*<option value=\"" + house.slug() + "\" selected=\"selected\".*"), "house preselected");

        // the house's helper sees the form to change the page
        var helper = new WebClient(base);
        var token = WebClient.csrf(helper.get("/anmelden").body());
        helper.post("/pages/signin.xhtml", WebClient.form("signin", "signin", "username", house.first().username(),
                "password", Cooperative.HELPER_PASSWORD, "weiter", "/haus/" + house.slug(), "signInButton", "x", "csrf", token));
        assertTrue(helper.get("/haus/" + house.slug()).body().contains("housePageForm"));
    }
}
