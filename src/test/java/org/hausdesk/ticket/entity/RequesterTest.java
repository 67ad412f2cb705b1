package org.hausdesk.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How a resident is reached decides what they are promised (an e-mail only when there is an address). */
class RequesterTest {

    @Test
    void eMailFirstThenACallThenTheDoorOtherwiseOnlyTheLink() {
        assertEquals(Requester.Reach.EMAIL, new Requester("A", "030 1", "a@example.org", "Whg. 1").reach());
        assertEquals(Requester.Reach.PHONE, new Requester("A", "030 1", null, "Whg. 1").reach());
        assertEquals(Requester.Reach.DOOR, new Requester("A", " ", null, "Whg. 2.3, bitte klingeln").reach());
        assertEquals(Requester.Reach.LINK_ONLY, new Requester("A", null, null, "  ").reach());
        assertNull(new Requester("A", null, null, "  ").door());
        assertEquals("a@example.org", new Requester("A", "030 1", "a@example.org", "Whg. 1").contact());
        assertEquals("030 1", new Requester("A", "030 1", null, "Whg. 1").contact());
        assertEquals("Whg. 2.3", new Requester("A", null, null, "Whg. 2.3").contact());
        assertNull(new Requester("A", null, null, null).contact());
    }
}
