package org.hausdesk.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.hausdesk.it.Api.As;

/**
 * The helpers' dashboard at scale, as {@code docs/performance.md} reports it: the production WAR on its own Payara
 * Micro with the JVM settings of a small server, 40 houses with 1,000 open tickets in every state a day brings
 * (answered, resident answered again, high priority, claimed, escalated), then each kind of dashboard page asked
 * for many times by one signed-in client: its response time on the same machine (server time plus a loopback
 * round trip), as p50, p95 and max.
 * <p>
 * {@code ./mvnw -Pdashboard-benchmark} (H2), or with {@code -Ddashboard.args="--db-url jdbc:postgresql://...?user=..."}.
 * Options: {@code --houses 40 --tickets 1000 --rounds 100}.
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int houseCount = Integer.parseInt(options.getOrDefault("houses", "40"));
        int tickets = Integer.parseInt(options.getOrDefault("tickets", "1000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "100"));
        var jvm = List.of(options.getOrDefault("jvm", "-Xmx256m,-Xss512k,-XX:+UseSerialGC").split(","));

        var dir = Files.createTempDirectory("hausdesk-dashboard");
        var settings = PayaraProcess.benchmarkSettings(dir, options.getOrDefault("db-url", "jdbc:h2:file:" + dir.resolve("hausdesk")));
        var lines = new ArrayList<String>();
        try (var server = new PayaraProcess(settings, dir.resolve("payara.log"), jvm)) {
            server.start();
            var api = new Api(server.base());
            var cooperative = new Cooperative(api);
            var houses = new ArrayList<Cooperative.House>();
            for (int i = 0; i < houseCount; i++) {
                houses.add(cooperative.house());
            }
            fill(server, houses, tickets);

            var coordinator = signedIn(server, PayaraProcess.BENCHMARK_COORDINATOR, PayaraProcess.BENCHMARK_PASSWORD);
            var helper = signedIn(server, houses.getFirst().first().username(), Cooperative.HELPER_PASSWORD);
            lines.add("JVM: `%s`; database: %s; %d houses, %d open tickets"
                    .formatted(String.join(" ", jvm), settings.get("hausdesk.platform.db-url").replaceAll("\\?.*", ""),
                            houseCount, tickets));
            lines.add("");
            lines.add("| page | who | p50 ms | p95 ms | max ms |");
            lines.add("|---|---|---|---|---|");
            for (var page : List.of(
                    new Page("/helfer", "coordinator (all houses, first 50 of " + tickets + ")", coordinator),
                    new Page("/helfer?seite=10", "coordinator, page 10", coordinator),
                    new Page("/helfer?sortierung=aktivitaet", "coordinator, by last activity", coordinator),
                    new Page("/helfer?ansicht=gemeinsam", "coordinator, shared queue", coordinator),
                    new Page("/helfer?suche=Sommer", "coordinator, search by name", coordinator),
                    new Page("/helfer?suche=Drucker", "coordinator, search by word", coordinator),
                    new Page("/helfer", "helper of one house", helper))) {
                lines.add(measure(page, rounds));
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    record Page(String path, String who, WebClient client) {
    }

    private static String measure(Page page, int rounds) {
        for (int i = 0; i < 10; i++) { // warm-up
            page.client().get(page.path());
        }
        var times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            var response = page.client().get(page.path());
            times[i] = System.nanoTime() - t;
            if (response.statusCode() != 200 || !response.body().contains("queue")) {
                throw new IllegalStateException(page.path() + " answered " + response.statusCode());
            }
        }
        Arrays.sort(times);
        return "| `%s` | %s | %.1f | %.1f | %.1f |".formatted(page.path(), page.who(), times[rounds / 2] / 1e6,
                times[(int) (rounds * 0.95)] / 1e6, times[rounds - 1] / 1e6);
    }

    private static WebClient signedIn(PayaraProcess server, String username, String password) {
        var client = new WebClient(server.base());
        var token = WebClient.csrf(client.get("/anmelden").body());
        var answer = client.post("/pages/signin.xhtml", WebClient.form("signin", "signin", "username", username,
                "password", password, "weiter", "/helfer", "signInButton", "x", "csrf", token));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("sign-in failed for " + username + ": " + answer.statusCode());
        }
        return client;
    }

    private static final String[] SUBJECTS = {"Drucker druckt nicht", "Passwort vergessen", "Messenger startet nicht",
        "Videokonferenz ohne Ton", "Fotos in der Cloud", "Umfrage-Link geht nicht", "Neues Handy einrichten"};
    private static final String[] NAMES = {"Frau Sommer", "Herr Winter", "Frau Berg", "Herr Tal", "Frau Wald"};

    /** Tickets across the houses, and what a day does to them: answers, answers back, priority, claims, escalations. */
    private static void fill(PayaraProcess server, List<Cooperative.House> houses, int tickets) throws InterruptedException {
        var next = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                pool.execute(() -> {
                    var client = new Api(server.base());
                    for (int i = next.getAndIncrement(); i < tickets; i = next.getAndIncrement()) {
                        var house = houses.get(i % houses.size());
                        var filed = client.post("api/tickets", As.ANONYMOUS, Api.json("name", NAMES[i % NAMES.length] + " " + i,
                                "house", house.slug(), "door", "Whg. " + i, "subject", SUBJECTS[i % SUBJECTS.length],
                                "description", "Seit gestern geht es nicht mehr. Fall " + i, "category", "CLOUD_FILES"))
                                .expect(201).json();
                        var number = filed.getString("number");
                        var resident = As.resident(filed.getString("accessToken"));
                        var helper = house.first().as();
                        if (i % 4 == 0) {
                            client.post("api/tickets/" + number + "/replies", helper, Api.json("body", "Ich schaue es mir an.")).expect(201);
                        }
                        if (i % 8 == 0) {
                            client.post("api/tickets/" + number + "/replies", resident, Api.json("body", "Danke, es geht immer noch nicht.")).expect(201);
                        }
                        if (i % 10 == 1) {
                            var version = client.get("api/tickets/" + number, helper).expect(200).json().getJsonNumber("version").longValue();
                            client.put("api/tickets/" + number + "/priority", helper, Api.json("priority", "HIGH", "version", version)).expect(200);
                        }
                        if (i % 5 == 2) {
                            client.post("api/tickets/" + number + "/claim", helper, "").expect(200);
                        }
                        if (i % 20 == 3) {
                            client.post("api/tickets/" + number + "/escalation", helper, Api.json("reason", "Brauche Hilfe")).expect(200);
                        }
                    }
                });
            }
        }
    }
}
