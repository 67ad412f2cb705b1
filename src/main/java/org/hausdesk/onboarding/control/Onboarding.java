package org.hausdesk.onboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hausdesk.account.entity.Account;
import org.hausdesk.house.control.Houses;
import org.hausdesk.house.entity.House;
import org.hausdesk.onboarding.entity.Household;
import org.hausdesk.onboarding.entity.HouseholdStep;
import org.hausdesk.onboarding.entity.OnboardingStep;
import org.hausdesk.onboarding.entity.StepStatus;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;
import org.hausdesk.ticket.control.Tickets;
import org.hausdesk.ticket.entity.Category;
import org.hausdesk.ticket.entity.Requester;

/**
 * The onboarding boards: the checklist, each house's households and where they stand, "needs help" as a ticket, and
 * the progress. Every use case is one method in one transaction, for the API and the pages alike. A house's board is
 * its helpers' and the coordinators': for anyone else every method answers empty, which the boundaries turn into 404.
 */
@ApplicationScoped
@Transactional
public class Onboarding {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Houses houses;

    @Inject
    Tickets tickets;

    @Inject
    Event<Audited> audit;

    /** A house's board: the active steps and its households (those who moved out last), with their steps. */
    public record Board(House house, List<OnboardingStep> steps, List<Household> households) {
    }

    /** One step's progress in a house: "14 von 18 Haushalten haben Zugang zur Cloud". */
    public record StepProgress(OnboardingStep step, int done, int needsHelp, int notWanted, int households) {

        /** The households the step is for: all but those who do not want it. */
        public int wanted() {
            return households - notWanted;
        }

        /** Done as a share of {@link #wanted()}, 0–100. */
        public int percent() {
            return wanted() == 0 ? 0 : Math.round(100f * done / wanted());
        }
    }

    /** A house's progress over the active steps; households that moved out do not count. */
    public record Progress(House house, int households, List<StepProgress> steps) {
    }

    // ---- the checklist ----

    /** The steps every board shows, in their order. */
    public List<OnboardingStep> steps() {
        return allSteps().stream().filter(s -> !s.retired()).toList();
    }

    /** All steps, retired ones too (for the coordinators' list). */
    public List<OnboardingStep> allSteps() {
        return em.createNamedQuery(OnboardingStep.ALL, OnboardingStep.class).getResultList();
    }

    public OnboardingStep addStep(Account coordinator, String name, String progressText, String article) {
        requireCoordinator(coordinator);
        int last = allSteps().stream().mapToInt(OnboardingStep::position).max().orElse(0);
        var step = new OnboardingStep(name, progressText, article, last + 1);
        em.persist(step);
        audit.fire(new Audited(coordinator.username(), "ONBOARDING_STEP_ADDED", step.name()));
        return step;
    }

    /** Renames a step, changes its words, article or place, or retires it (or brings it back); empty when unknown. */
    public Optional<OnboardingStep> changeStep(Account coordinator, long id, String name, String progressText,
                                               String article, Integer position, boolean retired) {
        requireCoordinator(coordinator);
        return Optional.ofNullable(em.find(OnboardingStep.class, id)).map(step -> {
            step.describe(name, progressText, article, position == null ? step.position() : position);
            step.retire(retired);
            audit.fire(new Audited(coordinator.username(), retired ? "ONBOARDING_STEP_RETIRED" : "ONBOARDING_STEP_CHANGED",
                    step.name()));
            return step;
        });
    }

    private static void requireCoordinator(Account account) {
        if (!account.isCoordinator()) {
            throw new NotPermitted("Only a coordinator changes the checklist");
        }
    }

    // ---- a house's board ----

    /** The house, when the account may work its board. */
    public Optional<House> house(String slug, Account who) {
        return houses.bySlug(slug).filter(h -> mayWork(who, h));
    }

    public static boolean mayWork(Account who, House house) {
        return who != null && who.active() && who.worksFor(house); // worksFor: coordinators every house
    }

    public Optional<Board> board(String slug, Account who) {
        return house(slug, who).map(house -> new Board(house, steps(), em
                .createQuery("select distinct h from Household h left join fetch h.steps where h.house = :house",
                        Household.class)
                .setParameter("house", house).getResultList().stream()
                .sorted(Comparator.comparing(Household::movedOut)
                        .thenComparing(h -> Household.sortKey(h.label())))
                .toList()));
    }

    public Optional<Household> household(long id, Account who) {
        return Optional.ofNullable(em.find(Household.class, id)).filter(h -> mayWork(who, h.house()));
    }

    public Optional<Household> add(String slug, Account who, String label, String firstName, String contact,
                                   boolean agreed) {
        return house(slug, who).map(house -> {
            em.lock(em.merge(house), LockModeType.PESSIMISTIC_WRITE); // two helpers adding the same flat at once: one wins
            var household = new Household(house, label, firstName, contact, agreed, clock.instant());
            requireFreeLabel(house, household.label(), null);
            em.persist(household);
            em.flush();
            audit.fire(new Audited(who.username(), "HOUSEHOLD_ADDED", target(household)));
            return household;
        });
    }

    public Optional<Household> change(long id, Account who, String label, String firstName, String contact,
                                      boolean agreed, LocalDate movedOutOn) {
        return household(id, who).map(household -> {
            var stripped = label == null ? null : label.strip();
            requireFreeLabel(household.house(), stripped, household.id());
            household.describe(label, firstName, contact, agreed);
            household.moveOut(movedOutOn);
            audit.fire(new Audited(who.username(), movedOutOn != null ? "HOUSEHOLD_MOVED_OUT" : "HOUSEHOLD_CHANGED",
                    target(household)));
            return household;
        });
    }

