package org.hausdesk.platform.entity;

/**
 * One client (one address) did an operation too often: answered {@code 429} with {@code Retry-After},
 * in English for the API and in German on the pages.
 */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;
    private final String germanMessage;

    public TooManyRequests(long retryAfterSeconds, String message, String germanMessage) {
        super(message + " (about %d seconds)".formatted(retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
        this.germanMessage = germanMessage + " (etwa %d Sekunden).".formatted(retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String germanMessage() {
        return germanMessage;
    }
}
