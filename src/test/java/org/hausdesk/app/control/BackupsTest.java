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
    void aFailedStartSaysItsReasonInOneLine() {
        assertEquals("Connection refused", Startup.reason(new RuntimeException("wrapper",
                new RuntimeException("middle", new java.net.ConnectException("Connection refused")))));
        assertEquals("HAUSDESK_APP_RESTORE_FROM: no backup folder /x", Startup.reason(new RuntimeException(
                new IllegalStateException("HAUSDESK_APP_RESTORE_FROM: no backup folder /x"))));
        assertEquals("first line", Startup.reason(new RuntimeException(new RuntimeException("first line\n\tat x"))));
    }
}
