package org.hausdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the port Hausdesk is configured to send to, which the tests can
 * stop and start again to play a mail server that is down.
 */
public final class Mailbox implements AutoCloseable {

    private static Mailbox shared;

    private final int port = org.hausdesk.it.arquillian.TestRun.port("smtp");
    private GreenMail server;

    /**
     * The one mail server of the test run, started on first use and running until the tests end, so that what the
     * shared Payara sends while any test runs is delivered instead of piling up in the outbox as failures.
     */
    public static synchronized Mailbox shared() {
        if (shared == null) {
            shared = new Mailbox().start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** One received e-mail, decoded. */
    public record Received(String to, String subject, String text, String html) {
    }

    public synchronized Mailbox start() {
        if (server != null) {
            return this;
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Every mail received so far (since the server was last started) for this address. */
    public List<Received> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .map(Mailbox::decode)
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received decode(MimeMessage message) {
        try {
            var to = message.getAllRecipients()[0].toString();
            var multipart = (Multipart) message.getContent();
            String text = null;
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
            return new Received(to, message.getSubject(), text, html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
