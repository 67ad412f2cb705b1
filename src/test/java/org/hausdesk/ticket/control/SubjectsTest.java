package org.hausdesk.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The subject helpers see in their queue comes from what the resident wrote first. */
class SubjectsTest {

    @Test
    void theFirstLineIsTheSubject() {
        assertEquals("Der Messenger startet nicht", Subjects.of("  Der Messenger startet nicht\nSeit gestern."));
    }

    @Test
    void aLongFirstLineIsShortenedAtAWord() {
        var subject = Subjects.of("Ich habe seit dem Update auf meinem Handy das Problem, dass die Cloud-App "
                + "beim Hochladen von Fotos immer abstürzt und dann nichts mehr geht");
        assertTrue(subject.length() <= Subjects.LENGTH + 2, subject);
        assertTrue(subject.endsWith(" …"), subject);
        assertTrue(subject.startsWith("Ich habe seit dem Update"), subject);
        assertTrue(!subject.contains("Cloud-Ap …"), "cut inside a word: " + subject);
    }

    @Test
    void theResidentsPageHeadingIsTheSubjectKeptShort() {
        var heading = Subjects.shorten("ich weis nicht wie ich in die videokonferenz von unserem hausrat komme, der "
                + "link tut nix", org.hausdesk.ticket.boundary.ResidentTicketPage.HEADING_LENGTH);
        assertEquals("ich weis nicht wie ich in die videokonferenz von unserem …", heading);
        assertEquals("Kurz und klar", Subjects.shorten("  Kurz \n und   klar ", org.hausdesk.ticket.boundary.ResidentTicketPage.HEADING_LENGTH));
    }
}
