package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hausdesk.it.Api.As;
import org.hausdesk.it.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Helpers and coordinators: the queue, claiming, replies and notes, states, and who may see what. */
class HelperTicketsIT extends HausdeskIT {

    private Cooperative.House house;
    private Cooperative.House otherHouse;

    @BeforeEach
    void setUp() {
        house = cooperative.house();
        otherHouse = cooperative.house();
    }

    private String path(Cooperative.Filed ticket, String action) {
        return "api/tickets/" + ticket.number() + (action.isEmpty() ? "" : "/" + action);
    }

    private static long version(JsonObject ticket) {
        return ticket.getJsonNumber("version").longValue();
    }

    @Test
    void aHelperClaimsRepliesNotesAndSolvesWithTheVersionTheySaw() {
        var filed = cooperative.file(house, "Messenger auf dem iPhone");
        var anna = house.first();

        var claimed = api.post(path(filed, "claim"), anna.as(), "").expect(200).json();
        assertEquals("IN_PROGRESS", claimed.getString("state"));
        assertEquals(anna.displayName(), claimed.getString("assignee"));

        api.post(path(filed, "replies"), anna.as(), json("body", "Öffnen Sie bitte den App Store.")).expect(201);
        var noted = api.post(path(filed, "notes"), anna.as(), json("body", "Apple-ID fehlt vermutlich")).expect(201).json();
        var kinds = noted.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
        assertEquals(List.of("REPLY", "NOTE"), kinds);

        var solved = api.put(path(filed, "state"), anna.as(), json("state", "SOLVED", "version", version(noted)))
                .expect(200).json();
        assertEquals("SOLVED", solved.getString("state"));
        assertEquals("SOLVED", cooperative.read(filed, anna.as()).getString("state"), "the change was stored");
    }

    @Test
    void solvingWithASolutionIsBothOrNeither() {
        var filed = cooperative.file(house, "Drucker druckt nicht");
        api.post(path(filed, "claim"), house.first().as(), "").expect(200);

        // the other helper of the house may not solve what the first one has: no reply goes out either
        api.post(path(filed, "solution"), house.second().as(), json("body", "Bitte neu starten.")).expect(403);
        var untouched = api.get(path(filed, ""), Api.coordinator()).expect(200).json();
        assertEquals("IN_PROGRESS", untouched.getString("state"));
        assertEquals(0, untouched.getJsonArray("entries").size(), untouched.toString());
        api.post(path(filed, "solution"), house.first().as(), json("body", " ")).expect(400);

        var solved = api.post(path(filed, "solution"), house.first().as(), json("body", "Bitte neu starten."))
                .expect(200).json();
        assertEquals("SOLVED", solved.getString("state"));
        var entries = solved.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertEquals(1, entries.size());
        assertEquals("Bitte neu starten.", entries.getFirst().getString("body"));
        assertEquals("SOLVED", api.get(path(filed, ""), filed.as()).expect(200).json().getString("state"));
    }

    @Test
    void aStateChangeBasedOnAnOldVersionIsRefusedWith409AndChangesNothing() {
        var filed = cooperative.file(house, "Videokonferenz ohne Ton");
        var anna = house.first();
        var seen = api.post(path(filed, "claim"), anna.as(), "").expect(200).json();
        api.post(path(filed, "replies"), anna.as(), json("body", "Ist der Ton am Handy an?", "askBack", true))
                .expect(201);

        var stale = api.put(path(filed, "state"), anna.as(), json("state", "SOLVED", "version", version(seen)))
                .expect(409).json();

        assertTrue(stale.getString("message").contains("changed in the meantime"), stale.toString());
        assertEquals("WAITING", cooperative.read(filed, anna.as()).getString("state"));
    }

    @Test
    void forbiddenTransitionsAndForeignAssigneesAreRefused() {
        var filed = cooperative.file(house, "Umfrage");
        var claimed = api.post(path(filed, "claim"), house.first().as(), "").expect(200).json();

        api.put(path(filed, "state"), house.second().as(), json("state", "CLOSED", "version", version(claimed)))
                .expect(403);
        api.put(path(filed, "state"), house.first().as(), json("state", "NEW", "version", version(claimed)))
                .expect(409);
        api.put(path(filed, "state"), house.first().as(), json("state", "KAPUTT", "version", version(claimed)))
                .expect(400);
        api.put(path(filed, "state"), house.first().as(), json("state", "SOLVED")).expect(400);
        assertEquals("IN_PROGRESS", cooperative.read(filed, house.first().as()).getString("state"));
    }

