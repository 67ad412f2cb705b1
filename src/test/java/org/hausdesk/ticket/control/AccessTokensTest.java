package org.hausdesk.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    @Test
    void tokensCarry256RandomBitsAndAreUrlSafe() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var token = AccessTokens.newToken();
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void theStoredHashIsStableAndNotTheToken() {
        var token = AccessTokens.newToken();
        assertEquals(AccessTokens.hash(token), AccessTokens.hash(token));
        assertNotEquals(token, AccessTokens.hash(token));
        assertEquals(64, AccessTokens.hash(token).length());
    }
}
