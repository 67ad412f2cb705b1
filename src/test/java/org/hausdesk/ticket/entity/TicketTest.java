package org.hausdesk.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.hausdesk.account.entity.Account;
import org.hausdesk.account.entity.Role;
import org.hausdesk.house.entity.House;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.NotPermitted;
import org.hausdesk.platform.entity.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketTest {

    private static final Instant FILED = Instant.parse("2026-11-28T09:00:00Z");

    private final Clock clock = Clock.fixed(FILED, ZoneOffset.UTC);
    private final House linden = new House("linden", "Lindenstraße 12", FILED);
    private final House muehlbach = new House("muehlbach", "Am Mühlbach 3", FILED);
    private final Account anna = helper("anna", linden);
    private final Account ben = helper("ben", linden);
    private final Account carla = helper("carla", muehlbach);
    private final Account coordinator = new Account("koordination", "Koordination", null, "hash", Role.COORDINATOR,
            "de", Set.of(), FILED);

    private Ticket ticket;

    @BeforeEach
    void file() {
        ticket = new Ticket("2026-0001", linden, Category.MESSENGER, "Messenger geht nicht",
                "Die App startet nicht.", new Requester("Frau Maier", " ", null), "de", null, "hash", clock.instant());
    }

    private static Account helper(String name, House house) {
        return new Account(name, name.substring(0, 1).toUpperCase() + name.substring(1), null, "hash", Role.HELPER,
                "de", Set.of(house), FILED);
    }

    private Instant later(int minutes) {
        return clock.instant().plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aFiledTicketIsNewUnclaimedAndKeepsOnlyGivenContactData() {
        assertEquals(TicketState.NEW, ticket.state());
        assertNull(ticket.assignee());
        assertEquals(Priority.NORMAL, ticket.priority());
        assertNull(ticket.requester().phone(), "a blank phone number is no phone number");
        assertEquals(FILED, ticket.createdAt());
    }

    @Test
    void claimingMakesTheHelperAssigneeAndStartsWork() {
        ticket.claim(anna, later(5));

        assertEquals(anna, ticket.assignee());
        assertEquals(TicketState.IN_PROGRESS, ticket.state());
        assertEquals(later(5), ticket.updatedAt());
    }

    @Test
    void claimingAgainByTheSameHelperChangesNothing() {
        ticket.claim(anna, later(5));
        ticket.claim(anna, later(6));

        assertEquals(anna, ticket.assignee());
    }

    @Test
    void aClaimedTicketCannotBeClaimedByAnotherHelperAndTheRefusalNamesTheAssignee() {
        ticket.claim(anna, later(5));

        var refused = assertThrows(RuleViolation.class, () -> ticket.claim(ben, later(6)));
        assertTrue(refused.getMessage().contains("Anna"), refused.getMessage());
        assertEquals(anna, ticket.assignee());
    }

    @Test
    void aHelperOfAnotherHouseCannotClaimReplyOrNote() {
        assertThrows(NotPermitted.class, () -> ticket.claim(carla, later(1)));
        assertThrows(NotPermitted.class, () -> ticket.replyAsHelper(carla, "Hallo", false, later(1)));
        assertThrows(NotPermitted.class, () -> ticket.addNote(carla, "Notiz", later(1)));
        assertNull(ticket.assignee());
        assertTrue(ticket.entries().isEmpty());
    }

    @Test
    void aCoordinatorWorksForEveryHouse() {
        ticket.claim(coordinator, later(1));

        assertEquals(coordinator, ticket.assignee());
    }

    @Test
    void aHelperReplyToAnUnclaimedTicketClaimsIt() {
        ticket.replyAsHelper(ben, "Ich schaue mir das an.", false, later(3));

        assertEquals(ben, ticket.assignee());
        assertEquals(TicketState.IN_PROGRESS, ticket.state());
        assertEquals(1, ticket.publicEntries().size());
    }

    @Test
    void askingBackMakesTheTicketWaitAndTheResidentsAnswerReopensIt() {
        ticket.replyAsHelper(anna, "Welches Handy haben Sie?", true, later(3));
        assertEquals(TicketState.WAITING, ticket.state());

        ticket.replyAsResident("Ein Samsung.", later(30));

        assertEquals(TicketState.IN_PROGRESS, ticket.state());
        var last = ticket.entries().getLast();
        assertTrue(last.byResident());
        assertEquals("Frau Maier", last.authorName());
    }

    @Test
    void aResidentsReplyReopensASolvedOrClosedTicket() {
        ticket.claim(anna, later(1));
        ticket.changeState(anna, TicketState.SOLVED, later(2));
        ticket.replyAsResident("Geht leider immer noch nicht.", later(60));
        assertEquals(TicketState.IN_PROGRESS, ticket.state());

        ticket.changeState(anna, TicketState.CLOSED, later(70));
        ticket.replyAsResident("Jetzt wieder kaputt.", later(80));
        assertEquals(TicketState.IN_PROGRESS, ticket.state());
        assertEquals(anna, ticket.assignee());
    }

    @Test
    void aResidentsReplyToANewTicketLeavesItNew() {
        ticket.replyAsResident("Noch eine Ergänzung.", later(5));

        assertEquals(TicketState.NEW, ticket.state());
    }

    @Test
    void internalNotesNeverReachThePublicConversationNorChangeTheState() {
        ticket.claim(anna, later(1));
        ticket.addNote(anna, "Vermutlich altes Android.", later(2));
        ticket.replyAsHelper(anna, "Ich melde mich.", false, later(3));

        assertEquals(2, ticket.entries().size());
        assertEquals(1, ticket.publicEntries().size());
        assertFalse(ticket.publicEntries().stream().anyMatch(e -> e.kind() == EntryKind.NOTE));
        assertEquals(TicketState.IN_PROGRESS, ticket.state());
    }

    @Test
    void emptyMessagesAreRefused() {
        assertThrows(InvalidInput.class, () -> ticket.replyAsResident("   ", later(1)));
        assertThrows(InvalidInput.class, () -> ticket.addNote(anna, "", later(1)));
    }

    @Test
    void onlyTheAssigneeOrACoordinatorChangesTheStateOfAClaimedTicket() {
        ticket.claim(anna, later(1));

        assertThrows(NotPermitted.class, () -> ticket.changeState(ben, TicketState.SOLVED, later(2)));
        assertEquals(TicketState.IN_PROGRESS, ticket.state());

        ticket.changeState(coordinator, TicketState.SOLVED, later(3));
        assertEquals(TicketState.SOLVED, ticket.state());
    }

    @Test
    void movingAnUnclaimedTicketToInProgressClaimsIt() {
        ticket.changeState(ben, TicketState.IN_PROGRESS, later(1));

        assertEquals(ben, ticket.assignee());
    }

    @ParameterizedTest
    @EnumSource(TicketState.class)
    void noStateChangeLeadsBackToNew(TicketState from) {
        assertFalse(from.successors().contains(TicketState.NEW));
    }

    @Test
    void forbiddenTransitionsAreRefusedAndChangeNothing() {
        ticket.claim(anna, later(1));
        ticket.changeState(anna, TicketState.SOLVED, later(2));

        assertThrows(RuleViolation.class, () -> ticket.changeState(anna, TicketState.WAITING, later(3)));
        assertEquals(TicketState.SOLVED, ticket.state());
        assertEquals(later(2), ticket.updatedAt());
    }

    @Test
    void theResidentClosesASolvedTicketByConfirming() {
        ticket.claim(anna, later(1));
        assertThrows(RuleViolation.class, () -> ticket.confirmSolved(later(2)));

        ticket.changeState(anna, TicketState.SOLVED, later(3));
        ticket.confirmSolved(later(4));

        assertEquals(TicketState.CLOSED, ticket.state());
    }

    @Test
    void aClosedTicketTakesNoHelperReplyOrClaimUntilReopened() {
        ticket.claim(anna, later(1));
        ticket.changeState(anna, TicketState.CLOSED, later(2));

        assertThrows(RuleViolation.class, () -> ticket.replyAsHelper(anna, "Noch was", false, later(3)));
        ticket.changeState(anna, TicketState.IN_PROGRESS, later(4));
        ticket.replyAsHelper(anna, "Noch was", false, later(5));
        assertEquals(1, ticket.publicEntries().size());
    }

    @Test
    void escalatingNeedsAReasonLetsTheAssigneeGoAndOpensTheTicketToEveryHouse() {
        ticket.claim(anna, later(1));
        assertFalse(ticket.mayBeWorkedBy(carla));
        assertThrows(InvalidInput.class, () -> ticket.escalate(anna, " ", later(2)));

        ticket.escalate(anna, "Ich kenne mich mit iPhones nicht aus", later(2));

        assertEquals(Escalation.SHARED, ticket.escalation());
        assertNull(ticket.assignee());
        assertEquals(TicketState.NEW, ticket.state());
        assertTrue(ticket.mayBeWorkedBy(carla), "every helper may work on a shared ticket");
        assertTrue(ticket.mayBeWorkedBy(anna), "the house's helpers keep seeing it");
        var escalated = ticket.timeline().getLast();
        assertEquals(TicketEventType.ESCALATED, escalated.type());
        assertEquals("Ich kenne mich mit iPhones nicht aus", escalated.detail());
        assertFalse(escalated.isPublic(), "the reason is for helpers only");
        assertThrows(RuleViolation.class, () -> ticket.escalate(anna, "nochmal", later(3)));
    }

    @Test
    void aHelperOfAnotherHouseTakesASharedTicketAndKeepsItUntilHandedBack() {
        ticket.escalate(anna, "Keine Zeit diese Woche", later(1));
        ticket.claim(carla, later(2));
        assertEquals(carla, ticket.assignee());
        assertTrue(ticket.mayBeWorkedBy(carla));

        ticket.handBack(carla, "Doch lieber vor Ort", later(3));

        assertEquals(Escalation.HOUSE, ticket.escalation());
        assertNull(ticket.assignee(), "a helper of another house lets go");
        assertEquals(TicketState.NEW, ticket.state());
        assertFalse(ticket.mayBeWorkedBy(carla));
        assertThrows(RuleViolation.class, () -> ticket.handBack(anna, null, later(4)));
    }

    @Test
    void handingBackKeepsAnAssigneeOfTheHouse() {
        ticket.escalate(anna, "Bitte um Rat", later(1));
        ticket.claim(ben, later(2));
        ticket.handBack(ben, null, later(3));

        assertEquals(ben, ticket.assignee());
        assertEquals(TicketState.IN_PROGRESS, ticket.state());
    }

    @Test
    void automaticEscalationHappensOnceAndOnlyForUnclaimedNewTickets() {
        assertTrue(ticket.waitsUnclaimedSince(later(0)));
        assertFalse(ticket.waitsUnclaimedSince(FILED.minusSeconds(1)), "filed after the cutoff: not yet due");

        assertTrue(ticket.escalateAutomatically("Seit 24 Stunden nicht übernommen", later(24 * 60)));
        assertEquals(Escalation.SHARED, ticket.escalation());
        assertEquals(TicketEvent.SYSTEM, ticket.timeline().getLast().actorName());

        ticket.claim(carla, later(24 * 60 + 1));
        ticket.handBack(anna, null, later(24 * 60 + 2));
        assertFalse(ticket.waitsUnclaimedSince(later(48 * 60)));
        assertFalse(ticket.escalateAutomatically("nochmal", later(48 * 60)), "never twice for the same ticket");
        assertEquals(1, ticket.timeline().stream().filter(e -> e.type() == TicketEventType.ESCALATED).count());
    }

    @Test
    void aClaimedTicketIsNotEscalatedAutomatically() {
        ticket.claim(anna, later(1));

        assertFalse(ticket.escalateAutomatically("zu spät", later(24 * 60)));
        assertEquals(Escalation.HOUSE, ticket.escalation());
    }

    @Test
    void theTimelineRecordsWhoDidWhatAndTheResidentSeesOnlyThePublicPart() {
        ticket.claim(anna, later(1));
        ticket.addNote(anna, "intern", later(2));
        ticket.replyAsHelper(anna, "Welches Handy?", true, later(3));
        ticket.replyAsResident("Samsung", later(4));
        ticket.escalate(anna, "Android kenne ich nicht", later(5));
        ticket.claim(carla, later(6));
        ticket.changeState(carla, TicketState.SOLVED, later(7));
        ticket.replyAsResident("Geht doch nicht", later(8));

        var types = ticket.timeline().stream().map(TicketEvent::type).toList();
        assertEquals(java.util.List.of(TicketEventType.FILED, TicketEventType.CLAIMED, TicketEventType.NOTED,
                TicketEventType.ASKED_BACK, TicketEventType.RESIDENT_REPLIED, TicketEventType.ESCALATED,
                TicketEventType.CLAIMED, TicketEventType.SOLVED, TicketEventType.RESIDENT_REPLIED,
                TicketEventType.REOPENED), types);
        assertEquals("Carla", ticket.timeline().get(6).actorName());
        assertEquals(later(6), ticket.timeline().get(6).createdAt());
        var residentSees = ticket.publicTimeline().stream().map(TicketEvent::type).toList();
        assertFalse(residentSees.contains(TicketEventType.NOTED));
        assertFalse(residentSees.contains(TicketEventType.ESCALATED));
        assertTrue(residentSees.contains(TicketEventType.SOLVED));
    }

    @Test
    void newEventsAreHandedOutOnce() {
        ticket.takeNewEvents();
        ticket.claim(anna, later(1));

        assertEquals(1, ticket.takeNewEvents().size());
        assertTrue(ticket.takeNewEvents().isEmpty());
    }

    @Test
    void aHelperFilingForAResidentIsRecordedAndMustWorkForTheHouse() {
        var filed = new Ticket("2026-0002", linden, Category.CLOUD_FILES, "Telefonat", "Cloud voll",
                new Requester("Herr Alt", "030 1", null), "de", ben, "hash2", clock.instant());
        assertEquals(ben, filed.filedBy());
        assertEquals("Ben", filed.timeline().getFirst().actorName());

        assertThrows(NotPermitted.class, () -> new Ticket("2026-0003", linden, Category.OTHER, "x", "y",
                new Requester("Herr Alt", null, null), "de", carla, "hash3", clock.instant()));
    }

    @Test
    void onlyTheHashOfTheRightTokenIsAccepted() {
        assertTrue(ticket.acceptsToken("hash"));
        assertFalse(ticket.acceptsToken("hasH"));
        assertFalse(ticket.acceptsToken(null));
        ticket.addToken("second", later(1));
        assertTrue(ticket.acceptsToken("second"), "each e-mail may carry a link of its own");
    }

    // "what needs me?": the queue's signs

    @Test
    void aNewTicketNeedsAnAnswerFromFilingOnButHasNoNewReply() {
        assertTrue(ticket.needsAnswer());
        assertEquals(FILED, ticket.awaitingSince());
        assertFalse(ticket.hasNewReply(), "the description is not an answer");
    }

    @Test
    void aHelpersAnswerEndsTheWaitAndTheResidentsNextMessageIsANewReply() {
        ticket.replyAsHelper(anna, "Bitte die App neu installieren.", false, later(10));
        assertFalse(ticket.needsAnswer());
        assertNull(ticket.awaitingSince());

        ticket.replyAsResident("Hat nicht geholfen.", later(60));
        assertTrue(ticket.needsAnswer());
        assertTrue(ticket.hasNewReply());
        assertEquals(later(60), ticket.awaitingSince());

        ticket.replyAsResident("Jetzt kommt eine Fehlermeldung.", later(90));
        assertEquals(later(60), ticket.awaitingSince(), "waiting since the first unanswered message");

        ticket.replyAsHelper(anna, "Ich komme vorbei.", false, later(120));
        assertFalse(ticket.hasNewReply());
        assertFalse(ticket.needsAnswer());
    }

    @Test
    void anInternalNoteIsNoAnswerToTheResident() {
        ticket.claim(anna, later(5));
        ticket.addNote(anna, "Rufe morgen an.", later(6));
        assertTrue(ticket.needsAnswer(), "claiming or noting does not answer the resident");
    }

    @Test
    void aQuestionBackWaitsForTheResidentNotForAHelper() {
        ticket.replyAsHelper(anna, "Welches Telefon haben Sie?", true, later(10));
        assertEquals(TicketState.WAITING, ticket.state());
        assertFalse(ticket.needsAnswer());
        ticket.replyAsResident("Ein Fairphone.", later(30));
        assertTrue(ticket.hasNewReply());
        assertEquals(TicketState.IN_PROGRESS, ticket.state());
    }

    @Test
    void settingATicketToWaitingByHandMeansTheResidentIsAskedNotWaiting() {
        ticket.claim(anna, later(1));
        ticket.changeState(anna, TicketState.WAITING, later(2));
        assertFalse(ticket.needsAnswer());
        ticket.replyAsResident("Hier ist die Antwort.", later(3));
        assertTrue(ticket.hasNewReply());
    }

    @Test
    void aSolvedTicketNeedsNothingUntilTheResidentWritesAgain() {
        ticket.replyAsHelper(anna, "Bitte neu starten.", false, later(10));
        ticket.replyAsResident("Geht immer noch nicht.", later(20));
        ticket.changeState(anna, TicketState.SOLVED, later(30));
        assertFalse(ticket.needsAnswer(), "solved without a last answer: nothing to answer any more");
        ticket.replyAsResident("Doch nicht gelöst.", later(40));
        assertTrue(ticket.hasNewReply());
        assertTrue(ticket.state().isOpen());
    }

    @Test
    void onlyAnUnclaimedNewTicketOfTheHouseQueueHasAnEscalationCountdown() {
        var delay = Duration.ofHours(24);
        assertEquals(FILED.plus(delay), ticket.escalatesAt(delay));
        ticket.claim(anna, later(5));
        assertNull(ticket.escalatesAt(delay), "claimed: it stays");

        var other = new Ticket("2026-0002", linden, Category.MESSENGER, "Login", "Passwort vergessen",
                new Requester("Herr Berg", null, null), "de", null, "hash2", FILED);
        other.escalate(anna, "Ich bin verreist", later(1));
        assertNull(other.escalatesAt(delay), "already in the shared queue");
        other.handBack(carla, null, later(2));
        assertEquals(FILED.plus(delay), other.escalatesAt(delay), "back in the house queue and still new");
        assertTrue(other.escalateAutomatically("zu lange", later(3)));
        other.handBack(anna, null, later(4));
        assertNull(other.escalatesAt(delay), "Hausdesk escalates a ticket once only");
    }
}
