package org.hausdesk.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.control.Accounts;
import org.hausdesk.house.control.Houses;
import org.hausdesk.notify.entity.Channel;
import org.hausdesk.notify.entity.InboundMail;
import org.hausdesk.notify.entity.InboundMail.Outcome;
import org.hausdesk.privacy.control.PersonalDataErased;
import org.hausdesk.ticket.control.Attachments;
import org.hausdesk.ticket.control.Subjects;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Requester;
import org.hausdesk.ticket.entity.Ticket;

/**
 * What becomes of one mail that came in, in one transaction with its record: a reply in its ticket, a new request
 * in a house, or held for a coordinator. The record's unique digest of the Message-ID makes a mail fetched twice
 * (a stop before it was deleted from the mailbox, or a second server) change nothing the second time.
 */
@ApplicationScoped
public class MailInbox {

    private static final Logger LOG = Logger.getLogger(MailInbox.class.getName());
    /** Held mails are deleted after this long; the digests of handled ones after {@link #KEEP_KEYS}. */
    static final Duration KEEP_HELD = Duration.ofDays(30);
    static final Duration KEEP_KEYS = Duration.ofDays(90);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperties
    MailInConfig settings;

    @Inject
    @ConfigProperties
    NotifyConfig notify;

    @Inject
    Tickets tickets;

    @Inject
    Attachments attachments;

    @Inject
    Houses houses;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    private volatile ReplyAddresses addresses;

