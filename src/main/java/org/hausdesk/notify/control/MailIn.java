package org.hausdesk.notify.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.notify.entity.InboundMail;
import org.hausdesk.platform.control.ApplicationReady;
import org.hausdesk.platform.control.JobLeases;

/**
 * Reads the mailbox ({@code hausdesk.mail-in.*}, IMAP over TLS) every {@code poll-interval}: each new mail is
 * handled in a transaction of its own ({@link MailInbox}) and deleted from the mailbox only after that committed.
 * A stop in between leaves the mail in the mailbox; fetched again, its recorded Message-ID makes it change nothing.
 */
@ApplicationScoped
public class MailIn {

    private static final Logger LOG = Logger.getLogger(MailIn.class.getName());
    /** Mails handled per round; the rest wait for the next. */
    static final int PER_ROUND = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperties
    MailInConfig settings;

    @Inject
    MailInbox inbox;

    private ScheduledFuture<?> task;

    void start(@Observes ApplicationReady ready) {
        if (!settings.enabled()) {
            LOG.info("Mail in is off (hausdesk.mail-in.host, address and a secret of at least "
                    + MailInConfig.SECRET_MIN + " characters are not all set)");
            return;
        }
        var every = settings.pollInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(() -> leases.runIfHeld("mail-in", Duration.ofMillis(every), this::poll), every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Mail in: reading %s on %s every %s".formatted(settings.address().orElse(""),
                settings.host().orElse(""), settings.pollInterval()));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Between fetching a mail and its transaction (a stop here must lose nothing); nothing happens here. */
    protected void beforeHandling(IncomingMail mail) {
    }

    /** Between the committed transaction and deleting the mail (a stop here must duplicate nothing); nothing happens here. */
    protected void afterCommit(IncomingMail mail) {
    }

    /** One round; @return how many mails were handled (new ones, not those seen before) */
    public synchronized int poll() {
        if (!settings.enabled()) {
            return 0;
        }
        int handled = 0;
        try {
            inbox.forgetOld();
            var protocol = settings.tls() ? "imaps" : "imap";
            var properties = new Properties();
            properties.put("mail." + protocol + ".peek", "true"); // reading a mail does not mark it
            properties.put("mail." + protocol + ".connectiontimeout", "10000");
            properties.put("mail." + protocol + ".timeout", "30000");
            // a mail is read in blocks of this size; at the default 16 KiB a mail with a photo took dozens of round trips
            properties.put("mail." + protocol + ".fetchsize", "1048576");
            if (settings.tls()) {
                properties.put("mail.imaps.ssl.checkserveridentity", "true");
            }
            try (var store = Session.getInstance(properties).getStore(protocol)) {
                store.connect(settings.host().orElseThrow(), settings.port(), settings.username().orElse(null),
                        settings.password().orElse(null));
                var folder = store.getFolder(settings.folder());
                folder.open(Folder.READ_WRITE);
                try {
                    var fresh = folder.search(new FlagTerm(new Flags(Flags.Flag.DELETED), false));
                    var batch = Arrays.copyOf(fresh, Math.min(fresh.length, PER_ROUND));
                    // sizes, envelopes and flags of the whole batch in one round trip to the mail server
                    var profile = new FetchProfile();
                    profile.add(FetchProfile.Item.ENVELOPE);
                    profile.add(FetchProfile.Item.SIZE);
                    profile.add(FetchProfile.Item.FLAGS);
                    folder.fetch(batch, profile);
                    for (var message : batch) {
                        try {
                            // a mail larger than allowed is not read beyond its headers; one that is read is fetched
                            // whole at once and then read locally, instead of part by part (a round trip each)
                            var size = message.getSize();
                            var readable = size <= settings.maxBytes();
                            var imap = (MimeMessage) message;
                            IncomingMail mail;
                            try {
                                mail = readable ? IncomingMail.of(new MimeMessage(imap), true) : IncomingMail.of(imap, false);
                            } catch (MessagingException | IOException unreadableCopy) {
                                // what the local copy cannot take apart (parsing a broken address header is strict),
                                // the mail server's own view may (its envelope), read part by part as before
                                mail = IncomingMail.of(imap, readable);
                            }
                            beforeHandling(mail);
                            Optional<InboundMail.Outcome> outcome;
                            try {
                                outcome = inbox.handle(mail, size);
                            } catch (RuntimeException failed) {
                                LOG.log(Level.WARNING, "Mail in: a mail could not be handled; it is held for a coordinator", failed);
                                outcome = inbox.holdFailed(mail, "could not be handled: " + failed.getClass().getSimpleName());
                            }
                            if (outcome.isPresent()) {
                                handled++;
                            }
                            afterCommit(mail);
                            // only now, after the transaction committed: the raw mail is not kept
                            message.setFlag(Flags.Flag.DELETED, true);
                        } catch (Exception e) {
                            LOG.log(Level.WARNING, "Mail in: a mail could not be handled; it stays in the mailbox and is tried again", e);
                        }
                    }
                } finally {
                    folder.close(true); // expunges what was handled
                }
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail in round failed; trying again next round", e);
        }
        return handled;
    }
}
