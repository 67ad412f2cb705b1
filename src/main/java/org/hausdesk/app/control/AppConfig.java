package org.hausdesk.app.control;

import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's start-up settings, {@code hausdesk.app.*} (environment: {@code HAUSDESK_APP_*}).
 */
@ConfigProperties(prefix = "hausdesk.app")
@Dependent
public class AppConfig {

    /** Demo houses, helpers and requests in an empty database (never in production). */
    @ConfigProperty(name = "demo", defaultValue = "false")
    boolean demo;

    /** The first coordinator, created at start when there is none. */
    @ConfigProperty(name = "admin-username")
    Optional<String> adminUsername;

    @ConfigProperty(name = "admin-password")
    Optional<String> adminPassword;
    public boolean demo() {
        return demo;
    }

    public Optional<String> adminUsername() {
        return adminUsername;
    }

    public Optional<String> adminPassword() {
        return adminPassword;
    }
}
