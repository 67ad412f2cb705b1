package org.hausdesk.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the API takes as a body: UTF-8, and JSON as strict as the standard. */
class RequestLimitsTest {

    private static StrictJson.Violation check(String json) {
        return RequestLimits.check(json.getBytes(StandardCharsets.UTF_8), "application/json; charset=UTF-8");
    }

    @Test
    void ordinaryJsonPasses() {
        assertNull(check("{\"subject\":\"Cloud {geht} nicht [so]\",\"tags\":[[1],[2]],\"q\":\"\\\"[[[[\"}"));
        assertNull(check("{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}"));
        assertNull(check("{\"text\":\"Zeile 1\\nZeile 2\\tTab\",\"version\":9223372036854775807,\"x\":-1.5}\n "));
    }

    @Test
    void deepNestingAndInvalidUtf8AreRefused() {
        assertNotNull(check("{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}"));
        assertNotNull(check("{\"a\":" + "[".repeat(100_000)));
        assertNotNull(RequestLimits.check(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                "application/json"));
    }

    @Test
    void anythingButOneObjectIsRefused() {
        assertEquals("request", check("[{\"name\":\"A\"}]").field());
        assertEquals("request", check("\"text\"").field());
        assertNotNull(check("{\"name\":\"A\"} trailing"));
        assertNotNull(check("{\"name\":\"A\"}{\"name\":\"B\"}"));
        assertNotNull(check("{\"name\":\"A\""));
    }

    @Test
    void duplicateNamesOverflowingNumbersAndControlCharactersNameTheirField() {
        assertEquals(new StrictJson.Violation("name", "This field is given twice"),
                check("{\"name\":\"A\",\"subject\":\"x\",\"name\":\"B\"}"));
        assertNull(check("{\"a\":{\"name\":1},\"b\":{\"name\":2}}"), "the same name in two objects is fine");
        assertEquals("version", check("{\"version\":9223372036854775808}").field());
        assertEquals("version", check("{\"version\":-1e400}").field());
        assertEquals("name", check("{\"name\":\"A\\u0000B\"}").field());
        assertEquals("tags", check("{\"tags\":[\"ok\",\"\\u0007\"]}").field());
    }

    @Test
    void otherBodiesAreLeftToTheResourceButMustBeUtf8() {
        assertNull(RequestLimits.check("[1,2]".getBytes(StandardCharsets.UTF_8), "text/plain"));
        assertNull(RequestLimits.check(new byte[0], "application/json"));
        assertNotNull(RequestLimits.check(new byte[] {(byte) 0xFF}, "text/plain"));
    }
}