    /** The signed reply addresses, or empty while mail in is not configured. */
    public Optional<ReplyAddresses> addresses() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        if (addresses == null) {
            addresses = new ReplyAddresses(settings.address().orElseThrow(), settings.secret().orElseThrow());
        }
        return Optional.of(addresses);
    }

    /** @return what became of the mail, or empty when it was handled before */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> handle(IncomingMail mail, long size) {
        if (handledBefore(mail)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var record = new InboundMail(mail.key(), mail.sender() == null ? null : digest(mail.sender()), now);
        em.persist(record);
        em.flush(); // a second server handling the same mail fails here, before it changes anything
        decide(mail, size, record);
        LOG.info(() -> "Mail in: %s%s".formatted(record.outcome(),
                record.ticketNumber() == null ? "" : " (" + record.ticketNumber() + ")"));
        return Optional.of(record.outcome());
    }

    private boolean handledBefore(IncomingMail mail) {
        return em.createQuery("select count(m) from InboundMail m where m.messageKey = :key", Long.class)
                .setParameter("key", mail.key()).getSingleResult() > 0;
    }

    private void decide(IncomingMail mail, long size, InboundMail record) {
        if (mail.automatic() || mail.sender() == null || own(mail.sender())) {
            record.handled(Outcome.IGNORED, null, mail.automatic() ? "automatic" : "own or no sender");
            return;
        }
        var lastHour = em.createQuery("select count(m) from InboundMail m where m.senderHash = :sender "
                        + "and m.receivedAt > :since", Long.class)
                .setParameter("sender", digest(mail.sender()))
                .setParameter("since", clock.instant().minus(Duration.ofHours(1))).getSingleResult();
        if (lastHour > settings.perSenderPerHour()) {
            // not added to anything, but not lost either: a coordinator sees it
            record.hold("more than %d an hour from this sender".formatted(settings.perSenderPerHour()), mail.sender(),
                    mail.subject(), mail.text(), null);
            return;
        }
        if (size > settings.maxBytes()) {
            record.handled(Outcome.TOO_LARGE, null, "%d bytes".formatted(size));
            tooLarge(mail);
            return;
        }
        var target = mail.recipients().stream().map(r -> addresses().flatMap(a -> a.target(r)))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(MailInbox::rank));
        switch (target.orElse(new ReplyAddresses.General())) {
            case ReplyAddresses.ToTicket ticket when addresses().orElseThrow().signedFor(ticket, mail.sender()) ->
                    reply(mail, ticket.number(), record);
            case ReplyAddresses.ToTicket ticket ->
                    record.hold("forged reply address", mail.sender(), mail.subject(), mail.text(), ticket.number());
            case ReplyAddresses.ToHouse(var slug) -> newRequest(mail, slug, record);
            case ReplyAddresses.General general ->
                    record.hold("no house named", mail.sender(), mail.subject(), mail.text(), null);
        }
    }

    private static int rank(ReplyAddresses.Target target) {
        return switch (target) {
            case ReplyAddresses.ToTicket t -> 0;
            case ReplyAddresses.ToHouse h -> 1;
            case ReplyAddresses.General g -> 2;
        };
    }

    private void reply(IncomingMail mail, String number, InboundMail record) {
        var text = body(mail);
        if (text.isEmpty()) {
            record.handled(Outcome.IGNORED, number, "empty");
            return;
        }
        var from = tickets.replyByMail(number, mail.sender(), text);
        if (from == Tickets.MailSender.UNKNOWN) {
            record.hold("sender is neither the resident nor a helper of the ticket", mail.sender(), mail.subject(),
                    mail.text(), number);
            return;
        }
        var helper = from == Tickets.MailSender.HELPER ? accounts.activeByEmail(mail.sender()).orElse(null) : null;
        attach(mail, number, helper);
        record.handled(Outcome.REPLY, number, from.name().toLowerCase(Locale.ROOT));
    }

    private void newRequest(IncomingMail mail, String slug, InboundMail record) {
        var house = houses.bySlug(slug);
        var text = body(mail);
        if (house.isEmpty() || text.isEmpty()) {
            record.hold(house.isEmpty() ? "no such house" : "empty", mail.sender(), mail.subject(), mail.text(), null);
            return;
        }
        var at = mail.sender().indexOf('@');
        var name = mail.senderName() != null && !mail.senderName().isBlank() ? mail.senderName().strip()
                : at > 0 ? mail.sender().substring(0, at) : mail.sender();
        var subject = mail.subject().isBlank() ? Subjects.of(text) : Subjects.shorten(mail.subject(), Ticket.SUBJECT_MAX);
        var filed = tickets.file(house.get(), Category.OTHER, subject, text,
                new Requester(Subjects.shorten(name, Requester.NAME_MAX), null, mail.sender(), null), "de", null);
        attach(mail, filed.ticket().number(), null);
        record.handled(Outcome.NEW_REQUEST, filed.ticket().number(), slug);
    }

    /** The mail's text; a mail with files but no words still says something. */
    private static String body(IncomingMail mail) {
        var text = mail.text().length() > Ticket.TEXT_MAX ? mail.text().substring(0, Ticket.TEXT_MAX).strip() : mail.text();
        return text.isEmpty() && !mail.files().isEmpty() ? "(Datei per E-Mail)" : text;
    }

    /** Each file through the upload checks; one that is refused (type, size, too many) leaves the others. */
    private void attach(IncomingMail mail, String number, org.hausdesk.account.entity.Account helper) {
        for (var file : mail.files()) {
            if (attachments.attachFromMail(number, helper, file.name(), file.bytes()).isEmpty()) {
                LOG.log(Level.INFO, "Mail in: a file for {0} was not attached (type, size or too many)", number);
            }
        }
    }

    private void tooLarge(IncomingMail mail) {
        outbox.enqueue(Channel.MAIL, mail.sender(), "Ihre E-Mail an Hausdesk war zu groß / Your e-mail was too large",
                "Ihre E-Mail war zu groß (höchstens %d MB). Bitte schicken Sie weniger oder kleinere Bilder.\n\n"
                        .formatted(settings.maxBytes() / 1_000_000)
                        + "Your e-mail was too large (at most %d MB). Please send fewer or smaller pictures."
                        .formatted(settings.maxBytes() / 1_000_000),
                "<p>Ihre E-Mail war zu groß (höchstens %d MB). Bitte schicken Sie weniger oder kleinere Bilder.</p>"
                        .formatted(settings.maxBytes() / 1_000_000), null);
    }

    /** Hausdesk's own addresses: the mailbox (with any +tag) and the sender of its mails. */
    private boolean own(String sender) {
        return sender.equalsIgnoreCase(address(notify.mailFrom())) || addresses().flatMap(a -> a.target(sender)).isPresent();
    }

    private static String address(String mailbox) {
        try {
            return new jakarta.mail.internet.InternetAddress(mailbox, false).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            return mailbox;
        }
    }

    static String digest(String address) {
        return IncomingMail.sha256(address.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A mail whose handling failed (e.g. a contact the request rules refuse) is held for a coordinator in a
     * transaction of its own, so that it leaves the mailbox instead of blocking it round after round. When even
     * this fails (the database is down), the mail stays and is tried again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> holdFailed(IncomingMail mail, String why) {
        if (handledBefore(mail)) {
            return Optional.empty();
        }
        var record = new InboundMail(mail.key(), mail.sender() == null ? null : digest(mail.sender()), clock.instant());
        record.hold(why.length() > 200 ? why.substring(0, 200) : why, mail.sender(), mail.subject(), mail.text(), null);
        em.persist(record);
        return Optional.of(Outcome.HELD);
    }

    /** The mails held for a coordinator, newest first. */
    @Transactional
    public List<InboundMail> held() {
        return em.createQuery("select m from InboundMail m where m.outcome = :held order by m.receivedAt desc, m.id desc",
                InboundMail.class).setParameter("held", Outcome.HELD).setMaxResults(200).getResultList();
    }

    /** A coordinator dealt with a held mail: its contents go, its digest stays (so it is not handled again). */
    @Transactional
    public boolean release(long id) {
        var mail = em.find(InboundMail.class, id);
        if (mail == null || mail.outcome() != Outcome.HELD) {
            return false;
        }
        mail.handled(Outcome.IGNORED, mail.ticketNumber(), "deleted by a coordinator");
        em.createQuery("update InboundMail m set m.sender = null, m.subject = null, m.body = null where m.id = :id")
                .setParameter("id", id).executeUpdate();
        return true;
    }

    /** Retention: held mails after 30 days, every digest after 90. */
    @Transactional
    public int forgetOld() {
        var now = clock.instant();
        int held = em.createQuery("delete from InboundMail m where m.outcome = :held and m.receivedAt < :cutoff")
                .setParameter("held", Outcome.HELD).setParameter("cutoff", now.minus(KEEP_HELD)).executeUpdate();
        return held + em.createQuery("delete from InboundMail m where m.receivedAt < :cutoff")
                .setParameter("cutoff", now.minus(KEEP_KEYS)).executeUpdate();
    }

    /** Erasure: held mails of these addresses or about these tickets go, in the erasure's transaction. */
    void erase(@Observes PersonalDataErased erased) {
        var hashes = erased.addresses().stream().map(MailInbox::digest).toList();
        if (!hashes.isEmpty()) {
            em.createQuery("delete from InboundMail m where m.senderHash in :hashes and m.outcome = :held")
                    .setParameter("hashes", hashes).setParameter("held", Outcome.HELD).executeUpdate();
        }
        if (!erased.ticketNumbers().isEmpty()) {
            em.createQuery("delete from InboundMail m where m.ticketNumber in :numbers and m.outcome = :held")
                    .setParameter("numbers", erased.ticketNumbers()).setParameter("held", Outcome.HELD).executeUpdate();
        }
    }
}
