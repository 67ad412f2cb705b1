package org.hausdesk.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.hausdesk.platform.control.RateLimits;
import org.hausdesk.platform.entity.EmailAddresses;
import org.hausdesk.ticket.entity.ResidentSignIn;
import org.hausdesk.ticket.entity.Ticket;

/**
 * Residents who gave an e-mail address sign in with a link sent there, to see all their requests
 * (the private link of each request keeps working without this). A link works once, for
 * {@code hausdesk.ticket.sign-in-valid} (30 minutes); at most {@value #PER_HOUR} links per address
 * and hour. Whether an address has requests is never told to the one who asks.
 */
@ApplicationScoped
@Transactional
public class ResidentSignIns {

    @Inject
    ResidentMail residentMail;

    static final int PER_HOUR = 5;

    /** The session attribute of a signed-in resident: the e-mail address the link proved. */
    public static final String SESSION_RESIDENT = "hausdesk.resident";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tickets tickets;

    @Inject
    RateLimits limits;

    @Inject
    @ConfigProperties
    TicketConfig settings;

    /** A new sign-in token for the address, or empty (no requests with it, or too many links lately). */
    /**
     * A resident asks for a sign-in link to see all their requests: it is mailed when the address has requests and
     * has not asked too often; the caller learns nothing either way (the same answer for every address).
     */
    public void sendLink(String email, String language) {
        request(email).ifPresent(token -> residentMail.signInLink(email.strip(), token, language));
    }

    Optional<String> request(String email) {
        limits.take(RateLimits.Operation.FILING);
        var address = EmailAddresses.normalize(email);
        var now = clock.instant();
        if (address == null || ticketsOf(address).isEmpty()) {
            return Optional.empty();
        }
        long recent = em.createQuery("select count(s) from ResidentSignIn s where s.email = :email "
                        + "and s.createdAt > :since", Long.class)
                .setParameter("email", address).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= PER_HOUR) {
            return Optional.empty();
        }
        var token = AccessTokens.newLinkToken();
        em.persist(new ResidentSignIn(AccessTokens.hash(token), address, now, now.plus(settings.signInValid())));
        return Optional.of(token);
    }

    /** Erasure: the sign-in links sent to this address are forgotten. */
    public int forget(String email) {
        var address = EmailAddresses.normalize(email);
        return address == null ? 0 : em.createQuery("delete from ResidentSignIn s where s.email = :email")
                .setParameter("email", address).executeUpdate();
    }

    /** The address a sign-in token proves; each token once. */
    public Optional<String> redeem(String token) {
        if (token == null) {
            return Optional.empty();
        }
        limits.check(RateLimits.Operation.FAILED_LOOKUP);
        var signIn = token.isBlank() ? null
                : em.find(ResidentSignIn.class, AccessTokens.hash(token), LockModeType.PESSIMISTIC_WRITE);
        if (signIn != null && signIn.use(clock.instant())) {
            return Optional.of(signIn.email());
        }
        limits.count(RateLimits.Operation.FAILED_LOOKUP);
        return Optional.empty();
    }

    /** The requests filed with this address, newest first (anonymised ones have no address any more). */
    public List<Ticket> ticketsOf(String email) {
        var address = EmailAddresses.normalize(email);
        if (address == null) {
            return List.of();
        }
        return em.createQuery("select t from Ticket t where lower(t.requesterEmail) = :email order by t.createdAt desc",
                        Ticket.class)
                .setParameter("email", address).getResultList();
    }

    /** A fresh private link to one of the resident's requests (the others keep working). */
    public Optional<String> linkTo(String number, String email) {
        var address = EmailAddresses.normalize(email);
        return tickets.byNumber(number, LockModeType.PESSIMISTIC_WRITE)
                .filter(t -> address != null && address.equalsIgnoreCase(t.requester().email()))
                .map(tickets::newAccessToken);
    }
}
