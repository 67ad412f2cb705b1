package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.account.entity.Account;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.RuleViolation;
import org.hausdesk.platform.entity.TooManyRequests;
import org.hausdesk.ticket.entity.Attachment;
import org.hausdesk.ticket.entity.Ticket;

/**
 * Pictures and PDF files on tickets. The type is decided by the content ({@link Uploads}); files
 * are stored in {@code hausdesk.ticket.attachments-dir}, outside anything the web server serves, under
 * random names that say nothing; they go when the resident is erased or the ticket anonymised.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    private static final Logger LOG = Logger.getLogger(Attachments.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Tickets tickets;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperties
    TicketConfig settings;

    /** A stored file, ready to be sent. */
    public record Stored(Attachment attachment, byte[] bytes) {
    }

    /**
     * Attaches a file to the ticket the resident's link (or the helper) may open; empty when they
     * may not. Refused with {@code InvalidInput} when it is not a picture or PDF.
     */
    public Optional<Attachment> attach(String number, String token, Account helper, String name, byte[] bytes) {
        return ticket(number, token, helper, LockModeType.PESSIMISTIC_WRITE).map(t -> store(t, helper, name, bytes));
    }

    /**
     * A file that came with an e-mail to the ticket, whose sender was already recognised (the resident's address,
     * or {@code helper}'s): the same checks as an upload (type from the content, pictures re-encoded, the limit
     * per ticket). A refused file is left out (empty) without failing the mail's transaction.
     */
    public Optional<Attachment> attachFromMail(String number, Account helper, String name, byte[] bytes) {
        try {
            return tickets.byNumber(number, LockModeType.PESSIMISTIC_WRITE).map(t -> store(t, helper, name, bytes));
        } catch (InvalidInput | RuleViolation | TooManyRequests refused) {
            return Optional.empty();
        }
    }

    private Attachment store(Ticket ticket, Account helper, String name, byte[] bytes) {
        var checked = Uploads.check(bytes);
        var stored = randomName();
        var file = write(stored, checked.bytes());
        try {
            var attachment = ticket.attach(stored, Uploads.displayName(name, checked.kind()),
                    checked.kind().contentType(), checked.bytes().length, helper, settings.attachmentsPerTicket(), clock.instant());
            tickets.announce(ticket);
            return attachment;
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public Optional<Stored> read(String number, long id, String token, Account helper) {
        return ticket(number, token, helper, LockModeType.NONE)
                .flatMap(t -> t.attachments().stream().filter(a -> a.id() == id).findFirst())
                .map(a -> {
                    try {
                        return new Stored(a, Files.readAllBytes(path(a.storedName())));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Attachment %d of %s is missing on disk".formatted(id, number), e);
                    }
                });
    }

    /** Erasure: every file of the ticket goes, with its record. */
    public int deleteAll(String number) {
        return tickets.byNumber(number, LockModeType.PESSIMISTIC_WRITE).map(ticket -> {
            var removed = ticket.detachAll();
            removed.forEach(a -> delete(path(a.storedName())));
            return removed.size();
        }).orElse(0);
    }

    private Optional<Ticket> ticket(String number, String token, Account helper, LockModeType lock) {
        if (helper != null) {
            return tickets.byNumber(number, lock).filter(t -> t.mayBeWorkedBy(helper));
        }
        var ticket = tickets.forResident(number, token);
        if (lock == LockModeType.PESSIMISTIC_WRITE) {
            ticket.ifPresent(tickets::lock); // two files sent at once are counted one after the other
        }
        return ticket;
    }

    private Path path(String storedName) {
        if (!storedName.matches("[A-Za-z0-9_-]{20,64}")) {
            throw new IllegalStateException("Not a stored name: " + storedName);
        }
        return Path.of(settings.attachmentsDir()).resolve(storedName);
    }

    private Path write(String storedName, byte[] bytes) {
        try {
            Files.createDirectories(Path.of(settings.attachmentsDir()));
            var target = path(storedName);
            var temporary = Files.createTempFile(Path.of(settings.attachmentsDir()), ".upload-", ".tmp");
            Files.write(temporary, bytes);
            return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an attachment in " + settings.attachmentsDir(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    private static String randomName() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
