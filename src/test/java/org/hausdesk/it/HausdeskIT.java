package org.hausdesk.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test shares: the deployment (the built WAR on a real Payara Micro, one server for all
 * test classes of a run, see {@code arquillian.OnePayaraPerRun}), its address, a client for the API with its own
 * client address, and a cooperative to create houses, helpers and tickets with unique names.
 */
@ExtendWith(ArquillianExtension.class)
abstract class HausdeskIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.hausdesk();
    }

    @ArquillianResource
    protected URL base;

    protected Api api;
    protected Cooperative cooperative;

    /** Mail and chat messages of every test are received, as by a real mail server and chat room. */
    @BeforeAll
    static void receivers() {
        Mailbox.shared();
        ChatRoom.shared();
    }

    @BeforeEach
    final void connect() {
        api = new Api(base);
        cooperative = new Cooperative(api);
    }
}
