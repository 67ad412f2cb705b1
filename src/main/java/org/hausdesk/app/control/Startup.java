package org.hausdesk.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.account.entity.Role;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.Migrations;

/**
 * Start-up, in order: migrate the schema; create the first coordinator from configuration if
 * there is none; in demo mode, fill an empty database with demo data; then tell the components
 * that run in the background ({@link ApplicationReady}).
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
    @ConfigProperties
    AppConfig settings;

    @Inject
    Event<ApplicationReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        migrations.migrate();
        if (settings.demo()) {
            demoData.loadIfEmpty();
        }
        createFirstCoordinator();
        ready.fire(new ApplicationReady());
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
        accounts.create(settings.adminUsername().get().strip().toLowerCase(), "Koordination", null, settings.adminPassword().get(),
                Role.COORDINATOR, "de", Set.of(), false);
        LOG.info(() -> "Created the first coordinator '%s' from configuration".formatted(settings.adminUsername().get()));
    }
}
