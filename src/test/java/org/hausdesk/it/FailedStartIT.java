package org.hausdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import org.hausdesk.it.arquillian.TestRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A start that cannot succeed ends the process with exit code 1 and says why in one line, so that systemd restarts
 * or alarms instead of keeping a server that answers 500 forever. (A setting, not the database, is wrong here:
 * the H2 run shows it.)
 */
@Execution(ExecutionMode.CONCURRENT) // a server of its own: beside the tests that share one
class FailedStartIT {

    @Test
    void theExamplesPlaceholderPasswordEndsTheStartWithOneClearLine() throws Exception {
        assumeFalse(TestRun.onPostgreSQL(), "about a setting; the H2 run shows it");
        var dir = Path.of("target", "failed-start", Api.unique("run")).toAbsolutePath();
        var settings = PayaraProcess.ownSettings(dir, PayaraProcess.freshDatabase(dir));
        settings.put("hausdesk.app.admin-password", "change-me-to-a-long-passphrase");
        var server = new PayaraProcess(settings, dir.resolve("payara.log"));
        try (server) {
            assertEquals(1, server.startAndAwaitEnd(), "the process ends with exit code 1");
        }
        var log = server.log();
        var reason = "Hausdesk cannot start: HAUSDESK_APP_ADMIN_PASSWORD is still the example's placeholder";
        assertTrue(log.contains(reason), log);
        assertFalse(log.contains("ready in"), "never called ready");
    }
}
