package org.hausdesk.house.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hausdesk.house.entity.House;
import org.hausdesk.house.entity.HouseStage;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.entity.RuleViolation;

/** The houses of the cooperative. */
@ApplicationScoped
@Transactional
public class Houses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audit;

    public List<House> all() {
        return em.createNamedQuery(House.ALL, House.class).getResultList();
    }

    public Optional<House> bySlug(String slug) {
        return em.createNamedQuery(House.BY_SLUG, House.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** @param escalateUnclaimedAfter this house's own delay for automatic escalation, or {@code null} for the default */
    public House create(@NotBlank @Pattern(regexp = House.SLUG_RULE) String slug,
                        @NotBlank @Size(max = House.NAME_MAX) String name, Duration escalateUnclaimedAfter) {
        return create(slug, name, escalateUnclaimedAfter, HouseStage.OCCUPIED, null);
    }

    /** A house at any stage: one still planned or being built gets its helpers and takes requests already. */
    public House create(@NotBlank @Pattern(regexp = House.SLUG_RULE) String slug,
                        @NotBlank @Size(max = House.NAME_MAX) String name, Duration escalateUnclaimedAfter,
                        @jakarta.validation.constraints.NotNull HouseStage stage, java.time.LocalDate moveInOn) {
        if (bySlug(slug).isPresent()) {
            throw new RuleViolation("A house with the slug '%s' exists already".formatted(slug));
        }
        var house = new House(slug, name, clock.instant());
        house.escalateUnclaimedAfter(escalateUnclaimedAfter);
        house.changeStage(stage, moveInOn);
        em.persist(house);
        audit.fire(new Audited(null, "HOUSE_CREATED", slug));
        return house;
    }

    /** A coordinator moves a house to another stage, with its expected (or actual) move-in date. */
    public Optional<House> changeStage(String slug, HouseStage stage, java.time.LocalDate moveInOn) {
        return bySlug(slug).map(house -> {
            house.changeStage(stage, moveInOn);
            audit.fire(new Audited(null, "HOUSE_STAGE_CHANGED", slug + ": " + stage
                    + (moveInOn == null ? "" : ", " + moveInOn)));
            return house;
        });
    }

    /** The house page's office hours and notice (who may change them is the caller's to check). */
    public Optional<House> describe(String slug, String officeHours, String notice) {
        return bySlug(slug).map(house -> {
            house.describe(officeHours, notice);
            return house;
        });
    }

    public long count() {
        return em.createQuery("select count(h) from House h", Long.class).getSingleResult();
    }
}
