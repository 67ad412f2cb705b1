package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hausdesk.it.Api.As;
import org.hausdesk.it.arquillian.TestRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two Hausdesk servers on one PostgreSQL database, as behind a proxy that spreads requests over both (the production
 * WAR, each on its own Payara Micro with its own search index; attachments in one shared folder): what one server
 * writes the other serves and finds, two helpers claiming at once on different servers get one winner, a client's
 * rate limit counts on both, each event is mailed once although both servers send, scheduled work runs on one of
 * them, and when one server dies the other goes on and takes over its scheduled work. PostgreSQL only: H2 is an
 * embedded database of one process.
 */
// servers of its own: beside the tests that share one, but not beside the crash test, whose load and three starts
// would crowd the follow-up within a second that this test asserts
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(CrashAndRestoreIT.SERVERS_UNDER_LOAD)
class TwoServersIT {

    /** How soon a change on one server is found by search on the other (the index follows the change log). */
    private static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(1);
    /** Per client address, on both servers together. */
    private static final int FILINGS_PER_HOUR = 10;

    @Test
    void twoServersShareOneDatabaseAndGoOnWhenOneDies() throws Exception {
        Assumptions.assumeTrue(TestRun.onPostgreSQL(), "two servers need a database server");
        Mailbox.shared(); // the test run's mail server, which both servers send to
        var dir = Path.of("target", "two-servers", Api.unique("run")).toAbsolutePath();
        var database = PayaraProcess.freshDatabase(dir);
        var shared = PayaraProcess.ownSettings(dir, database);
        shared.put("hausdesk.platform.shared-limits", "true");
        shared.put("hausdesk.platform.filings-per-hour", String.valueOf(FILINGS_PER_HOUR));
        shared.put("hausdesk.search.follow-interval", "PT0.2S");
        shared.put("hausdesk.ticket.escalation-check-interval", "PT1S");
        var settingsA = new java.util.HashMap<>(shared);
        settingsA.put("hausdesk.search.index-dir", dir.resolve("index-a").toString());
        var settingsB = new java.util.HashMap<>(shared);
        settingsB.put("hausdesk.search.index-dir", dir.resolve("index-b").toString());
        try (var a = new PayaraProcess(settingsA, dir.resolve("payara-a.log"));
             var b = new PayaraProcess(settingsB, dir.resolve("payara-b.log"));
             var both = Executors.newFixedThreadPool(2)) { // two claims at once, whatever the machine's cores
            a.start(); // the first start creates the schema and the first coordinator; then the second joins
            b.start();
            var onA = new Api(a.base());
            var onB = new Api(b.base());
            var cooperative = new Cooperative(onA).withHelpersMail();
            var house = cooperative.house();

            // filed on A, read and found on B within a second, once B has indexed and searched before (as a server
            // in service has: the very first change a fresh server indexes also loads its word lists)
            var first = cooperative.file(house, "Zwei Server Aufwärmprobe");
            long firstAt = System.nanoTime();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> found(onB, first.number(), "Aufwärmprobe"));
            System.out.printf("Two servers: the first request filed on A was found by search on B after %d ms%n",
                    (System.nanoTime() - firstAt) / 1_000_000);
            var filed = cooperative.file(house, "Zwei Server Kalenderprobe");
            long filedAt = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> found(onB, filed.number(), "Kalenderprobe"));
            var followed = Duration.ofNanos(System.nanoTime() - filedAt);
            System.out.printf("Two servers: a request filed on A was found by search on B after %d ms%n",
                    followed.toMillis());
            assertTrue(followed.compareTo(FOLLOWS_WITHIN) <= 0, "found on B only after " + followed.toMillis() + " ms");
            assertEquals(filed.number(), onB.get("api/tickets/" + filed.number(), filed.as()).expect(200).json()
                    .getString("number"), "the resident's private link works on either server");

