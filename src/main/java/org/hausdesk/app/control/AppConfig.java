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

    /** Where backups go (a folder per backup); none are made when unset. */
    @ConfigProperty(name = "backup-dir")
    Optional<String> backupDir;

    /** When the daily backup runs, local time of the cooperative. */
    @ConfigProperty(name = "backup-at", defaultValue = "03:15")
    String backupAt;

    /** How many days of backups are kept. */
    @ConfigProperty(name = "backup-keep-days", defaultValue = "14")
    int backupKeepDays;

    /** A backup folder to restore at start, into an empty database only. */
    @ConfigProperty(name = "restore-from")
    Optional<String> restoreFrom;
    public boolean demo() {
        return demo;
    }

    public Optional<String> adminUsername() {
        return adminUsername;
    }

    public Optional<String> adminPassword() {
        return adminPassword;
    }

    public Optional<String> backupDir() {
        return backupDir;
    }

    public String backupAt() {
        return backupAt;
    }

    public int backupKeepDays() {
        return backupKeepDays;
    }

    public Optional<String> restoreFrom() {
        return restoreFrom;
    }
}
