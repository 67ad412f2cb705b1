package org.hausdesk.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyAddressesTest {

    private static final String ERIKA = "erika@example.org";
    private static final String ANNA = "anna@helfer.example.org";

    private final ReplyAddresses addresses = new ReplyAddresses("Hilfe@Genossenschaft.example", "a-secret-of-the-server-0123456789");

    private ReplyAddresses.ToTicket ticket(String address) {
        return (ReplyAddresses.ToTicket) addresses.target(address).orElseThrow();
    }

    @Test
    void aTicketsAddressIsSignedForItsRecipientAndReadBack() {
        var address = addresses.forTicket("2026-0042", ERIKA);
        assertTrue(address.matches("hilfe\\+2026-0042\\.[0-9a-f]{16}@genossenschaft\\.example"), address);
        assertEquals("2026-0042", ticket(address).number());
        assertTrue(addresses.signedFor(ticket(address), ERIKA));
        assertTrue(addresses.signedFor(ticket(address.toUpperCase()), "Erika@Example.org"), "mail servers may change the case");
    }

    @Test
    void aSignatureIsValidOnlyForItsTicketAndItsRecipient() {
        var erikas = addresses.forTicket("2026-0042", ERIKA);
        assertFalse(addresses.signedFor(ticket(erikas), ANNA), "the resident cannot answer in the helper's name");
        assertFalse(addresses.signedFor(ticket(erikas), "nachbar@example.org"), "nor whoever she forwarded it to");
        var borrowed = addresses.forTicket("2026-0043", ERIKA).replace("2026-0043", "2026-0042");
        assertFalse(addresses.signedFor(ticket(borrowed), ERIKA), "a signature of another ticket");
        assertFalse(addresses.signedFor(ticket("hilfe+2026-0042.0000000000000000@genossenschaft.example"), ERIKA));
        assertFalse(addresses.signedFor(ticket(erikas), null));
        var otherSecret = new ReplyAddresses("hilfe@genossenschaft.example", "another-secret-0123456789-abcdefgh");
        assertNotEquals(otherSecret.forTicket("2026-0042", ERIKA), erikas);
    }

    @Test
    void houseAndGeneralAddressesAndStrangers() {
        assertEquals(Optional.of(new ReplyAddresses.ToHouse("linden")), addresses.target("hilfe+linden@genossenschaft.example"));
        assertEquals(Optional.of(new ReplyAddresses.General()), addresses.target("hilfe@genossenschaft.example"));
        assertEquals(Optional.empty(), addresses.target("hilfe@andere.example"));
        assertEquals(Optional.empty(), addresses.target("jemand@genossenschaft.example"));
        assertEquals(Optional.of(new ReplyAddresses.General()), addresses.target("hilfe+Ä!@genossenschaft.example"));
    }
}
