package org.hausdesk.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hausdesk.onboarding.entity.Household;
import org.hausdesk.privacy.control.PersonalRecords;

/**
 * Households on the onboarding boards as personal data: in the coordinator's export and erasure by contact, and
 * removed by the retention round a set time after they moved out ({@code hausdesk.privacy.households-kept-after-move-out}).
 */
@ApplicationScoped
@Transactional
public class HouseholdRecords implements PersonalRecords {

    @PersistenceContext
    EntityManager em;

    /** What the export says about a household: what is kept, nothing about who helped. */
    public record HouseholdData(String house, String label, String firstName, String contact, Instant listedAt,
                                LocalDate movedOutOn, List<StepData> steps) {
    }

    public record StepData(String step, String status, Instant at) {
    }

    @Override
    public String section() {
        return "households";
    }

    private List<Household> of(String email, String phone) {
        return em.createQuery("select h from Household h where h.contact is not null", Household.class)
                .getResultStream().filter(h -> h.reachedAt(email, phone)).toList();
    }

    @Override
    public List<HouseholdData> export(String email, String phone) {
        return of(email, phone).stream().map(h -> new HouseholdData(h.house().name(), h.label(), h.firstName(),
                h.contact(), h.createdAt(), h.movedOutOn(), h.steps().stream()
                .map(s -> new StepData(s.step().name(), s.status().name(), s.changedAt())).toList())).toList();
    }

    @Override
    public int erase(String email, String phone) {
        var found = of(email, phone);
        found.forEach(em::remove);
        return found.size();
    }

    @Override
    public int removeEndedBefore(Instant cutoff) {
        var found = em.createNamedQuery(Household.MOVED_OUT_BEFORE, Household.class)
                .setParameter("cutoff", LocalDate.ofInstant(cutoff, ZoneOffset.UTC)).getResultList();
        found.forEach(em::remove);
        return found.size();
    }
}
