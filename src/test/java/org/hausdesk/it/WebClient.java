package org.hausdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the pages over plain HTTP: its own cookies, redirects not
 * followed, forms sent from the page's own origin (or another one, to test forged requests).
 */
final class WebClient {

    final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URL base;
    /** The address Hausdesk sees (through X-Forwarded-For, from a trusted proxy), or the connection's. */
    private final String address;

    WebClient(URL base) {
        this(base, null);
    }

    /**
     * A client at {@code address}: it connects through the loopback interface, as a reverse proxy on
     * the same machine would (a trusted proxy), and names its address in X-Forwarded-For.
     */
    WebClient(URL base, String address) {
        this.base = address == null ? base : loopback(base);
        this.address = address;
    }

    private static URL loopback(URL base) {
        try {
            return java.net.URI.create("http://127.0.0.1:" + base.getPort() + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String origin(URL base) {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    static URI uri(URL base, String path) {
        return URI.create(origin(base) + (path.startsWith("/") ? path : "/" + path));
    }

    /** The anti-forgery token in a page's forms ("" without a session). */
    static String csrf(String page) {
        var matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"").matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** A Faces form: the fields given, and the stateless view's marker. */
    static Map<String, String> form(String... keysAndValues) {
        var form = new LinkedHashMap<String, String>();
        form.put("jakarta.faces.ViewState", "stateless");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(base, path)).GET());
    }

    /** Any method without a body, e.g. PUT or DELETE on a page's address. */
    HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(base, path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> post(String path, Map<String, String> form, String origin) {
        var body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(base, path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, origin(base));
    }

    String session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("HAUSDESK_SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (address != null) {
                request.header("X-Forwarded-For", address);
            }
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
