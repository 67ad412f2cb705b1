package org.hausdesk.onboarding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.InvalidInput;
import org.junit.jupiter.api.Test;

/** What a household entry may hold, and how steps record who helped and when. */
class HouseholdTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final House linden = new House("linden", "Lindenstraße 12", NOW);
    private final Account anna = new Account("anna", "Anna Helferin", null, "hash", Role.HELPER, "de", Set.of(linden), NOW);

    @Test
    void aLabelIsEnoughAndNameOrContactNeedTheHouseholdsAgreement() {
        var plain = new Household(linden, "  Whg. 2.3 ", null, " ", false, NOW);
        assertEquals("Whg. 2.3", plain.label());
        assertNull(plain.contact());
        assertThrows(InvalidInput.class, () -> new Household(linden, "Whg. 2.3", "Anna", null, false, NOW));
        assertThrows(InvalidInput.class, () -> new Household(linden, "Whg. 2.3", null, "0170 123456", false, NOW));
        assertThrows(InvalidInput.class, () -> new Household(linden, " ", null, null, false, NOW));
        assertThrows(InvalidInput.class, () -> new Household(linden, "x".repeat(41), null, null, false, NOW));
        assertThrows(InvalidInput.class, () -> new Household(linden, "Whg. 1", "x".repeat(61), null, true, NOW));
        // a contact is a phone number or an e-mail address, as a request's would be ("needs help" files one with it)
        assertThrows(InvalidInput.class, () -> new Household(linden, "Whg. 2.3", "Anna", "anna@", true, NOW));
        assertThrows(InvalidInput.class, () -> new Household(linden, "Whg. 2.3", "Anna", "bitte klingeln", true, NOW));
        var listed = new Household(linden, "Whg. 2.3", "Anna", "anna@example.org", true, NOW);
        assertEquals("Anna (Whg. 2.3)", listed.displayName());
        // withdrawing the agreement means name and contact go too
        assertThrows(InvalidInput.class, () -> listed.describe("Whg. 2.3", "Anna", "anna@example.org", false));
        listed.describe("Whg. 2.3", null, null, false);
        assertNull(listed.firstName());
        assertEquals("Whg. 2.3", listed.displayName());
    }

    @Test
    void aStepRemembersWhoChangedItWhenAndTheTicketOfItsNeed() {
        var household = new Household(linden, "Whg. 2.3", null, null, false, NOW);
        var cloud = new OnboardingStep("Cloud-Konto angelegt", "haben Zugang zur Cloud", "passwort-aendern", 1);
        var chat = new OnboardingStep("Im Chatraum", null, null, 2);
        assertEquals(StepStatus.OPEN, household.status(cloud), "a step nobody touched is open");
        household.mark(cloud, StepStatus.NEEDS_HELP, anna, "2026-0042", NOW);
        var done = household.mark(cloud, StepStatus.DONE, anna, null, NOW.plusSeconds(60));
        assertEquals(StepStatus.DONE, household.status(cloud));
        assertEquals(anna, done.changedBy());
        assertEquals(NOW.plusSeconds(60), done.changedAt());
        assertEquals("2026-0042", done.ticketNumber(), "the ticket of the need stays linked");
        assertEquals(1, household.steps().size(), "one entry per step, changed in place");
        assertEquals(StepStatus.OPEN, household.status(chat));
        assertEquals("haben „Im Chatraum“ erledigt", chat.progressText(), "words for the progress when none are given");
        assertTrue(new OnboardingStep("x".repeat(100), null, null, 3).progressText().length() <= OnboardingStep.NAME_MAX,
                "a long name still gives words that fit");
    }

    @Test
    void stepsNeedANameAndArticlesAreSlugs() {
        assertThrows(InvalidInput.class, () -> new OnboardingStep(" ", null, null, 1));
        assertThrows(InvalidInput.class, () -> new OnboardingStep("Drucker", null, "Kein Slug!", 1));
        assertNull(new OnboardingStep("Drucker", null, " ", 1).articleSlug());
    }

    @Test
    void theContactFindsTheHouseholdByAddressOrByTheDigitsOfItsNumber() {
        var byMail = new Household(linden, "Whg. 1", "Ben", "Ben@Example.org", true, NOW);
        var byPhone = new Household(linden, "Whg. 2", "Carla", "0170 / 123 456", true, NOW);
        assertTrue(byMail.reachedAt("ben@example.org", null));
        assertFalse(byMail.reachedAt(null, "0170123456"));
        assertTrue(byPhone.reachedAt(null, "0170-123456"));
        assertFalse(byPhone.reachedAt(null, "123"), "too few digits find nobody");
        assertFalse(byPhone.reachedAt("carla@example.org", null));
    }

    @Test
    void labelsSortAsPeopleReadThem() {
        var labels = List.of("Whg. 2.10", "Whg. 10.1", "Whg. 2.9", "Whg. 1.1", "Dachgeschoss");
        var sorted = labels.stream().sorted(Comparator.comparing(Household::sortKey)).toList();
        assertEquals(List.of("Dachgeschoss", "Whg. 1.1", "Whg. 2.9", "Whg. 2.10", "Whg. 10.1"), sorted);
    }
}
