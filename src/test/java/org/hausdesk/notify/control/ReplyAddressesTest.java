package org.hausdesk.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyAddressesTest {

    private final ReplyAddresses addresses = new ReplyAddresses("Hilfe@Genossenschaft.example", "a-secret-of-the-server-0123456789");

    @Test
    void aTicketsAddressIsSignedAndReadBack() {
        var address = addresses.forTicket("2026-0042");
        assertTrue(address.matches("hilfe\\+2026-0042\\.[0-9a-f]{16}@genossenschaft\\.example"), address);
        assertEquals(Optional.of(new ReplyAddresses.ToTicket("2026-0042")), addresses.target(address));
        assertEquals(Optional.of(new ReplyAddresses.ToTicket("2026-0042")), addresses.target(address.toUpperCase()),
                "mail servers may change the case");
    }

    @Test
    void aGuessedOrBorrowedSignatureIsForged() {
        var other = addresses.forTicket("2026-0043");
        var borrowed = other.replace("2026-0043", "2026-0042");
        assertEquals(Optional.of(new ReplyAddresses.Forged("2026-0042")), addresses.target(borrowed));
        assertEquals(Optional.of(new ReplyAddresses.Forged("2026-0042")),
                addresses.target("hilfe+2026-0042.0000000000000000@genossenschaft.example"));
        var otherSecret = new ReplyAddresses("hilfe@genossenschaft.example", "another-secret-0123456789-abcdefgh");
        assertNotEquals(otherSecret.forTicket("2026-0042"), addresses.forTicket("2026-0042"));
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
