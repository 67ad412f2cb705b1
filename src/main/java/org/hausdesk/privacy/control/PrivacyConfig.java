package org.hausdesk.privacy.control;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The privacy component's settings, {@code hausdesk.privacy.*} (environment: {@code HAUSDESK_PRIVACY_*}).
 */
@ConfigProperties(prefix = "hausdesk.privacy")
@Dependent
public class PrivacyConfig {

    /** Closed requests lose their personal data after this. */
    @ConfigProperty(name = "anonymize-closed-after", defaultValue = "P180D")
    Duration anonymizeClosedAfter;

    /** A household on an onboarding board is removed this long after it moved out. */
    @ConfigProperty(name = "households-kept-after-move-out", defaultValue = "P90D")
    Duration householdsKeptAfterMoveOut;

    @ConfigProperty(name = "retention-check-interval", defaultValue = "PT6H")
    Duration retentionCheckInterval;
    public Duration anonymizeClosedAfter() {
        return anonymizeClosedAfter;
    }

    public Duration householdsKeptAfterMoveOut() {
        return householdsKeptAfterMoveOut;
    }

    public Duration retentionCheckInterval() {
        return retentionCheckInterval;
    }
}
