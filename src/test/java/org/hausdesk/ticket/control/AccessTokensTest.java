package org.hausdesk.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    @Test
    void accessCodesCarry60RandomBitsWithoutLookAlikes() {
        assertEquals(32, AccessTokens.ALPHABET.length(), "5 bits a character, 12 characters: 60 bits");
        for (var lookAlike : new String[] {"0", "O", "1", "I"}) {
            assertTrue(AccessTokens.ALPHABET.indexOf(lookAlike) < 0, lookAlike);
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var code = AccessTokens.newToken();
            assertTrue(code.matches("[23456789A-HJ-NP-Z]{12}"), code);
            assertTrue(seen.add(code));
        }
    }

    @Test
    void aCodeIsComparedWithoutCaseSpacesOrDashes() {
        var code = "K7M4Q2XP9D4F";
        assertEquals("K7M4-Q2XP-9D4F", AccessTokens.display(code));
        for (var typed : new String[] {"K7M4-Q2XP-9D4F", "k7m4 q2xp 9d4f", " k7m4-q2xp-9D4F ", "K7M4 – Q2XP – 9D4F"}) {
            assertEquals(AccessTokens.hash(code), AccessTokens.hash(typed), typed);
        }
        assertNotEquals(AccessTokens.hash(code), AccessTokens.hash("K7M4Q2XP9D4E"));
    }

    @Test
    void linkTokensCarry256RandomBitsAndStayCaseSensitive() {
        var token = AccessTokens.newLinkToken();
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertNotEquals(AccessTokens.hash(token), AccessTokens.hash(token.toLowerCase()));
        assertEquals(token, AccessTokens.display(token));
    }

    @Test
    void theStoredHashIsStableAndNotTheToken() {
        var token = AccessTokens.newToken();
        assertEquals(AccessTokens.hash(token), AccessTokens.hash(token));
        assertNotEquals(token, AccessTokens.hash(token));
        assertEquals(64, AccessTokens.hash(token).length());
    }
}
