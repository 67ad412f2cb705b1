package org.hausdesk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What two servers on one database share besides the data, with the SQL each database really runs (V18's tables on
 * H2, and on PostgreSQL when {@code HAUSDESK_TEST_PG_URL} names one, in a schema of its own): two limiters (two
 * servers) counting one client's uses, and job leases that only one server holds at a time.
 */
class SharedBetweenServersTest {

    private static final String SCHEMA = "unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final List<Object[]> DATABASES = new ArrayList<>();

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T09:10:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeAll
    static void prepareDatabases() throws Exception {
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:shared-" + SCHEMA + ";DB_CLOSE_DELAY=-1");
        createTables(h2);
        DATABASES.add(new Object[] {"H2", h2});
        var pgUrl = System.getenv("HAUSDESK_TEST_PG_URL");
        if (pgUrl != null && !pgUrl.isBlank()) {
            var admin = postgres(pgUrl);
            try (var c = admin.getConnection(); var s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + SCHEMA);
            }
            var pg = postgres(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            createTables(pg);
            DATABASES.add(new Object[] {"PostgreSQL", pg});
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        var pgUrl = System.getenv("HAUSDESK_TEST_PG_URL");
        if (pgUrl != null && !pgUrl.isBlank()) {
            try (var c = postgres(pgUrl).getConnection(); var s = c.createStatement()) {
                s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
            }
        }
    }

    private static DataSource postgres(String url) {
        var postgres = new org.postgresql.ds.PGSimpleDataSource();
        postgres.setURL(url);
        return postgres;
    }

    private static void createTables(DataSource database) throws Exception {
        var migration = Files.readString(Path.of("src/main/resources/db/migration/V18__shared_between_servers.sql"));
        try (var c = database.getConnection(); var s = c.createStatement()) {
            for (var statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    static Stream<Object[]> databases() {
        return DATABASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoServersCountOneClientsUsesTogether(String name, DataSource database) {
        var limit = "filing-" + UUID.randomUUID();
        var serverA = new DatabaseRateLimiter(database, limit, 4, Duration.ofHours(1), clock);
        var serverB = new DatabaseRateLimiter(database, limit, 4, Duration.ofHours(1), clock);
        assertEquals(0, serverA.take("203.0.113.7"));
        assertEquals(0, serverB.take("203.0.113.7"));
        assertEquals(0, serverA.take("203.0.113.7"));
        assertEquals(0, serverB.peek("203.0.113.7"), "one use is left");
        assertEquals(0, serverB.take("203.0.113.7"));
        assertEquals(15 * 60, serverA.take("203.0.113.7"), "the fifth waits until a quarter of the hour refilled one");
        assertEquals(15 * 60, serverB.peek("203.0.113.7"), "a refused try does not count");
        assertEquals(0, serverB.take("198.51.100.2"), "another client has its own count");
        for (int i = 0; i < 4; i++) {
            assertEquals(0, serverA.take("koord\u0000inator"), "a key no database column takes as it is");
        }
        assertTrue(serverB.take("koord\u0000inator") > 0, "is counted all the same, not let through");
        assertTrue(serverB.take("ä".repeat(300)) == 0 && serverB.peek("ä".repeat(300)) == 0);

        now.set(now.get().plusSeconds(15 * 60));
        assertEquals(0, serverB.take("203.0.113.7"), "a quarter of an hour later, one more");
        assertEquals(15 * 60, serverA.take("203.0.113.7"), "and only one: the same wait as in one server's memory");
        now.set(now.get().plusSeconds(2 * 3600));
        for (int i = 0; i < 4; i++) {
            assertEquals(0, serverA.take("203.0.113.7"), "two hours later the bucket is full again");
        }
    }

    @Test
    void theBucketsInTheDatabaseWaitAsTheOnesInMemory() {
        var memory = new RateLimiter(5, Duration.ofMinutes(15), () -> now.get().toEpochMilli() * 1_000_000);
        var h2 = (DataSource) DATABASES.getFirst()[1];
        var shared = new DatabaseRateLimiter(h2, "sign-in-" + UUID.randomUUID(), 5, Duration.ofMinutes(15), clock);
        var steps = List.of(0, 1, 1, 30, 2, 200, 1, 179, 1, 900, 3);
        for (int step : steps) {
            now.set(now.get().plusSeconds(step));
            assertEquals(memory.take("koordination"), shared.take("koordination"), "after " + step + " s");
            assertEquals(memory.peek("koordination"), shared.peek("koordination"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void manyTakesAtOnceFromTwoServersAreAllCounted(String name, DataSource database) throws Exception {
        var limit = "search-" + UUID.randomUUID();
        var servers = List.of(new DatabaseRateLimiter(database, limit, 40, Duration.ofHours(1), clock),
                new DatabaseRateLimiter(database, limit, 40, Duration.ofHours(1), clock));
        try (var pool = Executors.newFixedThreadPool(8)) {
            var takes = new ArrayList<Callable<Long>>();
            for (int i = 0; i < 40; i++) {
                var server = servers.get(i % 2);
                takes.add(() -> server.take("203.0.113.9"));
            }
            for (var result : pool.invokeAll(takes)) {
                assertEquals(0, result.get(), "40 of 40");
            }
        }
        assertTrue(servers.get(0).take("203.0.113.9") > 0, "all 40 concurrent uses were counted, none lost: the 41st waits");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyOneServerHoldsAJobUntilItStopsRenewing(String name, DataSource database) {
        var job = "escalation-" + UUID.randomUUID();
        var serverA = leases(database, "A");
        var serverB = leases(database, "B");
        assertTrue(serverA.claim(job, Duration.ofMinutes(2)), "the first server takes the free job");
        assertFalse(serverB.claim(job, Duration.ofMinutes(2)), "the other server skips its round");
        now.set(now.get().plusSeconds(60));
        assertTrue(serverA.claim(job, Duration.ofMinutes(2)), "the holder renews with its next round");
        now.set(now.get().plusSeconds(119));
        assertFalse(serverB.claim(job, Duration.ofMinutes(2)), "still held: renewed a minute ago");
        now.set(now.get().plusSeconds(2));
        assertTrue(serverB.claim(job, Duration.ofMinutes(2)), "the holder missed its rounds: the other takes over");
        assertFalse(serverA.claim(job, Duration.ofMinutes(2)), "and the first no longer runs it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aServerThatStopsHandsItsJobsOverAtOnce(String name, DataSource database) {
        var job = "retention-" + UUID.randomUUID();
        var serverA = leases(database, "A");
        var serverB = leases(database, "B");
        assertTrue(serverA.claim(job, Duration.ofHours(6)));
        assertFalse(serverB.claim(job, Duration.ofHours(6)));
        serverA.release();
        assertTrue(serverB.claim(job, Duration.ofHours(6)), "no waiting six hours for a server that said goodbye");
    }

    @Test
    void aLeaseLastsUntilTheNextRoundAndABit() {
        assertEquals(Duration.ofMinutes(2), JobLeases.lease(Duration.ofMinutes(1)));
        assertEquals(Duration.ofSeconds(2), JobLeases.lease(Duration.ofSeconds(1)));
        assertEquals(Duration.ofHours(6).plusMinutes(5), JobLeases.lease(Duration.ofHours(6)));
    }

    private JobLeases leases(DataSource database, String server) {
        var leases = new JobLeases();
        leases.database = database;
        leases.clock = clock;
        leases.me = server;
        return leases;
    }
}
