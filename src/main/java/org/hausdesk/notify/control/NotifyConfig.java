package org.hausdesk.notify.control;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notify component's settings, {@code hausdesk.notify.*} (environment: {@code HAUSDESK_NOTIFY_*}). Without a mail host, no e-mail is sent; without a webhook, the chat room hears nothing.
 */
@ConfigProperties(prefix = "hausdesk.notify")
@Dependent
public class NotifyConfig {

    /** The SMTP server. */
    @ConfigProperty(name = "mail-host")
    Optional<String> mailHost;

    @ConfigProperty(name = "mail-port", defaultValue = "25")
    int mailPort;

    @ConfigProperty(name = "mail-username")
    Optional<String> mailUsername;

    @ConfigProperty(name = "mail-password")
    Optional<String> mailPassword;

    @ConfigProperty(name = "mail-starttls", defaultValue = "false")
    boolean mailStarttls;

    @ConfigProperty(name = "mail-from", defaultValue = "Hausdesk <hausdesk@localhost>")
    String mailFrom;

    /** The helpers' chat room's incoming webhook. */
    @ConfigProperty(name = "chat-webhook-url")
    Optional<String> chatWebhookUrl;

    /** How often the outbox is looked at besides right after each change. */
    @ConfigProperty(name = "outbox-poll-interval", defaultValue = "PT15S")
    Duration outboxPollInterval;

    /** The first wait before a failed message is tried again (doubling). */
    @ConfigProperty(name = "outbox-retry-base", defaultValue = "PT30S")
    Duration outboxRetryBase;

    @ConfigProperty(name = "outbox-max-retry-delay", defaultValue = "PT1H")
    Duration outboxMaxRetryDelay;

    @ConfigProperty(name = "outbox-max-attempts", defaultValue = "50")
    int outboxMaxAttempts;

    /** From this hour of the day (in the cooperative's time zone) the helpers' daily summaries go out. */
    @ConfigProperty(name = "summary-hour", defaultValue = "7")
    int summaryHour;

    /** How often Hausdesk looks whether a daily summary is due. */
    @ConfigProperty(name = "summary-check-interval", defaultValue = "PT10M")
    Duration summaryCheckInterval;
    public Optional<String> mailHost() {
        return mailHost;
    }

    public int mailPort() {
        return mailPort;
    }

    public Optional<String> mailUsername() {
        return mailUsername;
    }

    public Optional<String> mailPassword() {
        return mailPassword;
    }

    public boolean mailStarttls() {
        return mailStarttls;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public Optional<String> chatWebhookUrl() {
        return chatWebhookUrl;
    }

    public Duration outboxPollInterval() {
        return outboxPollInterval;
    }

    public Duration outboxRetryBase() {
        return outboxRetryBase;
    }

    public Duration outboxMaxRetryDelay() {
        return outboxMaxRetryDelay;
    }

    public int outboxMaxAttempts() {
        return outboxMaxAttempts;
    }

    public int summaryHour() {
        return summaryHour;
    }

    public Duration summaryCheckInterval() {
        return summaryCheckInterval;
    }
}
