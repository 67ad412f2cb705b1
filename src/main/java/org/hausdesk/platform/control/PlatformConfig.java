package org.hausdesk.platform.control;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's settings, {@code hausdesk.platform.*} (environment: {@code HAUSDESK_PLATFORM_*}). The data source
 * reads {@code db-url}, {@code db-user} and {@code db-password} itself ({@link Database}). The README's configuration
 * table lists every key of every component.
 */
@ConfigProperties(prefix = "hausdesk.platform")
@Dependent
public class PlatformConfig {

    /** Where residents and helpers reach Hausdesk; links in e-mails and the session cookie's Secure flag follow it. */
    @ConfigProperty(name = "base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The cooperative's time zone: its days (absences, ticket years, dates on pages). */
    @ConfigProperty(name = "time-zone", defaultValue = "Europe/Berlin")
    String timeZone;

    /** Reverse proxies whose {@code X-Forwarded-For} is believed, comma-separated. */
    @ConfigProperty(name = "trusted-proxies")
    Optional<String> trustedProxies;

    /** Addresses that may read {@code /metrics}, comma-separated; nobody else. */
    @ConfigProperty(name = "metrics-allowed-addresses")
    Optional<String> metricsAllowedAddresses;

    /**
     * Rate limits and the sign-in throttle counted in the database instead of each server's memory: on (on every
     * server) when several servers share one database, so that a limit holds across them.
     */
    @ConfigProperty(name = "shared-limits", defaultValue = "false")
    boolean sharedLimits;

    @ConfigProperty(name = "max-body-bytes", defaultValue = "262144")
    int maxBodyBytes;

    @ConfigProperty(name = "max-attachment-bytes", defaultValue = "5242880")
    int maxAttachmentBytes;

    @ConfigProperty(name = "filings-per-hour", defaultValue = "30")
    int filingsPerHour;

    @ConfigProperty(name = "failed-lookups-per-hour", defaultValue = "30")
    int failedLookupsPerHour;

    @ConfigProperty(name = "searches-per-minute", defaultValue = "120")
    int searchesPerMinute;

    @ConfigProperty(name = "ratings-per-hour", defaultValue = "10")
    int ratingsPerHour;

    @ConfigProperty(name = "wrong-codes-per-ticket-per-hour", defaultValue = "50")
    int wrongCodesPerTicketPerHour;

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean sharedLimits() {
        return sharedLimits;
    }

    public String timeZone() {
        return timeZone;
    }

    public String trustedProxies() {
        return trustedProxies.orElse("");
    }

    public String metricsAllowedAddresses() {
        return metricsAllowedAddresses.orElse("");
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public int maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    int limit(RateLimits.Operation operation) {
        return switch (operation) {
            case FILING -> filingsPerHour;
            case FAILED_LOOKUP -> failedLookupsPerHour;
            case SEARCH -> searchesPerMinute;
            case RATING -> ratingsPerHour;
            case WRONG_CODES_PER_TICKET -> wrongCodesPerTicketPerHour;
        };
    }
}
