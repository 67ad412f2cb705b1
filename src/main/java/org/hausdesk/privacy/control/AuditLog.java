package org.hausdesk.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.hausdesk.platform.control.ClientAddress;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.privacy.entity.AuditEvent;

/**
 * Writes down what components report ({@link Audited}) with the time and the client's address, in a
 * transaction of its own: a denial is kept even though the request that caused it fails.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext security;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void on(@Observes Audited audited) {
        var actor = audited.actor() != null ? audited.actor() : signedIn();
        em.persist(new AuditEvent(clock.instant(), actor, audited.action(), audited.target(), address()));
    }

    /** The newest first. */
    public List<AuditEvent> newest(int limit) {
        return em.createQuery("select e from AuditEvent e order by e.at desc, e.id desc", AuditEvent.class)
                .setMaxResults(Math.clamp(limit, 1, 1000)).getResultList();
    }

    /** Who is signed in for this request (events fired without an actor are theirs). */
    private String signedIn() {
        try {
            var principal = security.getCallerPrincipal();
            return principal == null ? "anonym" : principal.getName();
        } catch (RuntimeException e) {
            return "Hausdesk"; // a job, not a request
        }
    }

    private String address() {
        try {
            return ClientAddress.of(request);
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null; // a job, not a request
        }
    }
}
