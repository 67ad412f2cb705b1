package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.Test;

/**
 * The helpers' day: the queue's order ("who waits comes first"), the signs of each row (needs an answer, a new
 * answer from the resident, the escalation countdown), the counts per queue, finding a ticket by number, name and
 * words, and the daily summary e-mail (exactly one per day, nothing the helper may not see, no internal note).
 */
class HelpersDayIT extends HausdeskIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Mailbox MAILBOX = Mailbox.shared();

    private Cooperative.Filed file(Cooperative.House house, String name, String subject) {
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", name, "house", house.slug(),
                "email", Api.unique("bewohner") + "@example.org", "subject", subject,
                "description", "Bitte helfen Sie mir: " + subject, "category", "CLOUD_FILES")).expect(201).json();
        return new Cooperative.Filed(filed.getString("number"), filed.getString("accessToken"));
    }

    private JsonObject reply(Cooperative.Filed ticket, As as, String body) {
        return api.post("api/tickets/" + ticket.number() + "/replies", as, json("body", body)).expect(201).json();
    }

    private List<JsonObject> queue(As as, String query) {
        return api.get("api/tickets?" + query, as).expect(200).array().getValuesAs(JsonObject.class);
    }

    private static boolean none(JsonObject row, String key) {
        return !row.containsKey(key) || row.isNull(key);
    }

    private static List<String> numbers(List<JsonObject> rows) {
        return rows.stream().map(r -> r.getString("number")).toList();
    }

    private static JsonObject row(List<JsonObject> rows, Cooperative.Filed ticket) {
        return rows.stream().filter(r -> r.getString("number").equals(ticket.number())).findFirst().orElseThrow();
    }

    @Test
    void whoWaitsForAnAnswerComesFirstThenPriorityThenTheLongestWaiting() {
        var house = cooperative.house();
        var anna = house.first();
        var answered = file(house, "Frau Alt", "Kalender synchronisiert nicht");
        var unanswered = file(house, "Herr Neu", "Passwort vergessen");
        var urgent = file(house, "Frau Eilig", "Videokonferenz heute Abend");
        var residentWrote = file(house, "Herr Zurück", "Messenger zeigt keine Nachrichten");

        reply(answered, anna.as(), "Bitte einmal abmelden und wieder anmelden.");
        reply(residentWrote, anna.as(), "Ist die App auf dem neuesten Stand?");
        reply(residentWrote, residentWrote.as(), "Ja, aber es geht trotzdem nicht.");
        var version = api.get("api/tickets/" + urgent.number(), anna.as()).expect(200).json().getJsonNumber("version").longValue();
        api.put("api/tickets/" + urgent.number() + "/priority", anna.as(), json("priority", "HIGH", "version", version))
                .expect(200);

        var rows = queue(anna.as(), "house=" + house.slug() + "&order=needs-you");
        assertEquals(List.of(urgent.number(), unanswered.number(), residentWrote.number(), answered.number()),
                numbers(rows), "high priority first among those waiting, then the longest waiting, answered last");
        assertTrue(row(rows, residentWrote).getBoolean("newReply"), "the resident wrote after the helper's answer");
        assertFalse(row(rows, unanswered).getBoolean("newReply"), "nobody answered yet: no new answer either");
        assertTrue(row(rows, unanswered).getBoolean("needsAnswer"));
        assertFalse(row(rows, answered).getBoolean("needsAnswer"));
        assertTrue(none(row(rows, answered), "awaitingSince"));

        // the helper answers the one with the new answer: it moves down, its sign is gone
        reply(residentWrote, anna.as(), "Ich komme heute Abend vorbei.");
        rows = queue(anna.as(), "house=" + house.slug() + "&order=needs-you");
        assertEquals(List.of(urgent.number(), unanswered.number(), answered.number(), residentWrote.number()),
                numbers(rows));
        assertFalse(row(rows, residentWrote).getBoolean("newReply"));

        // other orders: by number (newest first), by last activity
        assertEquals(residentWrote.number(), numbers(queue(anna.as(), "house=" + house.slug() + "&order=number")).getFirst());
        assertEquals(residentWrote.number(), numbers(queue(anna.as(), "house=" + house.slug() + "&order=activity")).getFirst());
        api.get("api/tickets?order=sideways", anna.as()).expect(400);
    }

    @Test
    void theCountsOfEveryQueueComeTogetherAndCountWhoWaits() {
        var house = cooperative.house();
        var helper = house.first();
        var before = api.get("api/tickets/counts", helper.as()).expect(200).json();
        assertEquals(0, before.getJsonObject("house").getInt("open"));

        var first = file(house, "Frau Eins", "Drucker offline");
        var second = file(house, "Herr Zwei", "Cloud voll");
        file(house, "Frau Drei", "Umfrage geht nicht");
        api.post("api/tickets/" + first.number() + "/claim", helper.as(), "").expect(200);
        reply(second, helper.as(), "Ich sehe es mir an.");
        api.post("api/tickets/" + second.number() + "/escalation", helper.as(), json("reason", "Brauche Hilfe")).expect(200);

        var counts = api.get("api/tickets/counts", helper.as()).expect(200).json();
        assertEquals(3, counts.getJsonObject("house").getInt("open"));
        assertEquals(2, counts.getJsonObject("house").getInt("needAnswer"), "claimed is not answered; the answered one is not waiting");
        assertEquals(1, counts.getJsonObject("mine").getInt("open"));
        assertTrue(counts.getJsonObject("shared").getInt("open") >= 1, counts.toString());
        assertEquals(3, queue(helper.as(), "house=" + house.slug()).size(), "the list agrees with the count");
    }

    @Test
    void anUnclaimedTicketShowsWhenItGoesToAllHousesUntilSomeoneTakesIt() {
        var house = cooperative.house("PT5H");
        var filed = cooperative.file(house, "Tablet startet nicht");
        var row = row(queue(house.first().as(), "house=" + house.slug()), filed);
        var created = Instant.parse(row.getString("createdAt"));
        assertEquals(created.plus(Duration.ofHours(5)), Instant.parse(row.getString("escalatesAt")));

        api.post("api/tickets/" + filed.number() + "/claim", house.second().as(), "").expect(200);
        row = row(queue(house.first().as(), "house=" + house.slug()), filed);
        assertTrue(none(row, "escalatesAt"), "claimed: it stays in the house");
    }

    @Test
    void aHelperFindsATicketByNumberResidentsNameOrWordsButOnlyInTheirScope() {
        var house = cooperative.house();
        var other = cooperative.house();
        var name = "Frau " + Api.unique("Sommerfeld");
        var mine = file(house, name, "Fernseher zeigt die Mediathek nicht");
        var notMine = file(other, name, "Fernseher im anderen Haus");
        var helper = house.first();

        assertEquals(List.of(mine.number()), numbers(queue(helper.as(), "q=" + java.net.URLEncoder.encode(name.substring(5), java.nio.charset.StandardCharsets.UTF_8))),
                "by name, and only in the helper's houses");
        var tail = Integer.toString(Integer.parseInt(mine.number().substring(mine.number().indexOf('-') + 1)));
        assertTrue(numbers(queue(helper.as(), "q=" + mine.number())).equals(List.of(mine.number())));
        assertTrue(numbers(queue(helper.as(), "q=" + tail)).contains(mine.number()), "the number's end as said on the phone");
        assertEquals(List.of(mine.number()), numbers(queue(helper.as(), "q=" + mine.number().substring(0, 5) + tail)),
                "2026-42 is 2026-0042");
        assertFalse(numbers(queue(helper.as(), "q=" + notMine.number())).contains(notMine.number()));

        // words go through the search index (which follows the changes within a moment), in the helper's scope
        await().atMost(PATIENCE).until(() -> numbers(queue(helper.as(), "q=Mediathek")).contains(mine.number()));
        assertFalse(numbers(queue(other.first().as(), "q=Mediathek")).contains(mine.number()));
        // a search looks at done tickets too
        reply(mine, helper.as(), "Bitte den Sender neu suchen.");
        var version = api.get("api/tickets/" + mine.number(), helper.as()).expect(200).json().getJsonNumber("version").longValue();
        api.put("api/tickets/" + mine.number() + "/state", helper.as(), json("state", "SOLVED", "version", version)).expect(200);
        assertEquals(List.of(mine.number()), numbers(queue(helper.as(), "q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))));
        assertFalse(numbers(queue(helper.as(), "house=" + house.slug())).contains(mine.number()), "not among the open ones");
        api.get("api/tickets?q=" + "x".repeat(201), helper.as()).expect(400);
    }

    @Test
    void theDailySummaryGoesOutOncePerDayToThoseWhoChoseItWithoutInternalNotes() {
        cooperative = cooperative.withHelpersMail();
        var house = cooperative.house();
        var other = cooperative.house();
        var anna = house.first();
        assertFalse(api.get("api/me", anna.as()).expect(200).json().getBoolean("dailySummary"), "off unless chosen");
        api.put("api/me/daily-summary", anna.as(), json("wanted", true)).expect(200);
        assertTrue(api.get("api/me", anna.as()).expect(200).json().getBoolean("dailySummary"));

        var fresh = cooperative.file(house, "Neues Handy einrichten");
        var answeredBack = cooperative.file(house, "Videokonferenz ohne Ton");
        reply(answeredBack, anna.as(), "Ist das Mikrofon freigegeben?");
        reply(answeredBack, answeredBack.as(), "Wo sehe ich das?");
        api.post("api/tickets/" + answeredBack.number() + "/notes", anna.as(), json("body", "GEHEIM-Notiz-4711")).expect(201);
        var elsewhere = cooperative.file(other, "Anderes Haus, nicht für Anna");

        api.runRound("summary");
        api.runRound("summary");
        api.runRound("outbox");
        await().atMost(PATIENCE).until(() -> !MAILBOX.to(anna.email()).stream()
                .filter(m -> m.subject().startsWith("Hausdesk: Ihre Zusammenfassung")).toList().isEmpty());
        api.runRound("summary");
        api.runRound("outbox");
        var summaries = MAILBOX.to(anna.email()).stream()
                .filter(m -> m.subject().startsWith("Hausdesk: Ihre Zusammenfassung")).toList();
        assertEquals(1, summaries.size(), "one per day, however often the round runs");
        var text = summaries.getFirst().text();
        assertTrue(text.contains(fresh.number()) && text.contains("Neues Handy einrichten"), text);
        assertTrue(text.contains("Bewohner*innen haben geantwortet (1)") && text.contains(answeredBack.number()), text);
        assertFalse(text.contains("GEHEIM-Notiz-4711") || summaries.getFirst().html().contains("GEHEIM-Notiz-4711"),
                "never an internal note");
        assertFalse(text.contains("Wo sehe ich das?"), "no message of a ticket at all, only what and where");
        assertFalse(text.contains(elsewhere.number()), "nothing of a house that is not hers");
        assertTrue(MAILBOX.to(house.second().email()).stream()
                .noneMatch(m -> m.subject().startsWith("Hausdesk: Ihre Zusammenfassung")), "the other helper did not choose it");

        api.put("api/me/daily-summary", anna.as(), "{}").expect(400);
    }
}
