package org.hausdesk.notify.control;

/** Something was put into the outbox; observed after commit to send it right away. */
public record OutboxWritten() {
}
