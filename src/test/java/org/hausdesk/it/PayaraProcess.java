package org.hausdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hausdesk as it runs in production: the built WAR (without the test clock) on its own Payara Micro process, which a
 * test can kill the hard way ({@code kill -9}) and start again on the same data.
 */
final class PayaraProcess implements AutoCloseable {

    private final Map<String, String> settings;
    private final Path log;
    private final int port;
    private Process process;
    private long launched;
    /** How long the log was when this start began: a restart appends to the same log. */
    private long logBefore;

    private final List<String> jvmOptions;

    /**
     * @param settings MicroProfile Config keys and values, passed as system properties; the server gets the JVM options
     *                 of every test server ({@code hausdesk.it.server-jvm}, pom.xml), as the run's shared server does
     */
    PayaraProcess(Map<String, String> settings, Path log) {
        this(settings, log, List.of(org.hausdesk.it.arquillian.TestRun.setting("server-jvm").split(" ")));
    }

    /** @param jvmOptions e.g. the memory settings a small server would use */
    PayaraProcess(Map<String, String> settings, Path log, List<String> jvmOptions) {
        this.settings = settings;
        this.log = log;
        this.jvmOptions = jvmOptions;
        this.port = freePort();
    }

    URL base() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server and waits until it says it is ready; the time that took. */
    Duration start() {
        launch();
        return awaitReady();
    }

