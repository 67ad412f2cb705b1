package org.hausdesk.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    private static String check(String json) {
        return RequestLimits.check(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ordinaryJsonPasses() {
        assertNull(check("{\"subject\":\"Cloud {geht} nicht [so]\",\"tags\":[[1],[2]],\"q\":\"\\\"[[[[\"}"));
        assertNull(check("[".repeat(32) + "]".repeat(32)));
    }

    @Test
    void deepNestingAndInvalidUtf8AreRefused() {
        assertNotNull(check("[".repeat(33) + "]".repeat(33)));
        assertNotNull(check("{\"a\":" + "[".repeat(100_000)));
        assertNotNull(RequestLimits.check(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    }
}
