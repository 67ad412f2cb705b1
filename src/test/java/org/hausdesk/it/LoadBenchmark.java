package org.hausdesk.it;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.hausdesk.it.Api.As;

/**
 * The server under load, as {@code docs/performance.md} reports it: the production WAR on its own Payara Micro with
 * the JVM settings of a small server, a database filled with tickets, then filing, resident searches and a tiny
 * read ({@code GET /api/houses}) from 1, 8 and 32 clients for a few seconds each, side by side; ready time and
 * resident memory (RSS) after the load. Clients and server share the machine, as on a small VPS with its proxy.
 * <p>
 * {@code ./mvnw -Pload-benchmark} (H2), or with {@code -Dload.args="--db-url jdbc:postgresql://...?user=..."}.
 * Options: {@code --tickets 2000 --seconds 10 --clients 1,8,32 --jvm -Xmx256m,-Xss512k} (JVM options comma-separated).
 */
public final class LoadBenchmark {

    private static final String[] QUERIES;

    static {
        try {
            QUERIES = Files.readAllLines(Path.of("src/test/resources/search/quality-queries.tsv")).stream()
                    .filter(line -> !line.startsWith("#") && line.contains("\t")).map(line -> line.split("\t")[0])
                    .toArray(String[]::new);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int tickets = Integer.parseInt(options.getOrDefault("tickets", "2000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        var clients = Arrays.stream(options.getOrDefault("clients", "1,8,32").split(",")).map(Integer::parseInt).toList();
        var jvm = List.of(options.getOrDefault("jvm", "-Xmx256m,-Xss512k,-XX:+UseSerialGC").split(","));

        var dir = Files.createTempDirectory("hausdesk-load");
        var settings = PayaraProcess.benchmarkSettings(dir, options.getOrDefault("db-url", "jdbc:h2:file:" + dir.resolve("hausdesk")));
        var lines = new ArrayList<String>();
        try (var server = new PayaraProcess(settings, dir.resolve("payara.log"), jvm)) {
            var ready = server.start();
            var api = new Api(server.base());
            var house = new Cooperative(api).house();
            long idle = server.residentMemoryMib();
            fill(server, house, tickets);

            lines.add("JVM: `%s`; database: %s; %d tickets and the shipped articles in the index"
                    .formatted(String.join(" ", jvm), settings.get("hausdesk.platform.db-url").replaceAll("\\?.*", ""),
                            tickets));
            lines.add("Ready after start: **%.1f s**; RSS idle %d MiB".formatted(ready.toMillis() / 1000.0, idle));
            lines.add("");
            lines.add("| clients | `GET /api/houses` per s | filing `POST /api/tickets` per s (p50/p99 ms) "
                    + "| resident search per s (p50/p99 ms) | server CPU ms per read / filing / search | errors |");
            lines.add("|---|---|---|---|---|---|");
            for (int c : clients) {
                var read = run(server, c, seconds, client -> client.get("api/houses", As.ANONYMOUS).status() == 200);
                var filing = run(server, c, seconds, client -> client.post("api/tickets", As.ANONYMOUS,
                        ticket(house.slug())).status() == 201);
                var search = run(server, c, seconds, client -> client.get("api/search?q=" + URLEncoder.encode(
                        QUERIES[ThreadLocalRandom.current().nextInt(QUERIES.length)], StandardCharsets.UTF_8),
                        As.ANONYMOUS).status() == 200);
                lines.add("| %d | %.0f | %.0f (%d/%d) = %.0f %% of the read | %.0f (%d/%d) | %.2f / %.2f / %.2f | %d |"
                        .formatted(c, read.perSecond(), filing.perSecond(), filing.p50(), filing.p99(),
                                100 * filing.perSecond() / read.perSecond(), search.perSecond(), search.p50(), search.p99(),
                                read.cpuMillisEach(), filing.cpuMillisEach(), search.cpuMillisEach(),
                                read.errors() + filing.errors() + search.errors()));
            }
            lines.add("");
            lines.add("RSS after the load: **%d MiB** (%s)".formatted(server.residentMemoryMib(),
                    server.residentMemoryParts()));
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    private static String ticket(String house) {
        return Api.json("name", "Frau Last", "house", house, "door", "Whg. 1", "subject", "Die Cloud geht nicht",
                "description", "Ich komme nicht mehr in die Cloud, das Passwort wird nicht angenommen. "
                        + Api.unique("fall"), "category", "CLOUD_FILES");
    }

    private static void fill(PayaraProcess server, Cooperative.House house, int tickets) throws InterruptedException {
        var left = new AtomicLong(tickets);
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                pool.execute(() -> {
                    var client = new Api(server.base());
                    while (left.getAndDecrement() > 0) {
                        client.post("api/tickets", As.ANONYMOUS, ticket(house.slug())).expect(201);
                    }
                });
            }
        }
    }

    /** @param cpuMillisEach the server's processor time per request (all its threads: the request, background work, GC) */
    record Figures(double perSecond, long p50, long p99, long errors, double cpuMillisEach) {
    }

    private static Figures run(PayaraProcess server, int clients, int seconds, Function<Api, Boolean> call)
            throws InterruptedException {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var cpuBefore = server.cpuTime();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                pool.execute(() -> {
                    var client = new Api(server.base());
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        boolean ok;
                        try {
                            ok = call.apply(client);
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        latencies.add(System.nanoTime() - t);
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double cpuMillis = server.cpuTime().minus(cpuBefore).toNanos() / 1e6;
        return new Figures(sorted.length / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99), errors.get(),
                sorted.length == 0 ? 0 : cpuMillis / sorted.length);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1_000_000;
    }
}
