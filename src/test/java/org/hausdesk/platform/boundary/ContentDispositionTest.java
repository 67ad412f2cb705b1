package org.hausdesk.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A resident's file name in a download header can never end the value or add a parameter. */
class ContentDispositionTest {

    @Test
    void charactersWhoseLowByteIsAQuoteOrSemicolonAreEncodedNotTruncated() {
        // U+0122 has the low byte 0x22 ("), U+013B the low byte 0x3B (;): written as Latin-1 they would close the value
        var name = "report\u0122\u013B filename*=UTF-8''evil.html";
        var header = ContentDisposition.attachment(name);
        assertEquals(2, header.chars().filter(c -> c == '"').count(), header);
        assertEquals(2, header.split(";").length - 1, "exactly two parameters: " + header);
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F), "ASCII only: " + header);
        var encoded = header.substring(header.lastIndexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertEquals(name, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @Test
    void umlautsSurviveInTheEncodedNameAndBecomeUnderscoresInThePlainOne() {
        var header = ContentDisposition.inline("Bildschirmfoto Größe.png");
        assertTrue(header.startsWith("inline; filename=\"Bildschirmfoto Gr__e.png\"; "), header);
        assertTrue(header.endsWith("filename*=UTF-8''Bildschirmfoto%20Gr%C3%B6%C3%9Fe.png"), header);
        assertFalse(ContentDisposition.attachment("a\"b\\c;d").contains("a\"b"));
    }
}
