package org.hausdesk.notify.control;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mailbox Hausdesk reads, {@code hausdesk.mail-in.*} (environment: {@code HAUSDESK_MAIL_IN_*}). Off unless host,
 * address and secret are set.
 */
@ConfigProperties(prefix = "hausdesk.mail-in")
@Dependent
public class MailInConfig {

    /** A shorter secret would make reply addresses guessable: mail in stays off (and says so at start). */
    public static final int SECRET_MIN = 32;

    /** The IMAP server. */
    @ConfigProperty(name = "host")
    Optional<String> host;

    @ConfigProperty(name = "port", defaultValue = "993")
    int port;

    /** IMAP over TLS (imaps); false only for a server on the same machine or in tests. */
    @ConfigProperty(name = "tls", defaultValue = "true")
    boolean tls;

    @ConfigProperty(name = "username")
    Optional<String> username;

    @ConfigProperty(name = "password")
    Optional<String> password;

    @ConfigProperty(name = "folder", defaultValue = "INBOX")
    String folder;

    /** The address the mailbox receives, e.g. {@code hilfe@genossenschaft.example}; replies go to {@code hilfe+...@}. */
    @ConfigProperty(name = "address")
    Optional<String> address;

    /** The key that signs reply addresses (HMAC-SHA256); at least 32 characters, kept secret. */
    @ConfigProperty(name = "secret")
    Optional<String> secret;

    @ConfigProperty(name = "poll-interval", defaultValue = "PT1M")
    Duration pollInterval;

    /** More mails than this from one sender in an hour are not handled. */
    @ConfigProperty(name = "per-sender-per-hour", defaultValue = "20")
    int perSenderPerHour;

    /** Larger mails are refused with a short answer. */
    @ConfigProperty(name = "max-bytes", defaultValue = "15000000")
    long maxBytes;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent() && address.filter(a -> a.contains("@")).isPresent()
                && secret.filter(s -> s.strip().length() >= SECRET_MIN).isPresent();
    }

    public Optional<String> host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean tls() {
        return tls;
    }

    public Optional<String> username() {
        return username;
    }

    public Optional<String> password() {
        return password;
    }

    public String folder() {
        return folder;
    }

    public Optional<String> address() {
        return address;
    }

    public Optional<String> secret() {
        return secret;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public int perSenderPerHour() {
        return perSenderPerHour;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
