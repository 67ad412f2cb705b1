package org.hausdesk.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hausdesk.ticket.control.Attachments;
import org.hausdesk.ticket.control.ResidentSignIns;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Ticket;
import org.hausdesk.ticket.entity.TicketState;

/**
 * What Hausdesk stores about a resident, found by their e-mail address or phone number, and how it
 * is erased: the tickets are anonymised ({@link Ticket#anonymize}), the messages about them are
 * deleted from the outbox (sent or not), their links stop working, and the search index is updated.
 */
@ApplicationScoped
@Transactional
public class Residents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tickets tickets;

    @Inject
    Event<PersonalDataErased> erasedEvent;

    @Inject
    Attachments attachments;

    @Inject
    ResidentSignIns signIns;

    @Inject
    Clock clock;

    /** The tickets a resident filed with this e-mail address or phone number (either may be null), oldest first. */
    public List<Ticket> ticketsOf(String email, String phone) {
        var mail = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        var digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (mail == null && digits.length() < 5) {
            return List.of();
        }
        var query = mail == null
                ? em.createQuery("select t from Ticket t where t.anonymizedAt is null and t.requesterPhone is not null "
                        + "order by t.createdAt", Ticket.class)
                : em.createQuery("select t from Ticket t where t.anonymizedAt is null and "
                        + "(lower(t.requesterEmail) = :mail or t.requesterPhone is not null) order by t.createdAt",
                        Ticket.class).setParameter("mail", mail);
        return query.getResultStream()
                .filter(t -> mail != null && mail.equalsIgnoreCase(t.requester().email())
                        || digits.length() >= 5 && t.requester().phone() != null
                        && t.requester().phone().replaceAll("\\D", "").equals(digits))
                .toList();
    }

    public Optional<Ticket> ticket(String number) {
        return em.createQuery("select t from Ticket t where t.number = :number", Ticket.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    /** Erases the resident's personal data from these tickets; the numbers of those that changed. */
    public List<String> erase(List<String> numbers) {
        var addresses = numbers.stream().map(this::ticket).flatMap(Optional::stream)
                .map(t -> t.requester().email()).filter(java.util.Objects::nonNull).distinct().toList();
        var erased = numbers.stream().filter(number -> {
            attachments.deleteAll(number);
            return tickets.anonymize(number, Residents::redactionFor);
        }).toList();
        addresses.forEach(signIns::forget);
        erasedEvent.fire(new PersonalDataErased(numbers, addresses));
        return erased;
    }

    /** Retention: tickets closed before the cutoff (and not yet anonymised), oldest first. */
    public List<String> closedBefore(Instant cutoff, int limit) {
        return em.createQuery("select t.number from Ticket t where t.state = :closed and t.anonymizedAt is null "
                        + "and ((t.closedAt is not null and t.closedAt < :cutoff) "
                        + "or (t.closedAt is null and t.updatedAt < :cutoff)) order by t.updatedAt", String.class)
                .setParameter("closed", TicketState.CLOSED)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The resident's name (and every e-mail address, phone number, street address and link token) goes. */
    static UnaryOperator<String> redactionFor(Ticket ticket) {
        var known = new PersonalData.Known(List.of(ticket.requester().name()), null, null);
        return text -> PersonalData.redact(text, known);
    }

    public Instant now() {
        return clock.instant();
    }
}
