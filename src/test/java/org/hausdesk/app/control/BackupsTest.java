package org.hausdesk.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** pg_dump and pg_restore reach the database Hausdesk uses, with its user and password, from the JDBC settings. */
class BackupsTest {

    @Test
    void theJdbcUrlBecomesLibpqsEnvironment() {
        assertEquals(Map.of("PGHOST", "db.example", "PGPORT", "5433", "PGDATABASE", "hausdesk", "PGUSER", "hausdesk",
                        "PGPASSWORD", "geheim"),
                Backups.postgresConnection("jdbc:postgresql://db.example:5433/hausdesk", "hausdesk", "geheim"));
        assertEquals(Map.of("PGHOST", "127.0.0.1", "PGPORT", "5432", "PGDATABASE", "test", "PGUSER", "postgres",
                        "PGPASSWORD", "a&b=c", "PGSSLMODE", "require"),
                Backups.postgresConnection("jdbc:postgresql://127.0.0.1/test?user=postgres&password=a%26b%3Dc&sslmode=require",
                        "", ""), "user and password in the URL, encoded");
        assertEquals("hausdesk", Backups.postgresConnection("jdbc:postgresql://h/d?user=postgres", "hausdesk", null)
                .get("PGUSER"), "the separate setting wins");
    }

    @Test
    void anUnreadableUrlIsRefusedWithoutShowingThePassword() {
        var refused = assertThrows(IllegalStateException.class,
                () -> Backups.postgresConnection("jdbc:postgresql:hausdesk?password=geheim", "", ""));
        assertFalse(refused.getMessage().contains("geheim"), refused.getMessage());
    }

    @Test
    void oldBackupsAndUnfinishedOnesGoEverythingElseStays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var now = java.time.Instant.parse("2026-12-02T03:15:00Z");
        var days = (java.util.function.IntFunction<java.nio.file.attribute.FileTime>) d ->
                java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(d)).minusSeconds(60));
        var folders = Map.of("hausdesk-2026-11-10T031500", 22, "hausdesk-2026-11-25T031500", 7,
                "hausdesk-2026-11-10T031500-2", 22, ".hausdesk-2026-11-30T031500-0a1b2c3d.partial", 2,
                ".hausdesk-2026-12-02T031400-4e5f6a7b.partial", 0, "family-photos", 400);
        for (var folder : folders.entrySet()) {
            var made = java.nio.file.Files.createDirectory(dir.resolve(folder.getKey()));
            java.nio.file.Files.setLastModifiedTime(made, days.apply(folder.getValue()));
        }
        var expired = Backups.expired(dir, now, 14).stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(java.util.List.of(".hausdesk-2026-11-30T031500-0a1b2c3d.partial", "hausdesk-2026-11-10T031500",
                "hausdesk-2026-11-10T031500-2"), expired, "not the running one, the recent one or someone else's folder");
    }

    @Test
    void aFailedStartSaysItsReasonInOneLine() {
        assertEquals("Connection refused", Startup.reason(new RuntimeException("wrapper",
                new RuntimeException("middle", new java.net.ConnectException("Connection refused")))));
        assertEquals("HAUSDESK_APP_RESTORE_FROM: no backup folder /x", Startup.reason(new RuntimeException(
                new IllegalStateException("HAUSDESK_APP_RESTORE_FROM: no backup folder /x"))));
        assertEquals("first line", Startup.reason(new RuntimeException(new RuntimeException("first line\n\tat x"))));
    }
}
