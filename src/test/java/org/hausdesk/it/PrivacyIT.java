package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Data protection: export, erasure, retention and the audit log, over HTTP. */
class PrivacyIT extends HausdeskIT {

    private Cooperative.House house;

    @BeforeEach
    void setUp() {
        house = cooperative.house();
    }

    private Cooperative.Filed file(String name, String email, String phone, String subject, String description) {
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", name, "house", house.slug(), "email", email,
                "phone", phone, "subject", subject, "description", description, "category", "CLOUD_FILES"))
                .expect(201).json();
        return new Cooperative.Filed(filed.getString("number"), filed.getString("accessToken"));
    }

    private JsonObject asCoordinator(Cooperative.Filed filed) {
        return api.get("api/tickets/" + filed.number(), Api.coordinator()).expect(200).json();
    }

    private long searchTotal(String words) {
        return api.get("api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), Api.coordinator())
                .expect(200).json().getJsonNumber("total").longValue();
    }

    @Test
    void aResidentDownloadsTheirRequestWithTheirLinkAndNothingElse() {
        var mine = file("Erika Export", "erika.export@example.org", null, "Cloud voll", "Meine Cloud ist voll.");
        var other = file("Otto Anders", "otto@example.org", null, "Anderes Problem", "Etwas ganz anderes.");
        api.post("api/tickets/" + mine.number() + "/claim", house.first().as(), "").expect(200);
        api.post("api/tickets/" + mine.number() + "/replies", house.first().as(), json("body", "Löschen Sie alte Fotos."))
                .expect(201);
        api.post("api/tickets/" + mine.number() + "/notes", house.first().as(), json("body", "GEHEIM intern"))
                .expect(201);

        var download = api.get("api/privacy/tickets/" + mine.number(), mine.as()).expect(200);
        assertTrue(download.header("Content-Disposition").startsWith("attachment"), download.header("Content-Disposition"));
        var export = download.json();
        var ticket = export.getJsonArray("tickets").getJsonObject(0);
        assertEquals(1, export.getJsonArray("tickets").size());
        assertEquals("erika.export@example.org", ticket.getJsonObject("requester").getString("email"));
        assertEquals("Meine Cloud ist voll.", ticket.getString("description"));
        assertTrue(download.body().contains("Löschen Sie alte Fotos."));
        assertFalse(download.body().contains("GEHEIM"), "an internal note in the export");
        assertFalse(download.body().contains(house.first().displayName()), "a helper's name in the export");
        assertFalse(download.body().contains("Otto"), "another resident in the export");

        // also as a link (the page's download button), and never with another ticket's link
        api.get("api/privacy/tickets/" + mine.number() + "?zugang=" + mine.token(), As.ANONYMOUS).expect(200);
        api.get("api/privacy/tickets/" + other.number(), mine.as()).expect(404);
        api.get("api/privacy/tickets/" + other.number() + "?zugang=" + mine.token(), As.ANONYMOUS).expect(404);
    }

    @Test
    void aCoordinatorExportsEverythingOfAResidentAndHelpersMayNot() {
        var email = Api.unique("viele") + "@example.org";
        var first = file("Vera Viele", email, null, "Erste Frage", "Eins");
        var second = file("Vera Viele", email.toUpperCase(), null, "Zweite Frage", "Zwei");
        var byPhone = file("Vera Viele", null, "0171 " + (1000000 + (int) (Math.random() * 8999999)), "Dritte", "Drei");
        file("Jemand Anders", "anders@example.org", null, "Nicht ihre", "Nein");

        var export = api.get("api/privacy/residents?email=" + email, Api.coordinator()).expect(200).json();
        var numbers = export.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("number")).toList();
        assertEquals(java.util.List.of(first.number(), second.number()), numbers);
        var phone = asCoordinator(byPhone).getJsonObject("requester").getString("phone");
        var byPhoneExport = api.get("api/privacy/residents?phone=" + URLEncoder.encode(phone.replace(" ", "-"),
                StandardCharsets.UTF_8), Api.coordinator()).expect(200).json();
        assertEquals(byPhone.number(), byPhoneExport.getJsonArray("tickets").getJsonObject(0).getString("number"));

        api.get("api/privacy/residents?email=" + email, house.first().as()).expect(403);
        api.get("api/privacy/residents?email=" + email, As.ANONYMOUS).expect(401);
    }

    @Test
    void anErasedResidentsNameAndEMailMatchNothingAfterwardsNeitherStoredNorInSearch() {
        var mailbox = Api.unique("erika");
        var email = mailbox + "@example.org";
        var surname = "Zwetschgenbaum" + Api.unique("n").substring(2, 6);
        var name = "Erika " + surname;
        var first = file(name, email, "030 7654321", "Cloud geht nicht bei " + surname,
                "Hallo, hier ist " + name + " aus der Wohnung 12. Rufen Sie mich an: 030 7654321 oder " + email);
        var second = file(name, email, null, "Messenger", "Frau " + surname + " braucht Hilfe mit dem Messenger.");
        var neighbour = file("Nora Nachbarin", "nora@example.org", null, "Cloud auch kaputt",
                "Ich habe dasselbe Problem wie meine Nachbarin.");
        api.post("api/tickets/" + first.number() + "/claim", house.first().as(), "").expect(200);
        api.post("api/tickets/" + first.number() + "/replies", house.first().as(),
                json("body", "Guten Tag Frau " + surname + ", ich rufe Sie an.")).expect(201);
        api.post("api/tickets/" + first.number() + "/notes", house.first().as(),
                json("body", surname + " ist schwerhörig, laut sprechen.")).expect(201);
        await().atMost(Duration.ofSeconds(5)).until(() -> searchTotal(surname) >= 2);

        var erased = api.post("api/privacy/erasure", Api.coordinator(), json("email", email)).expect(200).json();
        assertEquals(java.util.Set.of(first.number(), second.number()),
                new java.util.HashSet<>(erased.getJsonArray("tickets").getValuesAs(jakarta.json.JsonString.class)
                        .stream().map(jakarta.json.JsonString::getString).toList()));

        for (var ticket : new Cooperative.Filed[] {first, second}) {
            var stored = asCoordinator(ticket);
            var text = stored.toString();
            assertFalse(text.contains(surname), text);
            assertFalse(text.contains("Erika"), text);
            assertFalse(text.toLowerCase().contains(email.toLowerCase()), text);
            assertFalse(text.contains("7654321"), text);
            assertEquals("Anonym", stored.getJsonObject("requester").getString("name"));
            assertFalse(stored.getJsonObject("requester").containsKey("email"), text);
            assertEquals(ticket.number(), stored.getString("number"), "the number stays");
            // the resident's links no longer work; no message about it is left in the outbox
            api.get("api/tickets/" + ticket.number(), ticket.as()).expect(404);
            assertEquals("[]", api.get("api/outbox?ticket=" + ticket.number(), Api.coordinator()).expect(200).body());
        }
        assertTrue(asCoordinator(first).toString().contains("Wohnung"), "the case itself stays readable");
        await().atMost(Duration.ofSeconds(5)).until(() -> searchTotal(surname) == 0
                && searchTotal(mailbox.substring(6)) == 0);
        assertEquals(0, api.get("api/privacy/residents?email=" + email, Api.coordinator()).expect(200).json()
                .getJsonArray("tickets").size());
        // the neighbour is untouched
        assertEquals("Nora Nachbarin", asCoordinator(neighbour).getJsonObject("requester").getString("name"));
        api.get("api/tickets/" + neighbour.number(), neighbour.as()).expect(200);

        // erasing again changes nothing and says so
        assertEquals(0, api.post("api/privacy/erasure", Api.coordinator(),
                json("tickets", new String[] {first.number()})).expect(200).json().getJsonArray("tickets").size());
        api.post("api/privacy/erasure", house.first().as(), json("email", "nora@example.org")).expect(403);
    }

    @Test
    void closedTicketsAreAnonymisedAfterTheRetentionTimeAndARoundCanRunTwice() {
        // the tests run with HAUSDESK_PRIVACY_ANONYMIZE_CLOSED_AFTER=PT20S (pom.xml); the default is 180 days
        var closed = file("Rita Retention", "rita@example.org", null, "Alt", "Rita Retention hatte ein Problem.");
        var stillOpen = file("Olga Offen", "olga@example.org", null, "Offen", "Noch offen.");
        var claimed = api.post("api/tickets/" + closed.number() + "/claim", house.first().as(), "").expect(200).json();
        api.put("api/tickets/" + closed.number() + "/state", house.first().as(),
                json("state", "CLOSED", "version", claimed.getJsonNumber("version").longValue())).expect(200);

        var tooEarly = api.post("api/privacy/retention", Api.coordinator(), "").expect(200).body();
        assertFalse(tooEarly.contains(closed.number()), tooEarly);

        api.letTimePass(Duration.ofSeconds(21));
        var round = api.post("api/privacy/retention", Api.coordinator(), "").expect(200).body();
        assertTrue(round.contains(closed.number()), round);
        var anonymised = asCoordinator(closed);
        assertEquals("Anonym", anonymised.getJsonObject("requester").getString("name"));
        assertFalse(anonymised.toString().contains("Rita"), anonymised.toString());

        var again = api.post("api/privacy/retention", Api.coordinator(), "").expect(200).body();
        assertFalse(again.contains(closed.number()), again);
        assertEquals(anonymised.toString(), asCoordinator(closed).toString(), "a second round changed the ticket");
        assertEquals(1, asCoordinator(closed).getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("ANONYMIZED")).count());
        assertEquals("Olga Offen", asCoordinator(stillOpen).getJsonObject("requester").getString("name"));
    }

    @Test
    void theAuditLogKeepsSignInsDenialsExportsAndErasuresButNoSecrets() {
        var helper = house.first();
        var wrongPassword = "falsches-passwort-" + Api.unique("p");
        api.get("api/me", As.staff(helper.username(), wrongPassword)).expect(401);
        var filed = file("Anna Audit", "anna.audit@example.org", null, "Audit", "Geheimer Text im Ticket");
        api.get("api/privacy/tickets/" + filed.number(), filed.as()).expect(200);
        var other = cooperative.house();
        api.post("api/privacy/erasure", helper.as(), json("tickets", new String[] {filed.number()})).expect(403);
        api.post("api/privacy/erasure", Api.coordinator(), json("email", "anna.audit@example.org")).expect(200);
        api.get("api/privacy/audit", helper.as()).expect(403);

        var log = api.get("api/privacy/audit?limit=100", Api.coordinator()).expect(200).array()
                .getValuesAs(JsonObject.class);
        var text = log.toString();
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("SIGN_IN_FAILED")
                && e.getString("actor").equals(helper.username())), text);
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("EXPORT")
                && e.getString("target").equals(filed.number())), text);
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("ERASURE")
                && e.getString("target").contains(filed.number())
                && e.getString("actor").equals(System.getProperty("hausdesk.it.admin.username"))), text);
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("DENIED")
                && e.getString("actor").equals(helper.username()) && e.getString("target").contains("/api/privacy/erasure")), text);
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("HOUSE_CREATED")
                && e.getString("target").equals(other.slug())), text);
        assertFalse(text.contains(wrongPassword), "a password in the audit log");
        assertFalse(text.contains(filed.token()), "a token in the audit log");
        assertFalse(text.contains("anna.audit@example.org"), "an e-mail address in the audit log");
        assertFalse(text.contains("Geheimer Text"), "ticket text in the audit log");
    }
}
