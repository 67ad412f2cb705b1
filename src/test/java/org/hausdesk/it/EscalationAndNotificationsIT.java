package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared queue and everything that tells people about it: escalation by hand and by itself,
 * hand-back, the timeline, e-mails through a real SMTP server, the chat webhook through a real HTTP
 * receiver, and the outbox when the mail server is down.
 */
class EscalationAndNotificationsIT extends HausdeskIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern RESIDENT_LINK = Pattern.compile("https://hilfe\\.hausdesk\\.test/anfrage/([0-9-]+)\\?zugang=(\\S+)");

    private static final Mailbox MAILBOX = Mailbox.shared();
    private static final ChatRoom CHAT_ROOM = ChatRoom.shared();


    @BeforeEach
    void helpersWithMail() {
        cooperative = cooperative.withHelpersMail();
    }

    private static String residentEmail() {
        return Api.unique("bewohnerin") + "@example.org";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    private String path(Cooperative.Filed ticket, String action) {
        return "api/tickets/" + ticket.number() + (action.isEmpty() ? "" : "/" + action);
    }

    private static List<String> types(JsonObject ticket) {
        return ticket.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList();
    }

    @Test
    void whileBothHelpersAreAwayATicketReachesTheSharedQueueByItselfAndAnotherHouseSolvesIt() {
        var house = cooperative.house();
        var other = cooperative.house();
        // one helper away (twice over: two absences that overlap today) is not all helpers away
        for (var until : List.of(today().plusDays(7), today().plusDays(3))) {
            api.post("api/me/absences", house.first().as(), json("from", today().minusDays(1).toString(),
                    "until", until.toString(), "note", "Urlaub")).expect(201);
        }
        var whileOneIsThere = cooperative.file(house, "Kalender zeigt nichts");
        assertEquals("HOUSE", cooperative.read(whileOneIsThere, house.first().as()).getString("escalation"),
                "the second helper is there");
        api.post("api/me/absences", house.second().as(), json("from", today().minusDays(1).toString(),
                "until", today().plusDays(1).toString(), "note", "Krank")).expect(201);
        var email = residentEmail();

        var filed = cooperative.file(house, "Videokonferenz auf dem Tablet", email);

        var ticket = cooperative.read(filed, house.first().as());
        assertEquals("SHARED", ticket.getString("escalation"));
        var escalation = ticket.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals("ESCALATED")).findFirst().orElseThrow();
        assertEquals("Hausdesk", escalation.getString("actor"));
        assertTrue(escalation.getString("detail").contains("abwesend"), escalation.toString());
        assertFalse(types(cooperative.read(filed, filed.as())).contains("ESCALATED"), "residents do not see escalations");

        await().atMost(PATIENCE).until(() -> CHAT_ROOM.textsAbout(filed.number()).size() == 1);
        assertTrue(CHAT_ROOM.textsAbout(filed.number()).getFirst().contains(house.name()));
        await().atMost(PATIENCE).until(() -> MAILBOX.to(other.first().email()).stream()
                .anyMatch(m -> m.subject().contains("Hilfe gesucht") && m.subject().contains(filed.number())));

        var sharedQueue = api.get("api/tickets?queue=shared", other.first().as()).expect(200).body();
        assertTrue(sharedQueue.contains(filed.number()), sharedQueue);
        api.post(path(filed, "claim"), other.first().as(), "").expect(200);
        await().atMost(PATIENCE).until(() -> MAILBOX.to(house.first().email()).stream()
                .anyMatch(m -> m.subject().contains(other.first().displayName()) && m.subject().contains(filed.number())));

        api.post(path(filed, "notes"), other.first().as(), json("body", "GEHEIM: Tablet ist uralt")).expect(201);
        api.post(path(filed, "replies"), other.first().as(),
                json("body", "Tippen Sie auf den Link in der Einladung und dann auf „Teilnehmen“.")).expect(201);
        var replied = cooperative.read(filed, other.first().as());
        api.put(path(filed, "state"), other.first().as(),
                json("state", "SOLVED", "version", replied.getJsonNumber("version").longValue())).expect(200);

        await().atMost(PATIENCE).until(() -> MAILBOX.to(email).size() == 3);
        var mails = MAILBOX.to(email);
        var arrived = mails.stream().filter(m -> m.subject().contains("ist angekommen")).findFirst().orElseThrow();
        var code = filed.token().substring(0, 4) + "-" + filed.token().substring(4, 8) + "-" + filed.token().substring(8);
        assertTrue(arrived.text().contains("Ihr Code: " + code), "the same code as on the screen: " + arrived.text());
        assertTrue(arrived.text().contains("?zugang=" + filed.token()), arrived.text());
        var reply = mails.stream().filter(m -> m.subject().startsWith("Antwort")).findFirst().orElseThrow();
        assertTrue(reply.text().contains("Tippen Sie auf den Link"), reply.text());
        assertTrue(reply.html().contains("Tippen Sie auf den Link"), reply.html());
        assertTrue(mails.stream().anyMatch(m -> m.subject().contains("gelöst")), mails.toString());
        assertTrue(mails.stream().noneMatch(m -> m.text().contains("GEHEIM") || m.html().contains("GEHEIM")),
                "an internal note never reaches the resident");

        var link = RESIDENT_LINK.matcher(reply.text());
        assertTrue(link.find(), reply.text());
        assertEquals(filed.number(), link.group(1));
        var fromMail = api.get(path(filed, ""), As.resident(URLDecoder.decode(link.group(2), StandardCharsets.UTF_8)))
                .expect(200).json();
        assertEquals("SOLVED", fromMail.getString("state"), "the link in the e-mail opens the ticket");
    }

    @Test
    void aTicketNobodyClaimsGoesToTheSharedQueueAfterTheHousesDelayExactlyOnce() {
        var house = cooperative.house("PT1H");
        var unclaimed = cooperative.file(house, "Niemand hat Zeit");
        var claimed = cooperative.file(house, "Ich kümmere mich");
        api.post(path(claimed, "claim"), house.second().as(), "").expect(200);
        api.runRound("escalation");
        assertEquals("HOUSE", cooperative.read(unclaimed, house.first().as()).getString("escalation"), "not yet due");

        api.letTimePass(Duration.ofMinutes(61));
        api.runRound("escalation");
        assertEquals("SHARED", cooperative.read(unclaimed, house.first().as()).getString("escalation"));
        api.runRound("escalation");
        api.runRound("escalation");
        assertEquals(1, types(cooperative.read(unclaimed, house.first().as())).stream()
                .filter("ESCALATED"::equals).count(), "escalated once, however many rounds run");
        var escalation = cooperative.read(unclaimed, house.first().as()).getJsonArray("timeline")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("type").equals("ESCALATED"))
                .findFirst().orElseThrow();
        assertTrue(escalation.getString("detail").contains("einer Stunde"), escalation.toString());
        assertEquals("HOUSE", cooperative.read(claimed, house.first().as()).getString("escalation"));
        await().atMost(PATIENCE).until(() -> CHAT_ROOM.textsAbout(unclaimed.number()).size() == 1);
    }

    @Test
    void aHelperEscalatesWithAReasonAndAHelperOfAnotherHouseHandsItBack() {
        var house = cooperative.house();
        var other = cooperative.house();
        var filed = cooperative.file(house, "iPhone-Frage");
        api.get(path(filed, ""), other.first().as()).expect(404);
        api.post(path(filed, "escalation"), other.first().as(), json("reason", "fremd")).expect(404);
        api.post(path(filed, "escalation"), house.first().as(), json("reason", " ")).expect(400);

        var escalated = api.post(path(filed, "escalation"), house.first().as(),
                json("reason", "Ich kenne mich mit iPhones nicht aus")).expect(200).json();
        assertEquals("SHARED", escalated.getString("escalation"));
        api.post(path(filed, "escalation"), house.first().as(), json("reason", "nochmal")).expect(409);

        api.get(path(filed, ""), other.first().as()).expect(200);
        api.post(path(filed, "claim"), other.first().as(), "").expect(200);
        var handedBack = api.send("DELETE", path(filed, "escalation") + "?reason=Besser+vor+Ort", other.first().as())
                .expect(200).json();

        assertEquals("HOUSE", handedBack.getString("escalation"));
        assertEquals("NEW", handedBack.getString("state"));
        assertNull(handedBack.get("assignee"));
        assertTrue(types(handedBack).containsAll(List.of("ESCALATED", "CLAIMED", "HANDED_BACK")), handedBack.toString());
        api.get(path(filed, ""), other.first().as()).expect(404);
        assertFalse(api.get("api/tickets?queue=shared", other.first().as()).body().contains(filed.number()));
    }

    @Test
    void aMessageQueuedWhileTheMailServerIsDownIsDeliveredOnceItIsBackExactlyOnce() {
        var house = cooperative.house();
        var email = residentEmail();
        MAILBOX.stop();
        Cooperative.Filed filed;
        try {
            filed = cooperative.file(house, "Speicher voll", email);
            for (int attempt = 0; attempt < 3; attempt++) {
                api.letTimePass(Duration.ofSeconds(3)); // past the next retry (PT1S, doubling, at most PT2S)
                api.runRound("outbox");
            }

            await().atMost(PATIENCE).until(() -> api.get("api/outbox?failing=true&ticket=" + filed.number(),
                    Api.coordinator()).expect(200).array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(m -> m.getString("recipient").equals(email) && m.getInt("attempts") >= 3
                            && m.getString("lastError").contains("Exception")));
            api.get("api/outbox", house.first().as()).expect(403);
        } finally {
            MAILBOX.start();
        }

        await().atMost(PATIENCE).until(() -> MAILBOX.to(email).size() == 1);
        api.letTimePass(Duration.ofMinutes(5)); // whatever retry could be due now is
        api.runRound("outbox");
        api.runRound("outbox");
        assertEquals(1, MAILBOX.to(email).size(), "delivered once, however many rounds run");
        assertTrue(MAILBOX.to(email).getFirst().subject().contains(filed.number()));
        var unsent = api.get("api/outbox?ticket=" + filed.number(), Api.coordinator()).expect(200).array();
        assertEquals(0, unsent.size(), unsent.toString());
    }

    @Test
    void theResidentsAnswerReachesTheAssigneeAndNewTicketsTheHousesHelpers() {
        var house = cooperative.house();
        var filed = cooperative.file(house, "Umfrage finde ich nicht");
        await().atMost(PATIENCE).until(() -> MAILBOX.to(house.second().email()).stream()
                .anyMatch(m -> m.subject().contains("Neue Anfrage " + filed.number())
                        && m.text().contains("Ich weiß nicht weiter: Umfrage finde ich nicht")));

        api.post(path(filed, "replies"), house.first().as(), json("body", "Wo suchen Sie?", "askBack", true)).expect(201);
        api.post(path(filed, "replies"), filed.as(), json("body", "Im Messenger <b>oben</b>")).expect(201);

        await().atMost(PATIENCE).until(() -> MAILBOX.to(house.first().email()).stream()
                .anyMatch(m -> m.subject().contains("hat geantwortet") && m.text().contains("Im Messenger <b>oben</b>")
                        && m.html().contains("Im Messenger &lt;b&gt;oben&lt;/b&gt;")));
    }

    @Test
    void aHelperFilesForAResidentWhoPhonedButOnlyForTheirOwnHouses() {
        var house = cooperative.house();
        var other = cooperative.house();
        var request = json("name", "Herr Telefon", "house", house.slug(), "phone", "030 555",
                "subject", "Hat angerufen", "description", "Kommt nicht in die Cloud", "category", "LOGIN_ACCOUNT");

        var filed = api.post("api/tickets", house.first().as(), request).expect(201).json();

        var ticket = api.get("api/tickets/" + filed.getString("number"), house.first().as()).expect(200).json();
        var first = ticket.getJsonArray("timeline").getJsonObject(0);
        assertEquals("FILED", first.getString("type"));
        assertEquals(house.first().displayName(), first.getString("actor"));
        assertTrue(first.getString("detail").contains("Herr Telefon"));
        var refused = api.post("api/tickets", other.first().as(), request).expect(400).json();
        assertTrue(refused.getJsonObject("fields").containsKey("house"), refused.toString());
    }

    @Test
    void absencesAreEachHelpersOwn() {
        var house = cooperative.house();
        var added = api.post("api/me/absences", house.first().as(), json("from", today().toString(),
                "until", today().plusDays(2).toString())).expect(201).json();
        api.post("api/me/absences", house.first().as(), json("from", today().toString(),
                "until", today().minusDays(2).toString())).expect(400);

        assertEquals(1, api.get("api/me/absences", house.first().as()).expect(200).array().size());
        assertEquals(0, api.get("api/me/absences", house.second().as()).expect(200).array().size());
        api.send("DELETE", "api/me/absences/" + added.getInt("id"), house.second().as()).expect(404);
        api.send("DELETE", "api/me/absences/" + added.getInt("id"), house.first().as()).expect(204);
        assertEquals(0, api.get("api/me/absences", house.first().as()).expect(200).array().size());
    }

    @Test
    void statisticsAreComputedPerHouseAndForTheSharedQueue() {
        var house = cooperative.house();
        var helper = house.first().as();
        var waiting = cooperative.file(house, "Wartet");
        var solved = cooperative.file(house, "Gelöst");
        var escalated = cooperative.file(house, "Eskaliert");
        api.post(path(waiting, "replies"), helper, json("body", "Welches Gerät?", "askBack", true)).expect(201);
        var answered = api.post(path(solved, "replies"), helper, json("body", "So geht es.")).expect(201).json();
        api.put(path(solved, "state"), helper,
                json("state", "SOLVED", "version", answered.getJsonNumber("version").longValue())).expect(200);
        api.post(path(escalated, "escalation"), helper, json("reason", "Weiß nicht weiter")).expect(200);

        var stats = api.get("api/stats", helper).expect(200).json();

        var houses = stats.getJsonArray("houses").getValuesAs(JsonObject.class);
        assertEquals(1, houses.size(), "a helper sees the numbers of their own houses");
        var numbers = houses.getFirst();
        assertEquals(house.slug(), numbers.getString("house"));
        assertEquals(2, numbers.getInt("open"));
        assertEquals(1, numbers.getInt("waiting"));
        assertEquals(1, numbers.getInt("solvedInPeriod"));
        assertEquals(3, numbers.getInt("filedInPeriod"));
        assertEquals(1, numbers.getInt("escalatedInPeriod"));
        assertEquals(1.0 / 3, numbers.getJsonNumber("shareEscalated").doubleValue(), 0.001);
        assertTrue(numbers.getJsonNumber("medianMinutesToFirstReply").doubleValue() >= 0);
        assertTrue(stats.getJsonObject("shared").getInt("open") >= 1);

        var all = api.get("api/stats", Api.coordinator()).expect(200).json().getJsonArray("houses");
        assertTrue(all.size() > 1, "a coordinator sees every house");
        api.get("api/stats", As.ANONYMOUS).expect(401);
    }
}
