package org.hausdesk.search.control;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hausdesk.kb.entity.Article;

/**
 * The search benchmark: a runnable command, not a test. See docs/search-benchmark.md for how to run it
 * and the figures it printed.
 *
 * <ol>
 * <li>generates N German articles (default 100,000) from the vocabulary of the shipped kb-content;</li>
 * <li>times a full rebuild of the Lucene index from them;</li>
 * <li>measures query latency (p50, p99) for 1, 8 and 32 concurrent clients, in-process, with the
 *     resident queries of the search-quality test (full searches: hits, snippets, category counts);</li>
 * <li>with {@code --pg URL}: the same corpus and queries on PostgreSQL full-text search
 *     ({@code to_tsvector('german')}, GIN, {@code websearch_to_tsquery}), and the recall@5 and MRR of both
 *     over the shipped articles;</li>
 * <li>with {@code --http URL --db URL}: writes the corpus into a running Hausdesk's database, has it
 *     rebuild its index, and measures the same over HTTP.</li>
 * </ol>
 */
public final class SearchBenchmark {

    private final int[] CLIENTS;
    /** In the last article: found, the rebuild is done. New each run, so an old index cannot have it. */
    private static final String END_MARKER = "qzxende" + Long.toString(System.currentTimeMillis(), 36);

    private final Map<String, String> options;
    private final int size;
    private final int rounds;
    private final List<String> queries = new ArrayList<>();
    private final List<IndexEntry> corpus = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private final Map<Integer, double[]> luceneLatency = new HashMap<>();

    private SearchBenchmark(Map<String, String> options) {
        this.options = options;
        this.size = Integer.parseInt(options.getOrDefault("articles", "100000"));
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        this.CLIENTS = java.util.Arrays.stream(options.getOrDefault("clients", "1,8,32").split(","))
                .mapToInt(Integer::parseInt).toArray();
    }

    public static void main(String[] args) throws Exception {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new SearchBenchmark(options).run();
    }

