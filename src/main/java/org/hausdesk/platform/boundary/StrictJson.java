package org.hausdesk.platform.boundary;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.hausdesk.platform.control.TextInput;

/**
 * The API takes JSON as the standard (RFC 8259) defines it, and nothing looser: one object per body,
 * nothing after it, each name once per object, numbers a {@code long} can hold, at most
 * {@value #MAX_DEPTH} levels deep, and no control characters in any text. The JSON binding alone
 * would accept an array for an object, let the last of two equal names win, ignore what follows the
 * document, and let a too-large number overflow silently.
 */
final class StrictJson {

    static final int MAX_DEPTH = 32;
    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Made once: {@code Json.createParser} looks for the JSON provider on the class path at every call, reading the
     * jars' indexes (about 3 % of the server's time while residents filed requests from 8 clients). */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    /** What is wrong, and in which field ({@code "request"} for the body as a whole). */
    record Violation(String field, String message) {
    }

    private StrictJson() {
    }

    /** The first thing wrong with the document, or {@code null}. */
    static Violation check(String text) {
        var names = new ArrayDeque<Set<String>>();
        var path = new ArrayDeque<String>();
        String field = "request";
        boolean started = false;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                var event = parser.next();
                if (!started) {
                    started = true;
                    if (event != JsonParser.Event.START_OBJECT) {
                        return new Violation("request", "The request body must be one JSON object");
                    }
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (names.size() >= MAX_DEPTH) {
                            return new Violation(field, "The JSON is nested too deeply (at most %d levels)".formatted(MAX_DEPTH));
                        }
                        names.push(event == JsonParser.Event.START_OBJECT ? new HashSet<>() : Set.of());
                        path.push(field);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        names.pop();
                        field = path.pop();
                        if (names.isEmpty()) {
                            return parser.hasNext() ? new Violation("request", "Nothing may follow the JSON object")
                                    : null;
                        }
                    }
                    case KEY_NAME -> {
                        field = parser.getString();
                        if (TextInput.hasControlCharacters(field)) {
                            return new Violation("request", "A field name contains control characters");
                        }
                        if (!names.peek().add(field)) {
                            return new Violation(field, "This field is given twice");
                        }
                    }
                    case VALUE_STRING -> {
                        if (TextInput.hasControlCharacters(parser.getString())) {
                            return new Violation(field, "Control characters are not allowed");
                        }
                    }
                    case VALUE_NUMBER -> {
                        var number = parser.getBigDecimal();
                        if (number.compareTo(MIN) < 0 || number.compareTo(MAX) > 0) {
                            return new Violation(field, "The number is too large");
                        }
                    }
                    default -> {
                    }
                }
            }
            return new Violation("request", started ? "The JSON object is incomplete" : "The request body is empty");
        } catch (JsonParsingException e) {
            return new Violation(field, "The request body is not valid JSON");
        } catch (RuntimeException e) {
            return new Violation(field, "The request body is not valid JSON");
        }
    }
}
