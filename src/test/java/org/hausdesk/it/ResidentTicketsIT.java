package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A resident without an account: files a request, follows it with the private token, answers, confirms. */
class ResidentTicketsIT extends HausdeskIT {

    private Cooperative.House house;

    @BeforeEach
    void setUp() {
        house = cooperative.house();
    }

    @Test
    void filingAnswersWithANumberAndACodeToTypeAndStartsNew() {
        var reply = api.post("api/tickets", As.ANONYMOUS, json("name", "Herr Alt", "house", house.slug(),
                "phone", "030 1234567", "subject", "Wie komme ich in die Videokonferenz?",
                "description", "Der Link öffnet nichts.", "category", "video_meetings")).expect(201);
        var filed = reply.json();

        assertTrue(filed.getString("number").matches("\\d{4}-\\d{4,}"), filed.toString());
        var token = filed.getString("accessToken");
        assertTrue(token.matches("[2-9A-HJ-NP-Z]{12}"), "12 characters without look-alikes (60 bits): " + token);
        assertEquals(token.substring(0, 4) + "-" + token.substring(4, 8) + "-" + token.substring(8),
                filed.getString("accessCode"), "the same secret, as people read it");
        assertTrue(reply.header("Location").endsWith("/api/tickets/" + filed.getString("number")));

        var ticket = api.get("api/tickets/" + filed.getString("number"), As.resident(filed.getString("accessToken")))
                .expect(200).json();
        assertEquals("NEW", ticket.getString("state"));
        assertEquals("VIDEO_MEETINGS", ticket.getString("category"));
        assertEquals("Der Link öffnet nichts.", ticket.getString("description"), "umlauts survive the round trip");
        assertEquals("030 1234567", ticket.getJsonObject("requester").getString("phone"));
        assertEquals(house.slug(), ticket.getJsonObject("house").getString("slug"));
    }

    @Test
    void ticketNumbersAreUniqueAndRising() {
        var first = cooperative.file(house, "Erste Frage");
        var second = cooperative.file(house, "Zweite Frage");

        assertTrue(second.number().compareTo(first.number()) > 0, first.number() + " then " + second.number());
    }

    @Test
    void theResidentSeesPublicRepliesButNeverInternalNotes() {
        var filed = cooperative.file(house, "Messenger startet nicht");
        var helper = house.first().as();
        api.post("api/tickets/" + filed.number() + "/notes", helper,
                json("body", "GEHEIM: Nachbarin meint, das Handy ist uralt")).expect(201);
        api.post("api/tickets/" + filed.number() + "/replies", helper,
                json("body", "Welches Handy haben Sie?", "askBack", true)).expect(201);

        var seen = api.get("api/tickets/" + filed.number(), filed.as()).expect(200);

        assertFalse(seen.body().contains("GEHEIM"), seen.body());
        var entries = seen.json().getJsonArray("entries");
        assertEquals(1, entries.size());
        assertEquals("Welches Handy haben Sie?", entries.getJsonObject(0).getString("body"));
        assertEquals("WAITING", seen.json().getString("state"));
        assertFalse(seen.json().containsKey("assignee"), "who has it is the helpers' business");
        assertEquals(house.first().displayName(), api.get("api/tickets/" + filed.number(), house.first().as())
                .expect(200).json().getString("assignee"));
    }

    @Test
    void theResidentsAnswerReopensTheTicketAndHelpersSeeIt() {
        var filed = cooperative.file(house, "Cloud-Passwort vergessen");
        api.post("api/tickets/" + filed.number() + "/replies", house.first().as(),
                json("body", "Haben Sie eine E-Mail bekommen?", "askBack", true)).expect(201);

        var answered = api.post("api/tickets/" + filed.number() + "/replies", filed.as(),
                json("body", "Nein, leider nicht.")).expect(201).json();

        assertEquals("IN_PROGRESS", answered.getString("state"));
        var forHelper = cooperative.read(filed, house.first().as());
        var last = forHelper.getJsonArray("entries").getJsonObject(1);
        assertTrue(last.getBoolean("byResident"));
        assertEquals("Frau Beispiel", last.getString("author"));
        assertEquals("Nein, leider nicht.", last.getString("body"));
    }

