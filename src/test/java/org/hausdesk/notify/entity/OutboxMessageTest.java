package org.hausdesk.notify.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    private final OutboxMessage message = new OutboxMessage(Channel.MAIL, "frau.maier@example.org", "Antwort",
            "Text", "<p>Text</p>", "2026-0001", NOW);

    @Test
    void aNewMessageIsDueAtOnce() {
        assertEquals(NOW, message.nextAttemptAt());
        assertEquals(0, message.attempts());
    }

    @Test
    void failuresBackOffExponentiallyUpToTheMaximum() {
        message.failed("connection refused", NOW, BASE, MAX, 50);
        assertEquals(NOW.plusSeconds(30), message.nextAttemptAt());
        message.failed("connection refused", NOW, BASE, MAX, 50);
        assertEquals(NOW.plusSeconds(60), message.nextAttemptAt());
        message.failed("connection refused", NOW, BASE, MAX, 50);
        assertEquals(NOW.plusSeconds(120), message.nextAttemptAt());
        for (int i = 0; i < 20; i++) {
            message.failed("connection refused", NOW, BASE, MAX, 50);
        }
        assertEquals(NOW.plus(MAX), message.nextAttemptAt());
        assertEquals(23, message.attempts());
        assertEquals("connection refused", message.lastError());
    }

    @Test
    void afterTheLastAttemptHausdeskGivesUpUntilACoordinatorRetries() {
        for (int i = 0; i < 3; i++) {
            message.failed("550 mailbox unavailable", NOW, BASE, MAX, 3);
        }
        assertNotNull(message.gaveUpAt());

        message.retryNow(NOW.plusSeconds(5));
        assertNull(message.gaveUpAt());
        assertEquals(NOW.plusSeconds(5), message.nextAttemptAt());
    }

    @Test
    void aSentMessageKeepsNoBody() {
        message.sent(NOW);

        assertEquals(NOW, message.sentAt());
        assertNull(message.bodyText());
        assertNull(message.bodyHtml());
    }
}