    @Test
    void twoHelpersClaimingAtTheSameMomentExactlyOneWinsTheOtherLearnsWho() throws Exception {
        var filed = cooperative.file(house, "Beide wollen helfen");
        var helpers = List.of(house.first(), house.second());
        for (var helper : helpers) {
            api.get("api/me", helper.as()).expect(200); // sign-in cost paid before the race
        }
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Reply>>();
        try (var pool = Executors.newFixedThreadPool(helpers.size())) {
            for (var helper : helpers) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api.post(path(filed, "claim"), helper.as(), "");
                }));
            }
            start.countDown();
            var replies = new ArrayList<Reply>();
            for (var result : results) {
                replies.add(result.get());
            }
            var statuses = replies.stream().map(Reply::status).sorted().toList();
            assertEquals(List.of(200, 409), statuses, replies.toString());

            var winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                    .getString("assignee");
            var loser = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().json();
            assertTrue(loser.getString("message").contains(winner), loser.toString());
            assertEquals(winner, cooperative.read(filed, house.first().as()).getString("assignee"));
        }
    }

    @Test
    void aHelperOfAnotherHouseNeitherSeesNorChangesTheTicket() {
        var filed = cooperative.file(house, "Nur für unser Haus");
        var stranger = otherHouse.first().as();

        var read = api.get(path(filed, ""), stranger).expect(404);
        assertFalse(read.body().contains("Nur für unser Haus"), read.body());
        api.post(path(filed, "claim"), stranger, "").expect(404);
        api.post(path(filed, "replies"), stranger, json("body", "Hallo")).expect(404);
        api.post(path(filed, "notes"), stranger, json("body", "Notiz")).expect(404);
        api.put(path(filed, "state"), stranger, json("state", "CLOSED", "version", 1)).expect(404);
        api.put(path(filed, "priority"), stranger, json("priority", "HIGH", "version", 1)).expect(404);

        var strangersQueue = api.get("api/tickets", stranger).expect(200).array();
        assertFalse(strangersQueue.toString().contains(filed.number()), strangersQueue.toString());
        var ticket = cooperative.read(filed, house.first().as());
        assertEquals("NEW", ticket.getString("state"));
        assertEquals(0, ticket.getJsonArray("entries").size());
    }

    @Test
    void theQueueListsTheHousesOpenTicketsFilteredByStateAndCategory() {
        var open = cooperative.file(house, "Offen");
        var taken = cooperative.file(house, "In Arbeit");
        api.post(path(taken, "claim"), house.second().as(), "").expect(200);
        cooperative.file(otherHouse, "Anderes Haus");

        var queue = numbers(api.get("api/tickets", house.first().as()).expect(200));
        assertEquals(List.of(open.number(), taken.number()), queue, "oldest first, only this house");

        assertEquals(List.of(open.number()),
                numbers(api.get("api/tickets?state=NEW", house.first().as()).expect(200)));
        assertEquals(List.of(taken.number()),
                numbers(api.get("api/tickets?mine=true", house.second().as()).expect(200)));
        assertEquals(List.of(),
                numbers(api.get("api/tickets?category=POLLS", house.first().as()).expect(200)));
        api.get("api/tickets?state=VERLOREN", house.first().as()).expect(400);
    }

    @Test
    void aCoordinatorSeesAndWorksEveryHouse() {
        var here = cooperative.file(house, "Hier");
        var there = cooperative.file(otherHouse, "Dort");

        var all = api.get("api/tickets?house=" + otherHouse.slug(), Api.coordinator()).expect(200);
        assertEquals(List.of(there.number()), numbers(all));
        api.post(path(here, "notes"), Api.coordinator(), json("body", "Schaue ich mir an")).expect(201);
    }

    @Test
    void signInIsRequiredAndChecked() {
        var filed = cooperative.file(house, "Anmeldung");

        var anonymous = api.get("api/tickets", As.ANONYMOUS).expect(401);
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        api.get(path(filed, ""), As.ANONYMOUS).expect(401);
        api.post(path(filed, "claim"), As.ANONYMOUS, "").expect(401);
        api.get("api/me", As.staff(house.first().username(), "falsches-passwort")).expect(401);
        api.get("api/me", As.staff("niemand-" + house.slug(), "falsches-passwort")).expect(401);

        var me = api.get("api/me", house.first().as()).expect(200).json();
        assertEquals(List.of(house.slug()), me.getJsonArray("houses").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals("HELPER", me.getString("role"));
    }

    @Test
    void onlyCoordinatorsCreateHousesAndAccounts() {
        api.post("api/houses", house.first().as(), json("slug", Api.unique("h"), "name", "X")).expect(403);
        api.post("api/accounts", house.first().as(), json("username", Api.unique("u"), "displayName", "U",
                "password", "lang-genug-2026", "role", "COORDINATOR")).expect(403);
        api.post("api/houses", Api.coordinator(), json("slug", house.slug(), "name", "Doppelt")).expect(409);
        var weak = api.post("api/accounts", Api.coordinator(), json("username", Api.unique("u"), "displayName", "U",
                "password", "kurz", "role", "HELPER", "houses", new String[] {house.slug()})).expect(400).json();
        assertTrue(weak.getJsonObject("fields").containsKey("password"), weak.toString());
    }

    @Test
    void healthAndApiDescriptionAreServed() {
        var health = api.get("health/ready", As.ANONYMOUS).expect(200).json();
        assertEquals("UP", health.getString("status"));
        assertFalse(health.toString().contains("H2") || health.toString().contains("PostgreSQL"),
                "health says up or down, not which database: " + health);

        // the tests run on the database the build asked for: what they file lands there
        var filed = cooperative.file(house, "Wo liege ich?");
        var url = org.hausdesk.it.arquillian.TestRun.setting("db-url");
        if (org.hausdesk.it.arquillian.TestRun.onPostgreSQL()) {
            try (var connection = java.sql.DriverManager.getConnection(url);
                 var query = connection.prepareStatement("select count(*) from ticket where number = ?")) {
                query.setString(1, filed.number());
                try (var rows = query.executeQuery()) {
                    rows.next();
                    assertEquals(1, rows.getInt(1), "the ticket is in " + url);
                }
            } catch (java.sql.SQLException e) {
                throw new AssertionError("cannot read " + url, e);
            }
        } else if (url != null && url.startsWith("jdbc:h2:file:")) {
            var file = java.nio.file.Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db");
            assertTrue(java.nio.file.Files.isRegularFile(file), "the H2 database file " + file);
        }

        var paths = new java.util.HashSet<>(
                api.get("openapi", As.ANONYMOUS).expect(200).json().getJsonObject("paths").keySet());
        paths.removeIf(p -> p.startsWith("/api/test-")); // the test deployment's clock and rounds, never in the jar
        assertEquals(java.util.Set.of("/api/tickets", "/api/tickets/{number}", "/api/tickets/{number}/claim",
                "/api/tickets/{number}/replies", "/api/tickets/{number}/solution", "/api/tickets/{number}/notes", "/api/tickets/{number}/state",
                "/api/tickets/{number}/priority", "/api/tickets/{number}/confirmation",
                "/api/tickets/{number}/escalation", "/api/tickets/{number}/link", "/api/tickets/{number}/attachments",
                "/api/tickets/{number}/attachments/{id}", "/api/backups", "/api/houses", "/api/accounts", "/api/me", "/api/me/named-to-residents", "/api/me/daily-summary", "/api/tickets/counts", "/api/houses/{slug}/stage", "/api/houses/{slug}/page", "/api/houses/{slug}/households", "/api/onboarding/steps",
                "/api/onboarding/steps/{id}", "/api/onboarding/progress", "/api/onboarding/households/{id}",
                "/api/onboarding/households/{id}/steps/{stepId}", "/api/mail-in/held", "/api/mail-in/held/{id}", "/api/me/absences",
                "/api/me/absences/{id}", "/api/outbox", "/api/outbox/{id}/retry", "/api/stats", "/api/articles",
                "/api/articles/{slug}", "/api/articles/from-ticket", "/api/articles/{slug}/publication",
                "/api/articles/{slug}/archival", "/api/articles/{slug}/revisions", "/api/articles/{slug}/comparison",
                "/api/articles/{slug}/rating", "/api/kb/import", "/api/kb/export", "/api/search",
                "/api/search/suggestions", "/api/search/similar/{number}", "/api/search/misses", "/api/search/rebuild",
                "/api/outages", "/api/outages/suspected", "/api/privacy/tickets/{number}", "/api/privacy/mine", "/api/privacy/residents",
                "/api/privacy/erasure", "/api/privacy/retention", "/api/privacy/audit"),
                paths, "OpenAPI covers every endpoint");
    }

    private static List<String> numbers(Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(t -> t.getString("number")).toList();
    }

    @Test
    void repeatedFailedSignInsSlowTheAccountAndTheAddressDownWithoutSayingWhetherTheAccountExists() {
        var house = cooperative.house();
        var attacker = new Api(base, "10.251.0.1");
        var helper = house.first();
        for (int i = 0; i < 5; i++) {
            attacker.get("api/me", As.staff(helper.username(), "geraten-" + i)).expect(401);
        }
        var right = attacker.get("api/me", As.staff(helper.username(), Cooperative.HELPER_PASSWORD));
        assertEquals(429, right.status(), "after 5 failures even the right password waits");
        assertTrue(Long.parseLong(right.header("Retry-After")) > 0, right.toString());
        new Api(base, "10.251.0.2").get("api/me", As.staff(house.second().username(), Cooperative.HELPER_PASSWORD))
                .expect(200);

        var nobody = "niemand-" + house.slug();
        var unknown = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 6; i++) {
            unknown.add(attacker.get("api/me", As.staff(nobody, "geraten")).status());
        }
        assertEquals(java.util.List.of(401, 401, 401, 401, 401, 429), unknown,
                "an unknown name is answered the same way as an existing one");

        var sprayer = new Api(base, "10.251.0.3");
        for (int i = 0; i < 20; i++) {
            sprayer.get("api/me", As.staff("niemand-" + i + "-" + house.slug(), "geraten")).expect(401);
        }
        sprayer.get("api/me", As.staff(house.second().username(), Cooperative.HELPER_PASSWORD)).expect(429);
        api.get("api/me", As.staff(house.second().username(), Cooperative.HELPER_PASSWORD)).expect(200);
    }
}