    /** Starts the server and waits until the process ends by itself (a start that must fail); its exit code. */
    int startAndAwaitEnd() throws InterruptedException {
        launch();
        if (!process.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            throw new IllegalStateException("Payara Micro still runs after 3 minutes; see " + log);
        }
        return process.exitValue();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void launch() {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "--add-modules=jdk.incubator.vector", "--sun-misc-unsafe-memory-access=allow"));
        command.addAll(jvmOptions);
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nohazelcast", "--port",
                Integer.toString(port), "--prebootcommandfile", System.getProperty("payara.preBootCommands"),
                "--deploy", System.getProperty("hausdesk.war")));
        launched = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            logBefore = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Duration awaitReady() {
        long started = launched;
        var http = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        var answered = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended at start; see " + log);
            }
            try {
                var ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
                answered = "last answer " + ready.statusCode();
            } catch (IOException notYet) { // not listening yet, or (a hang) not answering
                answered = "no answer (" + notYet.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200); // polling a starting server, not waiting for time to pass in a test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Payara Micro not ready after 3 minutes (/health/ready: " + answered + "; "
                + whereItHangs() + "); see " + log);
    }

    /**
     * Why a live server is not ready, in one line for the test report (CI shows little more): whether Payara said
     * "ready", the last severe line of its log, and where its start thread is, from a thread dump that is kept
     * beside the log ({@code jcmd Thread.print}).
     */
    private String whereItHangs() {
        var said = new ArrayList<String>();
        try {
            var all = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1); // one char a byte
            var lines = all.substring((int) Math.min(logBefore, all.length())).lines().toList(); // this start's only
            said.add(lines.stream().anyMatch(line -> line.contains(" ready in ")) ? "Payara said ready" : "Payara never said ready");
            lines.stream().filter(line -> line.contains("SEVERE")).reduce((first, second) -> second)
                    .ifPresent(line -> said.add("last severe: " + line.substring(Math.max(0, line.length() - 200))));
        } catch (IOException | RuntimeException e) {
            said.add("log unreadable: " + e);
        }
        try {
            var jcmd = Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
            var dump = log.resolveSibling(log.getFileName() + ".threads.txt");
            var run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            if (run.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                var threads = Files.readString(dump);
                var main = threads.indexOf("\"main\"");
                if (main >= 0) {
                    var end = threads.indexOf("\n\n", main);
                    var frames = threads.substring(main, end < 0 ? threads.length() : end).lines()
                            .map(String::strip).filter(line -> line.startsWith("at ")).map(line -> line.substring(3)).toList();
                    // its top, and where Hausdesk's own code is on it
                    var shown = new java.util.LinkedHashSet<>(frames.subList(0, Math.min(3, frames.size())));
                    frames.stream().filter(frame -> frame.startsWith("org.hausdesk.")).limit(3).forEach(shown::add);
                    said.add("main thread: " + String.join(" < ", shown));
                }
                said.add("threads in " + dump.getFileName());
            } else {
                run.destroyForcibly();
                said.add("jcmd gave no thread dump within 30 s");
            }
        } catch (IOException | RuntimeException e) {
            said.add("no thread dump: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return String.join("; ", said);
    }

    /** The server's resident memory now (Linux: VmRSS), in MiB; -1 where unknown. */
    long residentMemoryMib() {
        return memoryMib().getOrDefault("VmRSS", -1L);
    }

    /**
     * What the resident memory holds (Linux): the process's own memory (heap, code, threads: {@code RssAnon}) and
     * pages of files it maps, such as the search index ({@code RssFile}), which the kernel can drop and read again.
     */
    String residentMemoryParts() {
        var memory = memoryMib();
        return memory.isEmpty() ? "unknown" : java.util.stream.Stream.of("RssAnon", "RssFile", "RssShmem")
                .filter(memory::containsKey).map(part -> part + " " + memory.get(part) + " MiB")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The memory lines of {@code /proc/<pid>/status} (VmRSS, RssAnon, ...), in MiB; empty where unknown. */
    private Map<String, Long> memoryMib() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:") || line.startsWith("Rss"))
                    .collect(java.util.stream.Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                            line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The processor time the server has used so far (user and system, all threads); zero where unknown. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The server's process id. */
    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** A database of its own for a server a test starts: an H2 file in {@code dir}, or a new PostgreSQL database. */
    static String freshDatabase(Path dir) {
        if (!org.hausdesk.it.arquillian.TestRun.onPostgreSQL()) {
            return "jdbc:h2:file:" + dir.resolve("hausdesk");
        }
        var url = org.hausdesk.it.arquillian.TestRun.setting("db-url");
        var name = "own_" + Long.toString(System.nanoTime(), 36);
        postgres("CREATE DATABASE " + name);
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    /** Removes the database (PostgreSQL) or its files (H2); {@link #freshDatabase} makes an empty one again. */
    static void dropDatabase(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            postgres("DROP DATABASE IF EXISTS " + name(url) + " WITH (FORCE)");
            return;
        }
        var file = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty database under the same URL (PostgreSQL: created again; H2: its file removed). */
    static void emptyDatabase(String url) {
        dropDatabase(url);
        if (url.startsWith("jdbc:postgresql:")) {
            postgres("CREATE DATABASE " + name(url));
        }
    }

    private static String name(String url) {
        return url.replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*$", "$1");
    }

    private static void postgres(String sql) {
        try (var connection = java.sql.DriverManager.getConnection(org.hausdesk.it.arquillian.TestRun.setting("db-url"));
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The server's own database, index, attachments and (empty) FAQ folder in {@code dir}. */
    private static Map<String, String> folders(Path dir, String database) {
        try {
            Files.createDirectories(dir.resolve("kb-content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var settings = new java.util.HashMap<String, String>();
        settings.put("hausdesk.platform.db-url", database);
        settings.put("hausdesk.search.index-dir", dir.resolve("index").toString());
        settings.put("hausdesk.ticket.attachments-dir", dir.resolve("attachments").toString());
        settings.put("hausdesk.kb.content-dir", dir.resolve("kb-content").toString());
        return settings;
    }

    /** The coordinator a benchmark's server starts with. */
    static final String BENCHMARK_COORDINATOR = "koordination";
    static final String BENCHMARK_PASSWORD = "benchmark-passphrase";

    /**
     * A benchmark's server ({@code LoadBenchmark}, {@code DashboardBenchmark}): its own folders in {@code dir}, the
     * shipped FAQ, a known coordinator (also for the test client's {@code Api.coordinator()}), limits lifted, the
     * local client trusted as a proxy.
     */
    static Map<String, String> benchmarkSettings(Path dir, String database) {
        System.setProperty("hausdesk.it.admin.username", BENCHMARK_COORDINATOR);
        System.setProperty("hausdesk.it.admin.password", BENCHMARK_PASSWORD);
        var settings = folders(dir, database);
        settings.put("hausdesk.kb.content-dir", Path.of("kb-content").toAbsolutePath().toString());
        settings.put("hausdesk.app.admin-username", BENCHMARK_COORDINATOR);
        settings.put("hausdesk.app.admin-password", BENCHMARK_PASSWORD);
        settings.put("hausdesk.platform.filings-per-hour", "100000000");
        settings.put("hausdesk.platform.searches-per-minute", "100000000");
        settings.put("hausdesk.platform.trusted-proxies", "127.0.0.1");
        return settings;
    }

    /** The settings of a server of its own in the integration tests: its folders, and the test run's mail server. */
    static Map<String, String> ownSettings(Path dir, String database) {
        var settings = folders(dir, database);
        settings.put("hausdesk.notify.mail-port", Integer.toString(org.hausdesk.it.arquillian.TestRun.port("smtp")));
        return settings;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
