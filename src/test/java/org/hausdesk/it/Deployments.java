package org.hausdesk.it;

import java.io.File;
import org.hausdesk.it.time.TestClock;
import org.hausdesk.it.time.TestClockResource;
import org.hausdesk.it.time.TestRoundsResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR exactly as {@code package} built it
 * (named ROOT.war, so it is served at the root path as in production), tested from outside over HTTP, plus the
 * test clock ({@link TestClock}) so that no test waits for real time to pass, and quick password hashing for the
 * many test accounts ({@link org.hausdesk.it.time.QuickPasswords}). All test classes share one running
 * server per database (see {@code arquillian.OnePayaraPerRun}).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive hausdesk() {
        var war = new File(System.getProperty("hausdesk.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with ./mvnw verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addClasses(TestClock.class, TestClockResource.class, TestRoundsResource.class,
                        org.hausdesk.it.time.StoppingMailIn.class, org.hausdesk.it.time.QuickPasswords.class);
    }
}