    private void run() throws Exception {
        // the 48 queries of the first measurement, so that the figures compare with earlier runs
        SearchQualityTest.cases("/search/quality-queries.tsv").forEach(c -> queries.add(c.query()));
        generate();
        line("# Search benchmark, %s", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        line("%d articles generated from the kb-content vocabulary; %d resident queries; Java %s, %d cores, max heap %d MiB",
                corpus.size(), queries.size(), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        if (!"http".equals(options.get("only"))) {
            inProcess();
        }
        if (options.containsKey("pg") && !"http".equals(options.get("only"))) {
            postgres(options.get("pg"));
        }
        if (options.containsKey("http")) {
            http(URI.create(options.get("http")));
        }
        System.out.println();
        System.out.println("=== Summary (Markdown) ===");
        report.forEach(System.out::println);
    }

    // ---------------------------------------------------------------- corpus

    /** Articles made of real sentences, titles and tags of the shipped ones, mixed at random (seeded). */
    private void generate() throws IOException {
        var random = new Random(42);
        var shipped = SearchQualityTest.shippedArticles();
        var sentences = new ArrayList<String>();
        var titleWords = new ArrayList<String>();
        var tags = new ArrayList<String>();
        for (var article : shipped) {
            var content = article.content();
            for (var sentence : (content.problem() + "\n" + content.solution()).split("(?<=[.!?:])\\s+|\\n+")) {
                var plain = sentence.replaceAll("[#*>`\\[\\]()|_]", " ").strip();
                if (plain.length() > 20) {
                    sentences.add(plain);
                }
            }
            titleWords.addAll(Arrays.asList(content.title().split("\\s+")));
            tags.addAll(content.tags());
        }
        var categories = org.hausdesk.ticket.entity.Category.values();
        for (int i = 0; i < size; i++) {
            var title = new StringBuilder();
            for (int w = 0, n = 3 + random.nextInt(5); w < n; w++) {
                title.append(w == 0 ? "" : " ").append(titleWords.get(random.nextInt(titleWords.size())));
            }
            var body = new StringBuilder();
            for (int s = 0, n = 6 + random.nextInt(14); s < n; s++) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(s % 4 == 3 ? "\n\n" : " ");
            }
            if (i == size - 1) {
                body.append(' ').append(END_MARKER);
            }
            var articleTags = List.of(tags.get(random.nextInt(tags.size())), tags.get(random.nextInt(tags.size())));
            corpus.add(new IndexEntry(Fields.ARTICLE, "bench-" + i, title.toString(), body.toString(), articleTags, null,
                    categories[random.nextInt(categories.length)].name(), random.nextInt(10) == 0 ? "HELPERS" : "PUBLIC",
                    null, null, "PUBLISHED", "de"));
        }
    }

    // ---------------------------------------------------------------- Lucene in-process

    private void inProcess() throws Exception {
        // --index-dir: kept, and used again by the next run (the same segments, so that two versions of the search
        // compare on one index; a rebuild's merges differ from run to run)
        var kept = options.get("index-dir");
        var dir = kept != null ? Path.of(kept) : Files.createTempDirectory("hausdesk-bench-index");
        var index = TestIndexes.of(dir, corpus);
        System.gc();
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        index.open(); // no index yet (or an outdated one): a full rebuild
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        boolean reused = index.rebuilds() == 0;
        if (reused) {
            var searcher = index.acquire();
            int documents = searcher.getIndexReader().numDocs();
            index.release(searcher);
            if (documents != corpus.size()) {
                throw new IllegalStateException("The index in " + dir + " has " + documents + " documents, not "
                        + corpus.size() + ": give --articles " + documents + " or another --index-dir");
            }
        }
        long indexBytes;
        try (Stream<Path> files = Files.walk(dir)) {
            indexBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        line("");
        line("## Lucene, in-process");
        line(reused ? "Index of %d articles kept from an earlier run, opened in %.1f s; index on disk %3$d MiB"
                : "Full rebuild of %d articles: **%.1f s** (target < 60 s); index on disk %d MiB", corpus.size(),
                rebuildSeconds, indexBytes >> 20);

        var search = TestIndexes.search(index);
        var totals = new long[1];
        Callable<Void> warmUp = () -> {
            for (int i = 0; i < 5; i++) {
                for (var q : queries) {
                    totals[0] += search.search(q, Scope.RESIDENT, null, true, 0, 10).total();
                }
            }
            return null;
        };
        warmUp.call();
        System.gc();
        line("Heap in use after indexing and warm-up: %d MiB (was %d MiB before)", usedHeap() >> 20, heapBefore >> 20);
        line("");
        line("| clients | queries | p50 ms | p99 ms | queries/s |");
        line("|---:|---:|---:|---:|---:|");
        for (int clients : CLIENTS) {
            var result = load(clients, q -> search.search(q, Scope.RESIDENT, null, false, 0, 10));
            luceneLatency.put(clients, result);
            row(clients, result);
        }
        var slowest = new ArrayList<Map.Entry<String, Double>>();
        for (var q : queries) {
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                total = search.search(q, Scope.RESIDENT, null, false, 0, 10).total();
                best = Math.min(best, System.nanoTime() - t);
            }
            slowest.add(Map.entry(q + "\" (" + total + " hits)", best / 1e6));
        }
        slowest.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        line("");
        line("Slowest queries (1 client, best of 3): %s", slowest.stream().limit(5)
                .map(e -> String.format(Locale.ROOT, "\"%s %.1f ms", e.getKey(), e.getValue())).toList());
        var suggestions = load(1, q -> search.suggest(q, null, 5));
        line("");
        line("Suggestions while typing (5 articles), 1 client: p50 %.2f ms, p99 %.2f ms", suggestions[1], suggestions[2]);
        index.close();
        if (kept == null) {
            org.hausdesk.platform.control.Folders.delete(dir);
        }
    }

    /** Runs every query {@code rounds} times per client; returns {count, p50, p99, queries/s}. */
    private double[] load(int clients, Consumer<String> query) throws Exception {
        var all = Collections.synchronizedList(new ArrayList<long[]>());
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    var mine = new ArrayList<>(queries);
                    Collections.shuffle(mine, new Random(client));
                    var times = new long[mine.size() * rounds];
                    int n = 0;
                    for (int r = 0; r < rounds; r++) {
                        for (var q : mine) {
                            long t = System.nanoTime();
                            query.accept(q);
                            times[n++] = System.nanoTime() - t;
                        }
                    }
                    all.add(times);
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var times = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new double[] {times.length, percentile(times, 0.50), percentile(times, 0.99), times.length / seconds};
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private void row(int clients, double[] result) {
        line("| %d | %d | %.2f | %.2f | %.0f |", clients, (long) result[0], result[1], result[2], result[3]);
    }

    // ---------------------------------------------------------------- PostgreSQL full-text search

    private void postgres(String url) throws Exception {
        line("");
        line("## PostgreSQL full-text search, same corpus and queries");
        try (var db = DriverManager.getConnection(url)) {
            line("%s", db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion());
            long started = System.nanoTime();
            load(db, "bench_fts", corpus);
            line("Load of %d rows with generated tsvector column and GIN index: %.1f s", corpus.size(),
                    (System.nanoTime() - started) / 1e9);
            line("");
            line("| clients | queries | p50 ms | p99 ms | queries/s | p50 PG / Lucene | p99 PG / Lucene |");
            line("|---:|---:|---:|---:|---:|---:|---:|");
            for (int clients : CLIENTS) {
                var connections = new ArrayList<Connection>();
                for (int i = 0; i < clients; i++) {
                    connections.add(DriverManager.getConnection(url));
                }
                var pool = new java.util.concurrent.LinkedBlockingQueue<>(connections);
                var result = load(clients, q -> {
                    try {
                        var connection = pool.take();
                        try {
                            ftsQuery(connection, "bench_fts", q, 10);
                        } finally {
                            pool.add(connection);
                        }
                    } catch (InterruptedException | SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                var lucene = luceneLatency.get(clients);
                line("| %d | %d | %.2f | %.2f | %.0f | %.1f | %.1f |", clients, (long) result[0], result[1], result[2],
                        result[3], result[1] / lucene[1], result[2] / lucene[2]);
                for (var c : connections) {
                    c.close();
                }
            }

            // Quality on the shipped articles, the same measure as SearchQualityTest.
            var shipped = SearchQualityTest.shippedArticles();
            load(db, "bench_fts_kb", shipped.stream().map(SearchSource::entry).toList());
            var cases = SearchQualityTest.cases();
            var pg = SearchQualityTest.measure(cases, (q, limit) -> {
                try {
                    return ftsQuery(db, "bench_fts_kb", q, limit);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            var lucene = luceneQuality(shipped, cases);
            line("");
            line("Quality over the %d shipped articles and %d resident queries:", shipped.size(), cases.size());
            line("");
            line("| engine | recall@5 | MRR |");
            line("|---|---:|---:|");
            line("| Hausdesk (Lucene, German analysis) | %.3f | %.3f |", lucene.recallAt5(), lucene.mrr());
            line("| PostgreSQL `websearch_to_tsquery('german')` | %.3f | %.3f |", pg.recallAt5(), pg.mrr());
            try (var st = db.createStatement()) {
                st.execute("DROP TABLE bench_fts");
                st.execute("DROP TABLE bench_fts_kb");
            }
        }
    }

    private static void load(Connection db, String table, List<IndexEntry> entries) throws SQLException {
        try (var st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + table);
            st.execute("CREATE TABLE " + table + " (id VARCHAR(80) PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,"
                    + " tags TEXT NOT NULL, tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('german', title), 'A')"
                    + " || setweight(to_tsvector('german', tags), 'B') || setweight(to_tsvector('german', body), 'C')) STORED)");
        }
        db.setAutoCommit(false);
        try (var insert = db.prepareStatement("INSERT INTO " + table + " (id, title, body, tags) VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (var entry : entries) {
                insert.setString(1, entry.key());
                insert.setString(2, entry.title());
                insert.setString(3, entry.body());
                insert.setString(4, String.join(" ", entry.tags()));
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (var st = db.createStatement()) {
            st.execute("CREATE INDEX " + table + "_tsv ON " + table + " USING GIN (tsv)");
            st.execute("ANALYZE " + table);
        }
    }

    private static List<String> ftsQuery(Connection db, String table, String q, int limit) throws SQLException {
        try (var select = db.prepareStatement("SELECT id FROM " + table + ", websearch_to_tsquery('german', ?) query"
                + " WHERE tsv @@ query ORDER BY ts_rank(tsv, query) DESC LIMIT ?")) {
            select.setString(1, q);
            select.setInt(2, limit);
            var keys = new ArrayList<String>();
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        }
    }

    private static SearchQualityTest.Quality luceneQuality(List<Article> shipped, List<SearchQualityTest.Case> cases)
            throws IOException {
        var dir = Files.createTempDirectory("hausdesk-bench-quality");
        var index = TestIndexes.open(dir, shipped.stream().map(SearchSource::entry).toList());
        var search = TestIndexes.search(index);
        BiFunction<String, Integer, List<String>> engine = (q, limit) -> search.search(q, Scope.RESIDENT, null, true, 0,
                limit).hits().stream().map(Search.Hit::key).toList();
        try {
            return SearchQualityTest.measure(cases, engine);
        } finally {
            index.close();
            org.hausdesk.platform.control.Folders.delete(dir);
        }
    }

    // ---------------------------------------------------------------- over HTTP, a running Hausdesk

    private void http(URI base) throws Exception {
        var dbUrl = options.get("db");
        var credentials = Base64.getEncoder().encodeToString((options.getOrDefault("user", "koordination") + ":"
                + options.getOrDefault("password", "demo-passwort")).getBytes(StandardCharsets.UTF_8));
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        line("");
        line("## Over HTTP: a running Hausdesk (%s)", base);
        if (dbUrl != null) {
            try (var db = DriverManager.getConnection(dbUrl, options.get("db-user"), options.get("db-password"))) {
                long started = System.nanoTime();
                insertArticles(db);
                line("%d articles written into its database in %.1f s", corpus.size(), (System.nanoTime() - started) / 1e9);
            }
            long started = System.nanoTime();
            var rebuild = client.send(HttpRequest.newBuilder(base.resolve("/api/search/rebuild"))
                    .header("Authorization", "Basic " + credentials).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (rebuild.statusCode() != 202) {
                throw new IllegalStateException("rebuild: " + rebuild.statusCode() + " " + rebuild.body());
            }
            while (!get(client, base, "/api/search?q=" + END_MARKER, credentials).matches("(?s).*\"total\":1[,}].*")) {
                Thread.sleep(200);
            }
            line("Rebuild from the database through the application (read, analyse, index, commit): **%.1f s**",
                    (System.nanoTime() - started) / 1e9);
        }
        for (var q : queries) {
            get(client, base, "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
        }
        line("");
        line("| clients | queries | p50 ms | p99 ms | queries/s |");
        line("|---:|---:|---:|---:|---:|");
        for (int clients : CLIENTS) {
            row(clients, load(clients, q -> {
                try {
                    get(client, base, "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    private static String get(HttpClient client, URI base, String path, String credentials)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            request.header("Authorization", "Basic " + credentials);
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Published articles straight into Hausdesk's tables (ids far above the sequence), replacing earlier runs. */
    private void insertArticles(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (var delete = db.prepareStatement("DELETE FROM article WHERE slug LIKE 'bench-%'")) {
            delete.executeUpdate();
        }
        var now = Timestamp.from(Instant.now());
        try (var insert = db.prepareStatement("INSERT INTO article (id, slug, title, problem, solution, category, tags,"
                + " language, visibility, status, revision_number, created_at, updated_at, published_at, version)"
                + " VALUES (?, ?, ?, NULL, ?, ?, ?, 'de', ?, 'PUBLISHED', 1, ?, ?, ?, 1)")) {
            long id = 900_000_000L;
            int n = 0;
            for (var entry : corpus) {
                insert.setLong(1, id++);
                insert.setString(2, entry.key());
                insert.setString(3, entry.title().length() > 200 ? entry.title().substring(0, 200) : entry.title());
                insert.setString(4, entry.body());
                insert.setString(5, entry.category());
                insert.setString(6, String.join(",", entry.tags()));
                insert.setString(7, entry.visibility());
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.addBatch();
                if (++n % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
    }

    // ---------------------------------------------------------------- helpers

    private void line(String format, Object... args) {
        var text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }

    private static long usedHeap() {
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
