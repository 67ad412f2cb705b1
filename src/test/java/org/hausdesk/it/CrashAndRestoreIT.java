package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hausdesk.it.Api.As;
import org.hausdesk.it.arquillian.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A server's bad days, on the database of the run, with the production WAR on its own Payara Micro and its own
 * database (a fresh H2 file, or a fresh PostgreSQL database next to the run's), index and folders:
 * <ol>
 * <li>the upgrade drill ({@link UpgradeDrill}): the first start finds a database as the first releases left it, with
 * data, migrates it and serves it;</li>
 * <li>the crash test: residents file requests from 8 clients, the server is killed ({@code kill -9}) in the middle
 * of it and started again on the same data; every request that was confirmed ({@code 201}) must be there and be
 * found by search;</li>
 * <li>the restore drill: Hausdesk backs itself up, the machine is lost (database, attachments and index wiped), and
 * a start with {@code HAUSDESK_APP_RESTORE_FROM} on an empty database brings back every request, a helper's answer,
 * a picture byte for byte and search.</li>
 * </ol>
 * One story, so that it costs three server starts instead of five.
 */
@Execution(ExecutionMode.CONCURRENT) // a server of its own: beside the tests that share one
@ResourceLock(CrashAndRestoreIT.SERVERS_UNDER_LOAD)
class CrashAndRestoreIT {

    /** Held by the tests that start servers and load them, so that they run one after the other (not side by side). */
    static final String SERVERS_UNDER_LOAD = "servers under load";

    private static final int CLIENTS = 8;
    /** Confirmed requests before the kill: enough that the index has a backlog while the requests keep coming. */
    private static final int CONFIRMED_BEFORE_KILL = 150;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void anUpgradedServerKeepsOldDataLosesNoConfirmedRequestWhenKilledAndItsBackupBringsEverythingBack() throws Exception {
        Mailbox.shared(); // the run's mail server, which may not run yet when this test starts beside the others
        var dir = Path.of("target", "crash-and-restore", TestRun.database().toLowerCase() + "-" + Api.unique("run"))
                .toAbsolutePath();
        var database = PayaraProcess.freshDatabase(dir);
        UpgradeDrill.oldDatabase(database); // the first start is an upgrade from the first releases' schema
        var settings = PayaraProcess.ownSettings(dir, database);
        settings.put("hausdesk.platform.filings-per-hour", "1000000");
        settings.put("hausdesk.platform.searches-per-minute", "1000000");
        settings.put("hausdesk.app.backup-dir", dir.resolve("backups").toString());
        Map<String, String> acknowledged;
        Cooperative.Filed withPicture;
        Cooperative.Filed answered;
        byte[] picture;
        String backup;
        try {
            try (var server = new PayaraProcess(settings, dir.resolve("payara.log"))) {
                var firstStart = server.start();
                var first = new Api(server.base());
                UpgradeDrill.assertUpgraded(first);
                var cooperative = new Cooperative(first);
                var house = cooperative.house();
                withPicture = cooperative.file(house, "Sicherungsprobe Bildschirmfoto");
                var uploaded = first.post("api/tickets/" + withPicture.number() + "/attachments?name=foto.jpg",
                        withPicture.as(), AttachmentsIT.screenshot()).expect(201).json();
                picture = first.download("api/tickets/" + withPicture.number() + "/attachments/"
                        + uploaded.getJsonNumber("id"), Api.coordinator()).body();
                answered = cooperative.file(house, "Sicherungsprobe Kalender");
                first.post("api/tickets/" + answered.number() + "/claim", house.first().as(), "").expect(200);
                first.post("api/tickets/" + answered.number() + "/replies", house.first().as(),
                        Api.json("body", "Bitte einmal neu anmelden, dann geht der Kalender wieder.")).expect(201);

                var confirmed = new ConcurrentHashMap<String, String>();
                var stop = new AtomicBoolean();
                var clients = Executors.newFixedThreadPool(CLIENTS);
                for (int i = 0; i < CLIENTS; i++) {
                    clients.execute(() -> {
                        var api = new Api(server.base());
                        while (!stop.get()) {
                            var word = word();
                            try {
                                var reply = api.post("api/tickets", As.ANONYMOUS, Api.json("name", "Frau Probe",
                                        "house", house.slug(), "door", "Whg. 1.2", "subject", "Absturzprobe",
                                        "description", "Die Cloud geht nicht, Kennung " + word, "category", "CLOUD_FILES"));
                                if (reply.status() == 201) {
                                    confirmed.put(reply.json().getString("number"), word);
                                }
                            } catch (RuntimeException killed) {
                                // the server is gone: this request was never confirmed
                            }
                        }
                    });
                }
                await().atMost(Duration.ofMinutes(2)).until(() -> confirmed.size() >= CONFIRMED_BEFORE_KILL);
                server.kill();
                stop.set(true);
                clients.shutdown();
                assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));
                acknowledged = Map.copyOf(confirmed);

                var restart = server.start();
                var api = new Api(server.base());
                var lost = acknowledged.keySet().stream()
                        .filter(number -> api.get("api/tickets/" + number, Api.coordinator()).status() != 200).sorted().toList();
                assertEquals(List.of(), lost, "confirmed requests missing after the kill, of " + acknowledged.size());

                var notFound = new ArrayList<>(acknowledged.keySet());
                long restarted = System.nanoTime();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    notFound.removeIf(number -> found(api, number, acknowledged.get(number)));
                    assertEquals(List.of(), notFound, "confirmed requests search does not find, of " + acknowledged.size());
                });
                System.out.printf("Crash test on %s: %d requests confirmed before kill -9, 0 lost, all found by search "
                                + "%d ms after ready; ready after %d ms (first start %d ms)%n", TestRun.database(),
                        acknowledged.size(), (System.nanoTime() - restarted) / 1_000_000, restart.toMillis(),
                        firstStart.toMillis());

                // a backup, made by Hausdesk itself (coordinators only), and a second one that overwrites nothing
                assertEquals(401, api.post("api/backups", As.ANONYMOUS, "").status(), "coordinators only");
                var made = api.post("api/backups", Api.coordinator(), "").expect(201).json();
                backup = made.getString("folder");
                assertEquals(1, made.getInt("attachments"), made.toString());
                assertNotEquals(backup, api.post("api/backups", Api.coordinator(), "").expect(201).json().getString("folder"),
                        "a second backup never overwrites the first");
                server.kill();
            }

            // the machine is lost: database, attachments and index are gone
            PayaraProcess.emptyDatabase(database);
            org.hausdesk.platform.control.Folders.delete(dir.resolve("attachments"));
            org.hausdesk.platform.control.Folders.delete(dir.resolve("index"));
            settings.put("hausdesk.app.restore-from", dir.resolve("backups").resolve(backup).toString());
            try (var server = new PayaraProcess(settings, dir.resolve("payara-restored.log"))) {
                server.start();
                var api = new Api(server.base());
                assertTrue(server.log().contains("Restored from"), "the log says what was restored");
                var lost = acknowledged.keySet().stream()
                        .filter(number -> api.get("api/tickets/" + number, Api.coordinator()).status() != 200).sorted().toList();
                assertEquals(List.of(), lost, "requests missing after the restore, of " + acknowledged.size());
                var ticket = api.get("api/tickets/" + answered.number(), Api.coordinator()).expect(200).json();
                assertTrue(ticket.toString().contains("dann geht der Kalender wieder"), ticket.toString());
                var restored = api.get("api/tickets/" + withPicture.number(), withPicture.as()).expect(200).json();
                var attachment = restored.getJsonArray("attachments").getJsonObject(0);
                assertArrayEquals(picture, api.download("api/tickets/" + withPicture.number() + "/attachments/"
                        + attachment.getJsonNumber("id"), Api.coordinator()).body(), "the picture, byte for byte");
                await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/search?q=Sicherungsprobe",
                        Api.coordinator()).expect(200).json().getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                        .map(hit -> hit.getString("key")).toList().containsAll(List.of(withPicture.number(), answered.number())));
            }
        } finally {
            PayaraProcess.dropDatabase(database);
        }
    }

    private static boolean found(Api api, String number, String word) {
        var result = api.get("api/search?limit=50&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                Api.coordinator()).expect(200).json();
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(hit -> hit.getString("key").equals(number));
    }

    /** A made-up word only this request contains. */
    private static String word() {
        var letters = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }
}
