package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The crash test: residents file requests from 8 clients, the server is killed ({@code kill -9}) in the middle of
 * it, started again on the same data, and every request that was confirmed ({@code 201}) must be there and be found
 * by search, on the database of the run. The server is the production WAR on its own Payara Micro, with its own
 * database (a fresh H2 file, or a fresh PostgreSQL database next to the run's), index and folders.
 */
class CrashIT {

    private static final int CLIENTS = 8;
    /** Confirmed requests before the kill: enough that the index has a backlog while the requests keep coming. */
    private static final int CONFIRMED_BEFORE_KILL = 150;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void everyConfirmedRequestSurvivesAKilledServerAndIsFoundBySearch() throws Exception {
        var dir = Path.of("target", "crash", TestRun.database().toLowerCase() + "-" + Api.unique("run")).toAbsolutePath();
        var database = PayaraProcess.freshDatabase(dir);
        var settings = PayaraProcess.ownSettings(dir, database);
        settings.put("hausdesk.platform.filings-per-hour", "1000000");
        settings.put("hausdesk.platform.searches-per-minute", "1000000");
        try (var server = new PayaraProcess(settings, dir.resolve("payara.log"))) {
            var firstStart = server.start();
            var house = new Cooperative(new Api(server.base())).house();

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
            var acknowledged = Map.copyOf(confirmed);

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
