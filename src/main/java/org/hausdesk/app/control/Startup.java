package org.hausdesk.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.entity.Role;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.Migrations;

/**
 * Start-up, in order: restore a backup when asked to ({@link Backups}); migrate the schema; create the first coordinator from configuration if
 * there is none; in demo mode, fill an empty database with demo data; then tell the components
 * that run in the background ({@link ApplicationReady}).
 * <p>
 * A start that fails (the database unreachable, a bad setting) says why in one line and ends the process with exit
 * code 1, so that systemd or a container runtime sees it and nobody mistakes a server without Hausdesk for a
 * running one.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Migrations migrations;

    @Inject
    Accounts accounts;

    @Inject
    DemoData demoData;

    @Inject
    Backups backups;

    @Inject
    @ConfigProperties
    AppConfig settings;

    @Inject
    Event<ApplicationReady> ready;

    /** The example configuration's placeholder (deploy/hausdesk.env.example): never a coordinator's password. */
    static final String EXAMPLE_PASSWORD = "change-me-to-a-long-passphrase";

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            backups.restoreIfAsked();
            migrations.migrate();
            if (settings.demo()) {
                demoData.loadIfEmpty();
            }
            createFirstCoordinator();
            ready.fire(new ApplicationReady());
        } catch (RuntimeException e) {
            var reason = "Hausdesk cannot start: " + reason(e);
            LOG.log(Level.SEVERE, reason);
            LOG.log(Level.FINE, "Why Hausdesk could not start", e);
            System.err.println(reason);
            System.err.flush();
            // not on this thread: the server's shutdown waits for the deployment this thread is running
            new Thread(() -> System.exit(1), "hausdesk-failed-start").start();
            throw e;
        }
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** What went wrong, in one line: the violated rules, or the innermost message (e.g. "Connection refused"). */
    public static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException own && own.getMessage() != null) {
                return own.getMessage();
            }
        }
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        var message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    private void createFirstCoordinator() {
        if (accounts.coordinatorCount() > 0) {
            return;
        }
        if (settings.adminUsername().isEmpty() || settings.adminPassword().isEmpty()) {
            LOG.warning("No coordinator exists yet. Set HAUSDESK_APP_ADMIN_USERNAME and HAUSDESK_APP_ADMIN_PASSWORD "
                    + "and restart to create the first one.");
            return;
        }
        if (EXAMPLE_PASSWORD.equals(settings.adminPassword().get().strip())) {
            throw new IllegalStateException("HAUSDESK_APP_ADMIN_PASSWORD is still the example's placeholder; "
                    + "choose a long passphrase of your own");
        }
        try {
            accounts.create(settings.adminUsername().get().strip().toLowerCase(), "Koordination", null,
                    settings.adminPassword().get(), Role.COORDINATOR, "de", Set.of(), false);
        } catch (ConstraintViolationException refused) {
            throw new IllegalStateException("the first coordinator (HAUSDESK_APP_ADMIN_USERNAME, HAUSDESK_APP_ADMIN_PASSWORD) "
                    + "is refused: " + refused.getConstraintViolations().stream()
                    .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")), refused);
        }
        LOG.info(() -> "Created the first coordinator '%s' from configuration".formatted(settings.adminUsername().get()));
    }
}