            // the filing mailed each helper once, although both servers send the outbox
            for (var helper : List.of(house.first(), house.second())) {
                await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(helper.email(), filed.number()) >= 1);
            }
            var moreRounds = System.nanoTime() + Duration.ofSeconds(3).toNanos(); // several outbox rounds of both
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> System.nanoTime() > moreRounds);
            assertEquals(1, mailsAbout(house.first().email(), filed.number()), "one mail per event and helper");
            assertEquals(1, mailsAbout(house.second().email(), filed.number()), "one mail per event and helper");

            // two helpers claim at the same moment, one on each server: exactly one wins
            for (int round = 0; round < 5; round++) {
                var contested = cooperative.file(house, "Zwei Server Anspruch " + round);
                var together = new CyclicBarrier(2);
                var claimA = CompletableFuture.supplyAsync(() -> claim(together, onA, contested, house.first()), both);
                var claimB = CompletableFuture.supplyAsync(() -> claim(together, onB, contested, house.second()), both);
                var statuses = List.of(claimA.get(), claimB.get()).stream().sorted().toList();
                assertEquals(List.of(200, 409), statuses, "one claim wins, the other is told it came too late");
                var assignee = onB.get("api/tickets/" + contested.number(), house.first().as()).expect(200).json()
                        .getString("assignee");
                assertTrue(List.of(house.first().displayName(), house.second().displayName()).contains(assignee));
            }

            // one resident's address files on both servers: the limit (10 per hour) counts across them
            var residentOnA = new Api(a.base(), "203.0.113.44");
            var residentOnB = new Api(b.base(), "203.0.113.44");
            for (int i = 0; i < FILINGS_PER_HOUR; i++) {
                var server = i % 2 == 0 ? residentOnA : residentOnB;
                assertEquals(201, fileAs(server, house).status(), "filing " + (i + 1) + " of " + FILINGS_PER_HOUR);
            }
            var refused = fileAs(residentOnB, house);
            assertEquals(429, refused.status(), "one more in the hour, on either server, waits");
            assertEquals(429, fileAs(residentOnA, house).status());
            assertEquals(201, fileAs(new Api(a.base(), "198.51.100.45"), house).status(), "another address is not held");

            // helpers file on both servers at the same moment: every request gets a number of its own
            var numbers = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
            var start = new CyclicBarrier(2);
            var filings = List.of(onA, onB).stream().map(server -> CompletableFuture.runAsync(() -> {
                meet(start);
                for (int i = 0; i < 10; i++) {
                    numbers.add(server.post("api/tickets", house.first().as(), Api.json("name", "Frau Gleichzeitig",
                            "house", house.slug(), "door", "Whg. 2.2", "description", "Gleichzeitig " + i,
                            "category", "OTHER")).expect(201).json().getString("number"));
                }
            }, both)).toList();
            filings.forEach(CompletableFuture::join);
            assertEquals(20, numbers.size(), "20 requests filed at once on two servers, 20 numbers: " + numbers);

            // scheduled work runs on one server at a time: one holds the escalation job round after round
            var holders = new java.util.HashSet<String>();
            var sampledUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
                holders.add(leaseHolder(database, "escalation"));
                return System.nanoTime() > sampledUntil;
            });
            assertEquals(1, holders.size(), "one holder while both run: " + holders);
            var holdsJobs = holders.iterator().next().startsWith(a.pid() + "@") ? a : b;
            var survivor = holdsJobs == a ? b : a;
            var onSurvivor = new Api(survivor.base());

            // the server holding the jobs dies; the other goes on: filing, claiming, reading and finding, and takes
            // over the jobs: a request of a house that escalates after 2 s is escalated there
            holdsJobs.kill();
            var quickHouse = new Cooperative(onSurvivor).house("PT2S");
            var unclaimed = new Cooperative(onSurvivor).file(quickHouse, "Zwei Server niemand da");
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> "SHARED".equals(
                    onSurvivor.get("api/tickets/" + unclaimed.number(), Api.coordinator()).expect(200).json()
                            .getString("escalation", "")));
            assertTrue(leaseHolder(database, "escalation").startsWith(survivor.pid() + "@"));
            var afterDeath = new Cooperative(onSurvivor).file(house, "Zwei Server Nachruf Druckerprobe");
            onSurvivor.post("api/tickets/" + afterDeath.number() + "/claim", house.first().as(), "").expect(200);
            onSurvivor.post("api/tickets/" + afterDeath.number() + "/replies", house.first().as(),
                    Api.json("body", "Ich komme morgen vorbei.")).expect(201);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> found(onSurvivor, afterDeath.number(), "Druckerprobe"));
            await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(house.first().email(), afterDeath.number()) >= 1);
        } finally {
            PayaraProcess.dropDatabase(database);
        }
    }

    private static int claim(CyclicBarrier together, Api server, Cooperative.Filed ticket, Cooperative.Helper helper) {
        meet(together);
        return server.post("api/tickets/" + ticket.number() + "/claim", helper.as(), "").status();
    }

    private static void meet(CyclicBarrier together) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who holds a scheduled job's lease, read from the database both servers share. */
    private static String leaseHolder(String database, String job) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(database);
             var select = connection.prepareStatement("SELECT holder FROM job_lease WHERE name = ?")) {
            select.setString(1, job);
            try (var result = select.executeQuery()) {
                return result.next() ? result.getString(1) : "";
            }
        }
    }

    private static Api.Reply fileAs(Api resident, Cooperative.House house) {
        return resident.post("api/tickets", As.ANONYMOUS, Api.json("name", "Herr Grenze", "house", house.slug(),
                "door", "Whg. 3.1", "description", "Mein Telefon findet das WLAN nicht mehr.", "category", "OTHER"));
    }

    private static boolean found(Api api, String number, String word) {
        var result = api.get("api/search?limit=50&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                Api.coordinator()).expect(200).json();
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(hit -> hit.getString("key").equals(number));
    }

    private static long mailsAbout(String address, String number) {
        return Mailbox.shared().to(address).stream().filter(mail -> mail.subject().contains(number)).count();
    }
}