    public boolean remove(long id, Account who) {
        return household(id, who).map(household -> {
            audit.fire(new Audited(who.username(), "HOUSEHOLD_REMOVED", target(household)));
            em.remove(household);
            return true;
        }).orElse(false);
    }

    private void requireFreeLabel(House house, String label, Long except) {
        boolean taken = em.createQuery("select h.id from Household h where h.house = :house and lower(h.label) = :label",
                        Long.class).setParameter("house", house)
                .setParameter("label", label == null ? "" : label.toLowerCase(java.util.Locale.ROOT))
                .getResultStream().anyMatch(found -> !found.equals(except));
        if (taken) {
            throw new RuleViolation("label: %s already has a household \"%s\"".formatted(house.name(), label));
        }
    }

    /**
     * Marks where a household stands on a step, recording who and when. "Needs help" links the ticket given (one of
     * the household's house) or files one for the household in that house, in this same transaction.
     *
     * @param ticketNumber an existing ticket to link, or null
     * @param description  what the household needs help with, for a new ticket (optional)
     */
    public Optional<HouseholdStep> mark(long householdId, long stepId, StepStatus status, String ticketNumber,
                                        String description, Account who) {
        return household(householdId, who).map(household -> {
            // a double tap marks once, never two rows: the second waits here, and its household's steps (not read
            // before this point) are loaded after the first committed. No refresh: within one transaction (demo data
            // marks several steps) it would drop steps marked but not yet written; they are written first.
            em.flush();
            em.lock(household, LockModeType.PESSIMISTIC_WRITE);
            var step = Optional.ofNullable(em.find(OnboardingStep.class, stepId)).filter(s -> !s.retired())
                    .orElseThrow(() -> new InvalidInput("step: no such step on the checklist"));
            String linked = null;
            if (ticketNumber != null && !ticketNumber.isBlank()) {
                linked = tickets.forStaff(ticketNumber.strip(), who)
                        .filter(t -> t.house().id().equals(household.house().id()))
                        .orElseThrow(() -> new InvalidInput("ticket: no request %s in %s"
                                .formatted(ticketNumber.strip(), household.house().name())))
                        .number();
            } else if (status == StepStatus.NEEDS_HELP && household.status(step) != StepStatus.NEEDS_HELP) {
                linked = fileFor(household, step, description, who);
            }
            var entry = household.mark(step, status, who, linked, clock.instant());
            audit.fire(new Audited(who.username(), "ONBOARDING_" + status.name(), target(household) + " " + step.name()
                    + (linked != null ? " " + linked : "")));
            return entry;
        });
    }

    private String fileFor(Household household, OnboardingStep step, String description, Account who) {
        var text = description == null || description.isBlank()
                ? "Der Haushalt %s braucht Hilfe bei „%s“ (Einzugs-Checkliste).".formatted(household.label(), step.name())
                : description.strip();
        var given = Requester.withContact(household.displayName(), household.contact());
        var requester = new Requester(given.name(), given.phone(), given.email(),
                given.door() != null ? given.door() : household.label());
        var filed = tickets.file(household.house(), Category.OTHER, "Einzug: " + step.name() + " – " + household.label(),
                text, requester, "de", who);
        return filed.ticket().number();
    }

    private static String target(Household household) {
        return household.house().slug() + "/household/" + household.id();
    }

    // ---- progress ----

    /** Progress of every house the account may see (coordinators: all), in the order of the houses' names. */
    public List<Progress> progress(Account who) {
        return progress(houses.all().stream().filter(house -> mayWork(who, house)).toList());
    }

    /** One house's progress (its board), counted for that house alone. */
    public Optional<Progress> progress(String slug, Account who) {
        return house(slug, who).map(house -> progress(List.of(house)).getFirst());
    }

    private List<Progress> progress(List<House> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        var ids = shown.stream().map(House::id).toList();
        var steps = steps();
        var counts = new HashMap<Long, Map<Long, Map<StepStatus, Integer>>>();
        em.createQuery("select h.house.id, s.step.id, s.status, count(s) from HouseholdStep s join s.household h "
                        + "where h.movedOutOn is null and h.house.id in :houses group by h.house.id, s.step.id, s.status",
                        Object[].class).setParameter("houses", ids)
                .getResultList().forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .computeIfAbsent((Long) row[1], k -> new HashMap<>())
                        .put((StepStatus) row[2], ((Number) row[3]).intValue()));
        var households = new HashMap<Long, Integer>();
        em.createQuery("select h.house.id, count(h) from Household h where h.movedOutOn is null and h.house.id in :houses "
                        + "group by h.house.id", Object[].class).setParameter("houses", ids)
                .getResultList().forEach(row -> households.put((Long) row[0], ((Number) row[1]).intValue()));
        var result = new ArrayList<Progress>();
        for (var house : shown) {
            int total = households.getOrDefault(house.id(), 0);
            var perStep = counts.getOrDefault(house.id(), Map.of());
            result.add(new Progress(house, total, steps.stream().map(step -> {
                var of = perStep.getOrDefault(step.id(), Map.of());
                return new StepProgress(step, of.getOrDefault(StepStatus.DONE, 0), of.getOrDefault(StepStatus.NEEDS_HELP, 0),
                        of.getOrDefault(StepStatus.NOT_WANTED, 0), total);
            }).toList()));
        }
        return result;
    }
}
