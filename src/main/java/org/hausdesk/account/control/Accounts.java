package org.hausdesk.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.HousesFit;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.control.Audited;
import org.hausdesk.platform.entity.EmailAddress;
import org.hausdesk.platform.entity.RuleViolation;

/** Helper and coordinator accounts. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audit;

    /** A username as typed (or as the cloud sends it), in the form accounts are stored and compared. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    /** A helper agrees (or no longer agrees) that residents of their houses see their first name. */
    public Account nameToResidents(Account account, boolean agreed) {
        var managed = em.merge(account);
        managed.nameToResidents(agreed);
        return managed;
    }

    /** A helper chooses (or stops) the daily summary e-mail about their houses. */
    public Account chooseDailySummary(Account account, boolean wanted) {
        var managed = em.find(Account.class, account.id());
        managed.chooseDailySummary(wanted);
        return managed;
    }

    /** The first names residents of the house may see: its active helpers who agreed, alphabetically. */
    public List<String> namedHelpersOf(House house) {
        return em.createQuery("select a from Account a join a.houses h where h.id = :house and a.active = true "
                        + "and a.namedToResidents = true and a.role = org.hausdesk.account.entity.Role.HELPER", Account.class)
                .setParameter("house", house.id()).getResultList().stream()
                .map(Account::firstName).sorted().distinct().toList();
    }

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The active account with this e-mail address (case ignored), if exactly one has it. */
    public Optional<Account> activeByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        var found = em.createQuery("select a from Account a where lower(a.email) = :email and a.active = true", Account.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).setMaxResults(2).getResultList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** @param mayPublish whether a helper may publish FAQ articles (coordinators always may) */
    @HousesFit
    public Account create(@NotBlank @Pattern(regexp = Account.USERNAME_RULE) String username,
                          @NotBlank @Size(max = Account.DISPLAY_NAME_MAX) String displayName,
                          @EmailAddress String email,
                          @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password,
                          @NotNull Role role, String language, @NotNull Set<House> houses, boolean mayPublish) {
        if (byUsername(username).isPresent()) {
            throw new RuleViolation("The username '%s' is taken".formatted(username));
        }
        var managedHouses = houses.stream().map(h -> em.find(House.class, h.id())).collect(
                java.util.stream.Collectors.toSet());
        var account = new Account(username, displayName, email == null || email.isBlank() ? null : email.strip(),
                passwords.hash(password), role, language,
                managedHouses, clock.instant());
        account.allowPublishing(mayPublish);
        em.persist(account);
        audit.fire(new Audited(null, "ACCOUNT_CREATED", username + " (" + role + ")"));
        return account;
    }

    /** Every account, by name (for the coordinators' page). */
    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.displayName", Account.class).getResultList();
    }

    /** The active helpers of a house who can be reached by e-mail. */
    public List<Account> reachableHelpersOf(House house) {
        return em.createQuery("select a from Account a join a.houses h where h.id = :house and a.active = true "
                        + "and a.role = :role and a.email is not null order by a.username", Account.class)
                .setParameter("house", house.id())
                .setParameter("role", Role.HELPER)
                .getResultList();
    }

    /** Every active helper of every house who can be reached by e-mail. */
    public List<Account> reachableHelpers() {
        return em.createQuery("select a from Account a where a.active = true and a.role = :role "
                        + "and a.email is not null order by a.username", Account.class)
                .setParameter("role", Role.HELPER)
                .getResultList();
    }

    public long coordinatorCount() {
        return em.createNamedQuery(Account.COUNT_COORDINATORS, Long.class).getSingleResult();
    }
}