    @Test
    void theResidentConfirmsASolvedTicketAndItCloses() {
        var filed = cooperative.file(house, "Umfrage beantworten");
        var helper = house.first().as();
        var claimed = api.post("api/tickets/" + filed.number() + "/claim", helper, "").expect(200).json();
        api.put("api/tickets/" + filed.number() + "/state", helper,
                json("state", "SOLVED", "version", claimed.getJsonNumber("version").longValue())).expect(200);

        var confirmed = api.post("api/tickets/" + filed.number() + "/confirmation", filed.as(), "").expect(200).json();

        assertEquals("CLOSED", confirmed.getString("state"));
        api.post("api/tickets/" + filed.number() + "/confirmation", filed.as(), "").expect(409);
    }

    @Test
    void aWrongOrForeignTokenIsAnsweredLikeAnUnknownTicket() {
        var mine = cooperative.file(house, "Meine Frage");
        var other = cooperative.file(house, "Frage der Nachbarin mit Geheimnis");

        var foreign = api.get("api/tickets/" + other.number(), mine.as()).expect(404);
        assertFalse(foreign.body().contains("Geheimnis"), foreign.body());
        api.post("api/tickets/" + other.number() + "/replies", mine.as(), json("body", "Hallo")).expect(404);
        api.post("api/tickets/" + other.number() + "/confirmation", mine.as(), "").expect(404);
        // codes are compared without regard to case: another letter, not the same one in lower case
        var wrong = (Character.toUpperCase(mine.token().charAt(0)) == 'X' ? "Y" : "X") + mine.token().substring(1);
        api.get("api/tickets/" + mine.number(), As.resident(wrong)).expect(404);
        api.get("api/tickets/2099-9999", mine.as()).expect(404);
        assertEquals(0, cooperative.read(other, house.first().as()).getJsonArray("entries").size(),
                "nothing was added to the other ticket");
    }

