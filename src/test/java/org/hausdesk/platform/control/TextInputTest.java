package org.hausdesk.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void controlCharactersButTabsAndLineBreaksAreRefused() {
        assertTrue(TextInput.hasControlCharacters("A\u0000B"));
        assertTrue(TextInput.hasControlCharacters("bell\u0007"));
        assertTrue(TextInput.hasControlCharacters("c1\u0085"));
        assertFalse(TextInput.hasControlCharacters("Zeile 1\r\nZeile 2\tmit Tab, Größe, ☺"));
        assertFalse(TextInput.hasControlCharacters(null));
        assertEquals("AB", TextInput.withoutControlCharacters("A\u0000B"));
    }

    @Test
    void encodedControlCharactersInAddressesAreFound() {
        assertTrue(TextInput.hasEncodedControlCharacters("house=%00"));
        assertTrue(TextInput.hasEncodedControlCharacters("/api/tickets/2026-0001%1f"));
        assertTrue(TextInput.hasEncodedControlCharacters("q=%7F"));
        assertTrue(TextInput.hasEncodedControlCharacters("q=%C2%85"));
        assertFalse(TextInput.hasEncodedControlCharacters("q=passwort%20vergessen%0A%C3%A4&house=linden"));
        assertFalse(TextInput.hasEncodedControlCharacters("q=100%25"));
        assertFalse(TextInput.hasEncodedControlCharacters(null));
    }
}
