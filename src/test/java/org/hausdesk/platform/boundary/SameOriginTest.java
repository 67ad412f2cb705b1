package org.hausdesk.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void originsAreComparedWithoutDefaultPortsAndCase() {
        assertEquals("https://hilfe.example", SameOrigin.origin("HTTPS://Hilfe.Example:443"));
        assertEquals("http://localhost:8080", SameOrigin.origin("http://localhost:8080/"));
        assertNull(SameOrigin.origin("null"));
        assertNull(SameOrigin.origin("file:///tmp/x.html"));
        assertNull(SameOrigin.origin("http://[broken"));
    }
}