    @Test
    void withoutASubjectTheFirstLineIsOneAndOneContactFieldIsReadAsTheFormReadsIt() {
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", "Frau Kurz", "house", house.slug(),
                "contact", "030 123 45-67", "description", "Das Handy klingelt nicht\nSeit Montag.")).expect(201).json();
        var ticket = api.get("api/tickets/" + filed.getString("number"), Api.coordinator()).expect(200).json();
        assertEquals("Das Handy klingelt nicht", ticket.getString("subject"));
        assertEquals("030 123 45-67", ticket.getJsonObject("requester").getString("phone"));

        var both = api.post("api/tickets", As.ANONYMOUS, json("name", "Frau Kurz", "house", house.slug(),
                "contact", "Whg. 3", "email", "kurz@example.org", "description", "Zweimal")).expect(400).json();
        assertTrue(both.getJsonObject("fields").containsKey("contact"), both.toString());
    }

    @Test
    void missingOrInvalidFieldsAreNamedOneByOneAndNothingIsFiled() {
        var before = api.get("api/tickets?house=" + house.slug(), Api.coordinator()).expect(200).array().size();

        var refused = api.post("api/tickets", As.ANONYMOUS, json("name", " ", "house", house.slug(),
                "email", "not-an-address", "subject", "s".repeat(201), "description", "x".repeat(10_001))).expect(400).json();

        var fields = refused.getJsonObject("fields");
        assertNotNull(fields.get("name"), refused.toString());
        assertNotNull(fields.get("email"), refused.toString());
        assertNotNull(fields.get("subject"), refused.toString());
        assertNotNull(fields.get("description"), refused.toString());
        assertEquals(400, refused.getInt("status"));

        var unknownHouse = api.post("api/tickets", As.ANONYMOUS, json("name", "A", "house", "gibt-es-nicht",
                "subject", "s", "description", "d")).expect(400).json();
        assertTrue(unknownHouse.getJsonObject("fields").containsKey("house"), unknownHouse.toString());

        var unknownCategory = api.post("api/tickets", As.ANONYMOUS, json("name", "A", "house", house.slug(),
                "subject", "s", "description", "d", "category", "TOASTER")).expect(400).json();
        assertTrue(unknownCategory.getJsonObject("fields").containsKey("category"), unknownCategory.toString());

        var malformed = api.post("api/tickets", As.ANONYMOUS, "{\"name\": ").expect(400);
        assertFalse(malformed.body().contains("Exception"), malformed.body());
        assertFalse(malformed.body().contains("at org."), malformed.body());

        assertEquals(before, api.get("api/tickets?house=" + house.slug(), Api.coordinator()).expect(200).array().size());
    }

    @Test
    void aPublicRequestCannotSetStateAssigneeOrPriority() {
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", "Herr Schlau", "house", house.slug(),
                "subject", "Trick", "description", "Ich setze mal Felder", "state", "CLOSED",
                "assignee", house.first().username(), "priority", "HIGH", "version", 99, "escalation", "SHARED",
                "number", "1999-0001", "internal", true, "filedBy", house.first().username())).expect(201).json();

        JsonObject ticket = api.get("api/tickets/" + filed.getString("number"), house.first().as()).expect(200).json();
        assertEquals("NEW", ticket.getString("state"));
        assertEquals("NORMAL", ticket.getString("priority"));
        assertEquals("HOUSE", ticket.getString("escalation"));
        assertFalse(filed.getString("number").equals("1999-0001"));
        assertFalse(ticket.containsKey("assignee"), ticket.toString());

        // a resident's reply that claims to be an internal note is a public reply all the same
        api.post("api/tickets/" + filed.getString("number") + "/replies", As.resident(filed.getString("accessToken")),
                json("body", "Ich bin eine Notiz?", "internal", true, "kind", "NOTE")).expect(201);
        var entry = api.get("api/tickets/" + filed.getString("number"), house.first().as()).expect(200).json()
                .getJsonArray("entries").getJsonObject(0);
        assertEquals("REPLY", entry.getString("kind"));
        assertTrue(entry.getBoolean("byResident"));
    }

    @Test
    void aNewLinkMakesEveryOlderLinkOfTheTicketInvalid() {
        var filed = cooperative.file(house, "Link weitergegeben");
        var renewed = api.post("api/tickets/" + filed.number() + "/link", filed.as(), "").expect(200).json();
        var newToken = renewed.getString("accessToken");
        assertFalse(newToken.equals(filed.token()));
        assertEquals("/anfrage/" + filed.number() + "?zugang=" + newToken, renewed.getString("page"));
        api.get("api/tickets/" + filed.number(), filed.as()).expect(404);
        api.get("api/tickets/" + filed.number(), As.resident(newToken)).expect(200);

        // a helper makes one for a resident who lost theirs; a helper of another house cannot
        var other = cooperative.house();
        api.post("api/tickets/" + filed.number() + "/link", other.first().as(), "").expect(404);
        var byHelper = api.post("api/tickets/" + filed.number() + "/link", house.first().as(), "").expect(200).json();
        api.get("api/tickets/" + filed.number(), As.resident(newToken)).expect(404);
        api.get("api/tickets/" + filed.number(), As.resident(byHelper.getString("accessToken"))).expect(200);
        // the old link cannot make a new one
        api.post("api/tickets/" + filed.number() + "/link", filed.as(), "").expect(404);
    }

    @Test
    void privateLinksExpireASetTimeAfterTheTicketIsClosed() {
        // the tests run with HAUSDESK_TICKET_LINK_VALID_AFTER_CLOSE=PT10S (pom.xml); the default is 30 days
        var filed = cooperative.file(house, "Bald abgeschlossen");
        var open = cooperative.file(house, "Bleibt offen");
        var claimed = api.post("api/tickets/" + filed.number() + "/claim", house.first().as(), "").expect(200).json();
        api.put("api/tickets/" + filed.number() + "/state", house.first().as(),
                json("state", "SOLVED", "version", claimed.getJsonNumber("version").longValue())).expect(200);
        api.post("api/tickets/" + filed.number() + "/confirmation", filed.as(), "").expect(200);
        api.get("api/tickets/" + filed.number(), filed.as()).expect(200);

        api.letTimePass(Duration.ofSeconds(11));
        api.get("api/tickets/" + filed.number(), filed.as()).expect(404);
        api.get("api/tickets/" + open.number(), open.as()).expect(200);
        // helpers still see it
        api.get("api/tickets/" + filed.number(), house.first().as()).expect(200);
    }

    @Test
    void aHelperCannotFileForAHouseThatIsNotTheirs() {
        var other = cooperative.house();
        var refused = api.post("api/tickets", house.first().as(), json("name", "Frau Fremd", "house", other.slug(),
                "subject", "Für ein anderes Haus", "description", "Geht das?"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(api.get("api/tickets?house=" + other.slug(), Api.coordinator()).expect(200).array().isEmpty());
    }

    @Test
    void everyAnswerCarriesHeadersThatKeepBrowsersSafe() {
        for (var path : List.of("", "api/houses", "api/tickets/2026-0001")) {
            var reply = api.get(path, As.ANONYMOUS);
            var policy = reply.header("Content-Security-Policy");
            assertTrue(policy != null && policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'")
                    && !policy.contains("unsafe-inline"), path + ": " + policy);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
            assertEquals("same-origin", reply.header("Referrer-Policy"), path);
        }
        assertEquals("no-store", api.get("api/houses", As.ANONYMOUS).header("Cache-Control"));
    }

    @Test
    void oversizedDeepOrBrokenBodiesAreRefusedQuicklyAndNothingIsStored() {
        var big = api.post("api/tickets", As.ANONYMOUS, json("name", "Herr Groß", "house", house.slug(),
                "subject", "Groß", "description", "x".repeat(300_000)));
        assertEquals(413, big.status(), big.body());
        assertTrue(big.json().getString("message").contains("too large"), big.body());

        var deep = api.post("api/tickets", As.ANONYMOUS, "{\"name\":" + "[".repeat(50_000));
        assertEquals(400, deep.status(), deep.body());
        assertTrue(deep.json().getString("message").contains("nested"), deep.body());

        var invalid = ("{\"name\":\"Frau \u00c3(\",\"house\":\"" + house.slug() + "\",\"subject\":\"x\",\"description\":\"y\"}")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var broken = api.post("api/tickets", As.ANONYMOUS, invalid);
        assertEquals(400, broken.status(), broken.body());
        assertTrue(broken.json().getString("message").contains("UTF-8"), broken.body());

        assertEquals(0, api.get("api/tickets?house=" + house.slug(), house.first().as()).expect(200).array().size(),
                "nothing was filed");
    }

    @Test
    void filingWrongLinksAndSearchingAreLimitedPerAddress() {
        var flood = new Api(base, "10.250.0.1");
        int filed = 0;
        Api.Reply refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            var reply = flood.post("api/tickets", As.ANONYMOUS, json("name", "Bot", "house", house.slug(),
                    "subject", "Anfrage " + i, "description", "Text"));
            if (reply.status() == 201) {
                filed++;
            } else {
                refused = reply;
            }
        }
        assertEquals(30, filed, "30 requests an hour from one address; then " + refused.status() + " " + refused.body());
        assertEquals(429, refused.status(), refused.body());
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        api.post("api/tickets", As.ANONYMOUS, json("name", "Frau Nachbar", "house", house.slug(),
                "subject", "Hilfe", "description", "Mein Handy")).expect(201);

        // (a request of its own: another test locks the one it guesses at)
        var guessed = cooperative.file(house, "Wird erraten");
        var guesser = new Api(base, "10.250.0.2");
        for (int i = 0; i < 30; i++) {
            guesser.get("api/tickets/" + guessed.number(), As.resident("falsch-" + i)).expect(404);
        }
        var blocked = guesser.get("api/tickets/" + guessed.number(), As.resident("falsch"));
        assertEquals(429, blocked.status(), blocked.body());
        assertTrue(blocked.header("Retry-After") != null);

        var searcher = new Api(base, "10.250.0.3");
        int searches = 0;
        while (searcher.get("api/search?q=cloud", As.ANONYMOUS).status() == 200 && searches < 500) {
            searches++;
        }
        assertTrue(searches >= 120 && searches < 140, "120 searches a minute (two more each second): " + searches);
    }

    @Test
    void changesSentFromAnotherWebsiteAreRefused() {
        var request = json("name", "Frau Fremd", "house", house.slug(), "subject", "Von woanders", "description", "?");
        var foreign = api.fromPageOf("https://boese.example").post("api/tickets", As.ANONYMOUS, request);
        assertEquals(403, foreign.status(), foreign.body());
        assertTrue(foreign.json().getString("message").contains("another website"), foreign.body());
        assertEquals(403, api.fromPageOf("null").post("api/tickets", As.ANONYMOUS, request).status());
        assertEquals(0, api.get("api/tickets?house=" + house.slug(), house.first().as()).expect(200).array().size(),
                "nothing was filed");

        var own = "http://" + api.base().getHost() + ":" + api.base().getPort();
        api.fromPageOf(own).post("api/tickets", As.ANONYMOUS, request).expect(201);
        api.fromPageOf("https://boese.example").get("api/houses", As.ANONYMOUS).expect(200);
    }

    @Test
    void theCodeIsComparedIgnoringCaseSpacesAndDashesAndRenewingReplacesIt() {
        var filed = cooperative.file(house, "Code vom Zettel");
        var typed = filed.token().toLowerCase().substring(0, 4) + " " + filed.token().substring(4, 8) + " - "
                + filed.token().toLowerCase().substring(8);
        assertEquals(filed.number(), api.get("api/tickets/" + filed.number(), As.resident(typed)).expect(200).json()
                .getString("number"));
        var wrong = filed.token().substring(0, 11) + (filed.token().endsWith("A") ? "B" : "A");
        api.get("api/tickets/" + filed.number(), As.resident(wrong)).expect(404);

        var renewed = api.post("api/tickets/" + filed.number() + "/link", As.resident(typed), "").expect(200).json();
        api.get("api/tickets/" + filed.number(), As.resident(typed)).expect(404);
        api.get("api/tickets/" + filed.number(), filed.as()).expect(404);
        api.get("api/tickets/" + filed.number(), As.resident(renewed.getString("accessToken").toLowerCase())).expect(200);
    }

    @Test
    void manyWrongCodesFromManyAddressesLockOneRequestOnly() {
        var filed = cooperative.file(house, "Wird geraten");
        var neighbour = cooperative.file(house, "Nebenan");
        int wrongs = 0;
        int status = 404;
        while (status == 404 && wrongs < 80) {
            status = new Api(base).get("api/tickets/" + filed.number(), As.resident("AAAA-BBBB-CCC" + (wrongs % 8 + 2)))
                    .status();
            wrongs++;
        }
        assertEquals(429, status, "locked after " + wrongs);
        assertEquals(51, wrongs, "50 wrong codes an hour for one request, from any number of addresses");
        var locked = new Api(base).get("api/tickets/" + filed.number(), filed.as());
        assertEquals(429, locked.status(), "locked for a while, even with the right code");
        assertTrue(locked.json().getString("message").contains("locked"), locked.body());
        api.get("api/tickets/" + neighbour.number(), neighbour.as()).expect(200);
    }

    @Test
    void theResidentSeesNothingOfTheHelpersTriage() {
        var filed = cooperative.file(house, "Nur meins");
        var before = api.get("api/tickets/" + filed.number(), filed.as()).expect(200).json();
        for (var internal : List.of("priority", "escalation", "assignee", "version")) {
            assertFalse(before.containsKey(internal), internal + " in " + before);
        }
        var staff = house.first().as();
        api.post("api/tickets/" + filed.number() + "/notes", staff, json("body", "intern")).expect(201);
        var version = api.get("api/tickets/" + filed.number(), staff).expect(200).json().getJsonNumber("version").longValue();
        api.put("api/tickets/" + filed.number() + "/priority", staff, json("priority", "HIGH", "version", version))
                .expect(200);
        api.post("api/tickets/" + filed.number() + "/escalation", staff, json("reason", "Wer kann helfen?")).expect(200);
        var after = api.get("api/tickets/" + filed.number(), filed.as()).expect(200).json();
        assertEquals(before.getString("updatedAt"), after.getString("updatedAt"), "internal work changes nothing here");
        assertEquals(before, after, "the resident's view is the same after notes, priority and escalation");

        api.post("api/tickets/" + filed.number() + "/replies", staff, json("body", "Ich schaue es mir an.")).expect(201);
        var answered = api.get("api/tickets/" + filed.number(), filed.as()).expect(200).json();
        assertNotEquals(before.getString("updatedAt"), answered.getString("updatedAt"), "a public reply is news");
    }

    @Test
    void aResidentCanBeReachedAtTheirDoor() {
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", "Frau Tür", "house", house.slug(),
                "door", "Whg. 2.3, bitte klingeln", "subject", "Tablet", "description", "Bitte vorbeikommen"))
                .expect(201).json();
        var resident = api.get("api/tickets/" + filed.getString("number"), As.resident(filed.getString("accessToken")))
                .expect(200).json();
        assertEquals("Whg. 2.3, bitte klingeln", resident.getJsonObject("requester").getString("door"));
        var staff = api.get("api/tickets/" + filed.getString("number"), house.first().as()).expect(200).json();
        assertEquals("Whg. 2.3, bitte klingeln", staff.getJsonObject("requester").getString("door"));
    }
}
