package org.hausdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/** A small HTTP client for the Hausdesk API, as a resident or a signed-in helper would use it. */
public final class Api {

    public static final String TOKEN = "X-Ticket-Token";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    public Api(URL base) {
        this.base = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base + "/");
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public Reply expect(int expected) {
            assertEquals(expected, status, () -> "HTTP status; body was: " + body);
            return this;
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** Who sends a request: nobody, a helper with a password, or a resident with a ticket token. */
    public record As(String authorization, String token) {

        public static final As ANONYMOUS = new As(null, null);

        public static As staff(String username, String password) {
            var credentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
            return new As("Basic " + Base64.getEncoder().encodeToString(credentials), null);
        }

        public static As resident(String token) {
            return new As(null, token);
        }
    }

    public Reply get(String path, As as) {
        return send(request(path, as).GET());
    }

    public Reply post(String path, As as, String json) {
        return send(request(path, as).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, As as, String json) {
        return send(request(path, as).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any other method, without a body (e.g. DELETE). */
    public Reply send(String method, String path, As as) {
        return send(request(path, as).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path, As as) {
        var builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (as.authorization() != null) {
            builder.header("Authorization", as.authorization());
        }
        if (as.token() != null) {
            builder.header(TOKEN, as.token());
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh name, so that every test creates its own houses and accounts and runs against any database state. */
    public static String unique(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    public static As coordinator() {
        return As.staff(System.getProperty("hausdesk.it.admin.username"),
                System.getProperty("hausdesk.it.admin.password"));
    }

    public static String json(Object... keysAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            var key = (String) keysAndValues[i];
            switch (keysAndValues[i + 1]) {
                case null -> builder.addNull(key);
                case String text -> builder.add(key, text);
                case Boolean flag -> builder.add(key, flag);
                case Number number -> builder.add(key, number.longValue());
                case String[] texts -> builder.add(key, Json.createArrayBuilder(java.util.List.of(texts)));
                default -> throw new IllegalArgumentException(keysAndValues[i + 1].toString());
            }
        }
        return builder.build().toString();
    }
}
