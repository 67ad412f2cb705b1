package org.hausdesk.app.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.Database;
import org.hausdesk.platform.control.DatabaseRestored;
import org.hausdesk.platform.control.Folders;
import org.hausdesk.platform.control.JobLeases;
import org.hausdesk.ticket.control.TicketConfig;

/**
 * Backups made by Hausdesk itself, as the service user that owns the data: a folder per backup with the database
 * ({@code pg_dump} custom format, or H2's SQL script), the attachments and a README saying how to restore. Written
 * under a temporary name and renamed when complete, never overwriting, the oldest beyond the kept days removed.
 * Restoring is a start with {@code HAUSDESK_APP_RESTORE_FROM} on an empty database: before the migrations run,
 * Hausdesk loads the database and the attachments; the search index is rebuilt from them.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    static final String PREFIX = "hausdesk-";
    static final String H2_FILE = "database.sql.gz";
    static final String POSTGRES_FILE = "database.pgdump";
    static final String ATTACHMENTS_FILE = "attachments.zip";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    /** Only folders named as Hausdesk names them are ever removed. */
    private static final java.util.regex.Pattern OWN_NAME =
            java.util.regex.Pattern.compile("hausdesk-\\d{4}-\\d{2}-\\d{2}T\\d{6}(-\\d+)?");
    private static final java.util.regex.Pattern UNFINISHED_NAME =
            java.util.regex.Pattern.compile("\\.hausdesk-\\d{4}-\\d{2}-\\d{2}T\\d{6}-[0-9a-f]{8}\\.partial");

    private static String fileName(Path path) {
        return path.getFileName().toString();
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperties
    AppConfig settings;

    @Inject
    @ConfigProperties
    TicketConfig tickets;

    @Inject
    Event<DatabaseRestored> restored;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Every server runs the nightly round at the same time of day; whichever comes first holds the lease for half a
     * day, so the others skip theirs, and the next night is free for whichever server is there.
     */
    private static final Duration BACKUP_LEASE = Duration.ofHours(12);

    @Inject
    JobLeases leases;

    private ScheduledFuture<?> daily;

    /** What a backup holds. */
    public record Made(Path folder, String database, int attachments, long bytes) {
    }

    void schedule(@Observes ApplicationReady ready) {
        if (settings.backupDir().isEmpty()) {
            return;
        }
        var at = LocalTime.parse(settings.backupAt());
        var now = clock.instant().atZone(zone);
        var next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        daily = scheduler.scheduleAtFixedRate(() -> leases.runIfHeld("backup", BACKUP_LEASE, this::dailyBackup), Duration.between(now, next).toMillis(),
                Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Daily backups at %s into %s, %d days kept".formatted(at, settings.backupDir().get(),
                settings.backupKeepDays()));
    }

    @PreDestroy
    void stop() {
        if (daily != null) {
            daily.cancel(false);
        }
    }

    private void dailyBackup() {
        try {
            var made = backup();
            LOG.info(() -> "Backup %s: %s, %d attachments, %d bytes".formatted(made.folder(), made.database(),
                    made.attachments(), made.bytes()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "BACKUP FAILED: " + Startup.reason(e), e);
        }
    }

    public boolean configured() {
        return settings.backupDir().isPresent();
    }

    /** Makes a backup now; fails with a message that says why. */
    public synchronized Made backup() {
        var dir = Path.of(settings.backupDir().orElseThrow(() ->
                new IllegalStateException("No backup folder configured (HAUSDESK_APP_BACKUP_DIR)")));
        var name = PREFIX + clock.instant().atZone(zone).format(NAME);
        // a name of its own for every attempt: two servers writing into one shared folder at the same second (a
        // coordinator's backup on one, the nightly one on the other) never meet in the same unfinished folder
        var partial = dir.resolve("." + name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".partial");
        try {
            if (settings.backupKeepDays() < 1) {
                throw new IllegalStateException("HAUSDESK_APP_BACKUP_KEEP_DAYS must be 1 or more");
            }
            Files.createDirectories(dir);
            Files.createDirectory(partial);
            String database;
            try (var connection = dataSource.getConnection()) {
                database = isPostgres(connection) ? dumpPostgres(partial.resolve(POSTGRES_FILE))
                        : dumpH2(connection, partial.resolve(H2_FILE));
            }
            int attachments = zip(Path.of(tickets.attachmentsDir()), partial.resolve(ATTACHMENTS_FILE));
            Files.writeString(partial.resolve("README.txt"), readme(name, database, attachments));
            var folder = dir.resolve(name);
            for (int i = 2; Files.exists(folder); i++) {
                folder = dir.resolve(name + "-" + i);
            }
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            long bytes;
            try (Stream<Path> files = Files.walk(folder)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            try {
                prune(dir);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Removing old backups failed; the new one is complete", e);
            }
            return new Made(folder, database, attachments, bytes);
        } catch (Exception e) {
            try {
                Folders.delete(partial);
            } catch (IOException | RuntimeException ignored) {
                // the partial folder stays; its name says what it is, the next backup removes it
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the backup into " + dir + " failed: " + Startup.reason(e), e);
        }
    }

    /**
     * With {@code HAUSDESK_APP_RESTORE_FROM} set and an empty database: loads the backup's database and attachments.
     * A database that is not empty is never touched (the setting is then only reported, e.g. when it was left in
     * place after the restore).
     */
    public void restoreIfAsked() {
        if (settings.restoreFrom().isEmpty()) {
            return;
        }
        var folder = Path.of(settings.restoreFrom().get());
        try (var connection = dataSource.getConnection()) {
            if (!isEmpty(connection)) {
                LOG.warning(() -> "HAUSDESK_APP_RESTORE_FROM is set, but the database is not empty: nothing restored. "
                        + "Remove the setting.");
                return;
            }
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("HAUSDESK_APP_RESTORE_FROM: no backup folder " + folder);
            }
            // the files first: a restore that fails later leaves the database empty, so the next start tries again
            int attachments = unzip(folder.resolve(ATTACHMENTS_FILE), Path.of(tickets.attachmentsDir()));
            if (isPostgres(connection)) {
                restorePostgres(require(folder.resolve(POSTGRES_FILE))); // one transaction: all or nothing
            } else {
                var script = require(folder.resolve(H2_FILE));
                try (var statement = connection.createStatement()) {
                    statement.execute("RUNSCRIPT FROM '" + sql(script) + "' COMPRESSION GZIP");
                } catch (SQLException e) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("DROP ALL OBJECTS"); // not half a database
                    }
                    throw e;
                }
            }
            restored.fire(new DatabaseRestored(folder.toString()));
            LOG.info(() -> "Restored from %s: the database and %d attachments".formatted(folder, attachments));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("restoring " + folder + " failed: " + e.getMessage(), e);
        }
    }

    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("HAUSDESK_APP_RESTORE_FROM: the backup has no " + file.getFileName());
        }
        return file;
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from information_schema.tables "
                     + "where lower(table_name) = 'flyway_schema_history'")) {
            rows.next();
            return rows.getInt(1) == 0;
        }
    }

    /** H2's SQL script of everything, read in one snapshot (repeatable read) while Hausdesk goes on writing. */
    private static String dumpH2(Connection connection, Path file) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        try (var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            statement.execute("SCRIPT TO '" + sql(file) + "' COMPRESSION GZIP");
            connection.commit();
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new IOException("H2 wrote no script to " + file + " (a database on another machine, jdbc:h2:tcp:, "
                    + "is backed up there)");
        }
        return "H2 (" + H2_FILE + ")";
    }

    private String dumpPostgres(Path file) throws IOException {
        run(List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + file));
        return "PostgreSQL (" + POSTGRES_FILE + ", pg_dump custom format)";
    }

    private void restorePostgres(Path file) throws IOException {
        run(List.of("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                "--dbname=" + postgresConnection().get("PGDATABASE"), file.toString()));
    }

    /** Runs a PostgreSQL client program with the database Hausdesk uses (host, port, name, user, password). */
    private void run(List<String> command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().putAll(postgresConnection());
        Process started;
        try {
            started = process.start();
        } catch (IOException e) {
            throw new IOException(command.getFirst() + " is not installed or not on the PATH (Debian: apt install "
                    + "postgresql-client)", e);
        }
        var output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!started.waitFor(2, TimeUnit.HOURS)) {
                started.destroyForcibly();
                throw new IOException(command.getFirst() + " did not finish within 2 hours");
            }
            if (started.exitValue() != 0) {
                throw new IOException(command.getFirst() + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.getFirst() + " was interrupted", e);
        }
    }

    /** libpq's environment variables for the configured JDBC URL ({@code jdbc:postgresql://host:port/name?user=...}). */
    Map<String, String> postgresConnection() {
        var url = config.getOptionalValue("hausdesk.platform.db-url", String.class).orElseThrow();
        return postgresConnection(url, config.getOptionalValue("hausdesk.platform.db-user", String.class).orElse(""),
                config.getOptionalValue("hausdesk.platform.db-password", String.class).orElse(""));
    }

    static Map<String, String> postgresConnection(String url, String user, String password) {
        var matcher = java.util.regex.Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(?:\\?(.*))?")
                .matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("cannot read host and database from " + url.replaceAll("password=[^&]*", "password=..."));
        }
        var env = new HashMap<String, String>();
        env.put("PGHOST", matcher.group(1));
        env.put("PGPORT", matcher.group(2) == null ? "5432" : matcher.group(2));
        env.put("PGDATABASE", matcher.group(3));
        if (matcher.group(4) != null) {
            for (var parameter : matcher.group(4).split("&")) {
                var pair = parameter.split("=", 2);
                var value = pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "";
                switch (pair[0]) {
                    case "user" -> env.put("PGUSER", value);
                    case "password" -> env.put("PGPASSWORD", value);
                    case "sslmode" -> env.put("PGSSLMODE", value);
                    default -> { }
                }
            }
        }
        if (user != null && !user.isBlank()) {
            env.put("PGUSER", user);
        }
        if (password != null && !password.isBlank()) {
            env.put("PGPASSWORD", password);
        }
        return env;
    }

    private static String sql(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    private static int zip(Path dir, Path zipFile) throws IOException {
        int count = 0;
        try (var out = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            if (Files.isDirectory(dir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    // not the uploads still being written (.upload-*.tmp): only files under their final name
                    files = walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
                }
                for (var file : files) {
                    byte[] content;
                    try {
                        content = Files.readAllBytes(file);
                    } catch (java.nio.file.NoSuchFileException erased) {
                        continue; // erased meanwhile
                    }
                    out.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                    out.write(content);
                    out.closeEntry();
                    count++;
                }
            }
        }
        return count;
    }

    private static int unzip(Path zipFile, Path dir) throws IOException {
        if (!Files.isRegularFile(zipFile)) {
            return 0;
        }
        int count = 0;
        var root = dir.toAbsolutePath().normalize();
        try (var in = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                var target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.isDirectory()) {
                    continue; // never outside the attachments folder
                }
                Files.createDirectories(target.getParent());
                try {
                    Files.copy(in, target);
                    count++;
                } catch (FileAlreadyExistsException kept) {
                    // a file already there is kept
                }
            }
        }
        return count;
    }

    private String readme(String name, String database, int attachments) {
        return """
                Hausdesk backup %s
                Database: %s
                Attachments: %d files (%s)

                To restore: create an empty database (PostgreSQL: createdb --owner <role> <name>; H2: an empty
                data folder), then start Hausdesk once with
                    HAUSDESK_APP_RESTORE_FROM=<this folder>
                and the same settings as before (database, HAUSDESK_TICKET_ATTACHMENTS_DIR). Hausdesk loads the
                database and the attachments before anything else and rebuilds the search index from them.
                Remove the setting afterwards (with data in the database it is ignored).

                Not in this folder: the settings themselves (e.g. /etc/hausdesk/hausdesk.env: passwords!), a
                synonyms file (HAUSDESK_SEARCH_SYNONYMS_FILE) and the kb-content folder if you changed them;
                keep copies of those yourself.
                """.formatted(name, database, attachments, ATTACHMENTS_FILE);
    }

    private void prune(Path dir) throws IOException {
        for (var folder : expired(dir, clock.instant(), settings.backupKeepDays())) {
            Folders.delete(folder);
            LOG.info(() -> fileName(folder).startsWith(".") ? "Removed the unfinished backup " + folder
                    : "Removed the backup " + folder + " (older than " + settings.backupKeepDays() + " days)");
        }
    }

    /**
     * The folders of {@code dir} to remove now: Hausdesk's backups older than {@code keepDays}, and unfinished ones
     * (a process that ended half-way) older than a day; anything else in the folder is not Hausdesk's and stays.
     */
    static List<Path> expired(Path dir, java.time.Instant now, int keepDays) throws IOException {
        var cutoff = now.minus(Duration.ofDays(keepDays));
        var leftBehind = now.minus(Duration.ofDays(1));
        List<Path> old = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (var folder : folders.filter(path -> OWN_NAME.matcher(fileName(path)).matches()
                    || UNFINISHED_NAME.matcher(fileName(path)).matches()).toList()) {
                var unfinished = fileName(folder).startsWith(".");
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(unfinished ? leftBehind : cutoff)) {
                    old.add(folder);
                }
            }
        }
        return old;
    }
}
