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
    private final int imapPort = org.hausdesk.it.arquillian.TestRun.port("imap");

    /** The mailbox Hausdesk reads over IMAP (see {@code TestRun}): replies and new requests by e-mail land here. */
    public static final String HAUSDESK = "hilfe@hausdesk.test";
    public static final String HAUSDESK_LOGIN = "hilfe";
    public static final String HAUSDESK_PASSWORD = "imap-test-only";
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
    public record Received(String to, String subject, String text, String html, String replyTo) {
    }

    public synchronized Mailbox start() {
        if (server != null) {
            return this;
        }
        server = new GreenMail(new ServerSetup[] {new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(HAUSDESK, HAUSDESK_LOGIN, HAUSDESK_PASSWORD);
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

    /**
     * A mail arrives in Hausdesk's mailbox, as the mail server would put it there whatever the address's
     * {@code +tag} (GreenMail itself would file it under the full address).
     */
    public void deliverToHausdesk(MimeMessage message) {
        try {
            server.getUserManager().getUser(HAUSDESK_LOGIN).deliver(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many mails wait in Hausdesk's mailbox (handled ones are deleted). */
    public int waitingForHausdesk() {
        try {
            var user = server.getUserManager().getUser(HAUSDESK_LOGIN);
            return server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
        if (address == null) {
            return false;
        }
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
            var replyTo = message.getHeader("Reply-To", ",");
            return new Received(to, message.getSubject(), text, html, replyTo);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
