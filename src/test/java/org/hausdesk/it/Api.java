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
    /** The address Hausdesk sees (through X-Forwarded-For, from a trusted proxy): one per client, as in real life. */
    private final String address;

    public Api(URL base) {
        this(base, "10.%d.%d.%d".formatted(RANDOM.nextInt(256), RANDOM.nextInt(256), RANDOM.nextInt(1, 255)));
    }

    public Api(URL base, String address) {
        // through the loopback interface, as a reverse proxy on the same machine would connect (a trusted proxy)
        var local = URI.create(base.toExternalForm());
        this.base = URI.create("http://127.0.0.1:" + local.getPort() + (local.getPath().endsWith("/") ? local.getPath()
                : local.getPath() + "/"));
        this.address = address;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private String origin;

    /** The same client, as a browser showing a page of {@code origin} would send it. */
    public Api fromPageOf(String origin) {
        var api = new Api(toUrl(base), address);
        api.origin = origin;
        return api;
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public URI base() {
        return base;
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

    /** A file, as bytes. */
    public HttpResponse<byte[]> download(String path, As as) {
        try {
            return http.send(request(path, as).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, As as, String json) {
        return send(request(path, as).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** As a reverse proxy forwards it: with the headers it adds, e.g. {@code X-Forwarded-Proto: https}. */
    public Reply viaProxy(String method, String path, String json, String... headers) {
        var body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        var request = request(path, As.ANONYMOUS);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.method(method, body));
    }

    /** Raw bytes, e.g. a body that is not valid UTF-8. */
    public Reply post(String path, As as, byte[] body) {
        return send(request(path, as).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
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
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address);
        if (origin != null) {
            builder.header("Origin", origin);
        }
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

    /**
     * Lets time pass on the server: the test deployment's clock jumps forward (it never goes back, and every test
     * class shares the server), so that nothing waits for real time.
     */
    public void letTimePass(Duration time) {
        post("api/test-clock?forward=" + time, As.ANONYMOUS, "").expect(200);
    }

    /** Runs a background round now ({@code escalation} or {@code outbox}), as its timer would after the time passed. */
    public void runRound(String round) {
        post("api/test-rounds/" + round, As.ANONYMOUS, "").expect(200);
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
