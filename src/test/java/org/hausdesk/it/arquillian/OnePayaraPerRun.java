package org.hausdesk.it.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian extension: the integration tests share one Payara Micro per test run (per database) instead of
 * starting one per test class. Payara Micro's container deploys by starting a new JVM with the archive; here
 * the first deployment of an archive starts it, later deployments of an archive of the same name reuse it,
 * and the server stops when Arquillian stops the container at the end of the run.
 * <p>
 * The server is started for the database of the run ({@link TestRun}); it gets its settings as system
 * properties, which MicroProfile Config reads before the environment the build sets for both databases.
 * <p>
 * Every test class still declares its {@code @Deployment} (the same WAR, see {@code Deployments}) and gets
 * the server's address through {@code @ArquillianResource}; the tests create their own houses, accounts and
 * tickets with unique names, so they do not depend on running alone.
 */
public final class OnePayaraPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedServer.class);
    }

    /** Payara Micro's managed container, with deployments kept until the end of the run. */
    public static final class SharedServer extends PayaraMicroDeployableContainer {

        private Archive<?> deployed;
        private ProtocolMetaData running;

        /** The server gets this run's database, folders and receiver ports ({@link TestRun}). */
        @Override
        public void setup(PayaraMicroContainerConfiguration configuration) {
            var options = configuration.getCmdOptions();
            configuration.setCmdOptions((options == null ? "" : options + " ") + TestRun.serverOptions());
            super.setup(configuration);
        }

        @Override
        public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
            if (running != null) {
                if (!deployed.getName().equals(archive.getName())) {
                    throw new DeploymentException("One Payara Micro serves " + deployed.getName()
                            + "; a test asked for " + archive.getName() + " as well");
                }
                return running;
            }
            running = super.deploy(archive);
            deployed = archive;
            return running;
        }

        @Override
        public void undeploy(Archive<?> archive) {
            // kept running for the next test class; stop() ends it
        }

        @Override
        public synchronized void stop() throws LifecycleException {
            try {
                if (deployed != null) {
                    super.undeploy(deployed);
                }
            } catch (DeploymentException e) {
                throw new LifecycleException("Payara Micro did not stop", e);
            } finally {
                deployed = null;
                running = null;
                super.stop();
            }
        }
    }
}
