package org.hausdesk.platform.control;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Configuration set under the names Hausdesk used before its keys were named by component
 * ({@code HAUSDESK_BASE_URL} before {@code HAUSDESK_PLATFORM_BASE_URL}) still works: this source answers a new key
 * with the old one's value from the environment or a system property, and the log says once which name to use
 * instead. It ranks below every other source, so the new name wins when both are set.
 */
public class OldConfigNames implements ConfigSource {

    private static final Logger LOG = Logger.getLogger(OldConfigNames.class.getName());

    /** New key → the key it had before. */
    static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("hausdesk.app.demo", "hausdesk.demo"),
            Map.entry("hausdesk.app.admin-username", "hausdesk.admin.username"),
            Map.entry("hausdesk.app.admin-password", "hausdesk.admin.password"),
            Map.entry("hausdesk.platform.base-url", "hausdesk.base-url"),
            Map.entry("hausdesk.platform.time-zone", "hausdesk.time-zone"),
            Map.entry("hausdesk.platform.trusted-proxies", "hausdesk.trusted-proxies"),
            Map.entry("hausdesk.platform.metrics-allowed-addresses", "hausdesk.metrics.allowed-addresses"),
            Map.entry("hausdesk.platform.db-url", "hausdesk.db.url"),
            Map.entry("hausdesk.platform.db-user", "hausdesk.db.user"),
            Map.entry("hausdesk.platform.db-password", "hausdesk.db.password"),
            Map.entry("hausdesk.platform.max-body-bytes", "hausdesk.limits.max-body-bytes"),
            Map.entry("hausdesk.platform.max-attachment-bytes", "hausdesk.attachments.max-bytes"),
            Map.entry("hausdesk.platform.filings-per-hour", "hausdesk.limits.filings-per-hour"),
            Map.entry("hausdesk.platform.failed-lookups-per-hour", "hausdesk.limits.failed-lookups-per-hour"),
            Map.entry("hausdesk.platform.searches-per-minute", "hausdesk.limits.searches-per-minute"),
            Map.entry("hausdesk.platform.ratings-per-hour", "hausdesk.limits.ratings-per-hour"),
            Map.entry("hausdesk.platform.wrong-codes-per-ticket-per-hour", "hausdesk.limits.wrong-codes-per-ticket-per-hour"),
            Map.entry("hausdesk.account.secure-cookie", "hausdesk.session.secure-cookie"),
            Map.entry("hausdesk.account.oidc-provider-uri", "hausdesk.oidc.provider-uri"),
            Map.entry("hausdesk.account.oidc-client-id", "hausdesk.oidc.client-id"),
            Map.entry("hausdesk.account.oidc-client-secret", "hausdesk.oidc.client-secret"),
            Map.entry("hausdesk.ticket.link-valid-after-close", "hausdesk.tickets.link-valid-after-close"),
            Map.entry("hausdesk.ticket.sign-in-valid", "hausdesk.residents.sign-in-valid"),
            Map.entry("hausdesk.ticket.escalate-unclaimed-after", "hausdesk.escalation.unclaimed-after"),
            Map.entry("hausdesk.ticket.escalation-check-interval", "hausdesk.escalation.check-interval"),
            Map.entry("hausdesk.ticket.attachments-dir", "hausdesk.attachments.dir"),
            Map.entry("hausdesk.ticket.attachments-per-ticket", "hausdesk.attachments.max-per-ticket"),
            Map.entry("hausdesk.notify.mail-host", "hausdesk.mail.host"),
            Map.entry("hausdesk.notify.mail-port", "hausdesk.mail.port"),
            Map.entry("hausdesk.notify.mail-username", "hausdesk.mail.username"),
            Map.entry("hausdesk.notify.mail-password", "hausdesk.mail.password"),
            Map.entry("hausdesk.notify.mail-starttls", "hausdesk.mail.starttls"),
            Map.entry("hausdesk.notify.mail-from", "hausdesk.mail.from"),
            Map.entry("hausdesk.notify.chat-webhook-url", "hausdesk.chat.webhook-url"),
            Map.entry("hausdesk.notify.outbox-poll-interval", "hausdesk.outbox.poll-interval"),
            Map.entry("hausdesk.notify.outbox-retry-base", "hausdesk.outbox.retry-base"),
            Map.entry("hausdesk.notify.outbox-max-retry-delay", "hausdesk.outbox.max-retry-delay"),
            Map.entry("hausdesk.notify.outbox-max-attempts", "hausdesk.outbox.max-attempts"),
            Map.entry("hausdesk.search.outage-window", "hausdesk.outage.window"),
            Map.entry("hausdesk.search.outage-min-tickets", "hausdesk.outage.min-tickets"),
            Map.entry("hausdesk.search.outage-min-houses", "hausdesk.outage.min-houses"));

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** The environment variable MicroProfile Config reads for a key: {@code hausdesk.db.url → HAUSDESK_DB_URL}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String getValue(String key) {
        var old = RENAMED.get(key);
        if (old == null) {
            return null;
        }
        var value = System.getProperty(old);
        var name = old;
        if (value == null) {
            name = environmentName(old);
            value = System.getenv(name);
        }
        if (value != null && warned.add(key)) {
            var said = name;
            var instead = name.equals(old) ? key : environmentName(key);
            LOG.warning(() -> "%s is an old name: it still works, but please call it %s".formatted(said, instead));
        }
        return value;
    }

    @Override
    public Set<String> getPropertyNames() {
        return RENAMED.keySet().stream().filter(key -> getValue(key) != null).collect(Collectors.toSet());
    }

    @Override
    public Map<String, String> getProperties() {
        return getPropertyNames().stream().collect(Collectors.toMap(key -> key, this::getValue));
    }

    /**
     * Below every place a new name can be set (environment 300, system properties 400, the server's and the
     * application's own sources from 100 up), so the new name wins wherever it is set.
     */
    @Override
    public int getOrdinal() {
        return 95;
    }

    @Override
    public String getName() {
        return "Hausdesk's old configuration names";
    }
}
