package org.hausdesk.it.time;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicReference;
import org.hausdesk.notify.control.IncomingMail;
import org.hausdesk.notify.control.MailIn;

/**
 * The test deployment's mail poller, which a test can make stop once in the middle of handling a mail: before its
 * transaction, or after the transaction committed but before the mail was deleted from the mailbox. The next round
 * must then handle it exactly once. ({@code POST /api/test-rounds/mail-in?stop=before|after})
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class StoppingMailIn extends MailIn {

    static final AtomicReference<String> STOP = new AtomicReference<>();

    /** Once: the first mail of the round stops here, the next ones go on. */
    private static boolean stopsAt(String where) {
        return where.equals(STOP.getAndUpdate(value -> where.equals(value) ? null : value));
    }

    @Override
    protected void beforeHandling(IncomingMail mail) {
        if (stopsAt("before")) {
            throw new IllegalStateException("test: stopped before the transaction");
        }
    }

    @Override
    protected void afterCommit(IncomingMail mail) {
        if (stopsAt("after")) {
            throw new IllegalStateException("test: stopped after the commit, before deleting the mail");
        }
    }
}
