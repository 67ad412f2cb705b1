package org.hausdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: German unless the visitor chose English ({@code ?lang=en}, kept in a
 * cookie for a year), and how times are shown (in the cooperative's time zone).
 */
@Named
@RequestScoped
public class Language {

    static final String COOKIE = "hausdesk-lang";
    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("d.M.yyyy, HH:mm");
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    @Inject
    HttpServletRequest request;

    @Inject
    ZoneId zone;

    @Inject
    java.time.Clock clock;

    private String code;

    public String code() {
        if (code == null) {
            code = decide();
        }
        return code;
    }

    public boolean isEnglish() {
        return "en".equals(code());
    }

    public Locale locale() {
        return isEnglish() ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** The other language's code and the address of this page in it. */
    public String other() {
        return isEnglish() ? "de" : "en";
    }

    public String switchUrl() {
        var path = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        var query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (path == null) {
            path = request.getRequestURI();
            query = request.getQueryString();
        }
        if (path.endsWith(".xhtml")) {
            path = request.getContextPath() + "/"; // after a form was sent: the start page
            query = null;
        }
        var kept = new StringBuilder();
        if (query != null) {
            for (var part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    kept.append(part).append('&');
                }
            }
        }
        return path + "?" + kept + "lang=" + other();
    }

    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        var zoned = instant.atZone(zone);
        return (isEnglish() ? ENGLISH_TIME : GERMAN_TIME).format(zoned);
    }

    /** "vor 2 Std.": how long ago something happened. */
    public String ago(Instant instant) {
        return relative(instant, RelativeTime.Kind.AGO);
    }

    /** "seit 3 Tagen": how long something has lasted. */
    public String since(Instant instant) {
        return relative(instant, RelativeTime.Kind.SINCE);
    }

    /** "in 5 Std.": how long until something happens. */
    public String until(Instant instant) {
        return relative(instant, RelativeTime.Kind.IN);
    }

    private String relative(Instant instant, RelativeTime.Kind kind) {
        return instant == null ? "" : RelativeTime.words(java.time.Duration.between(instant, clock.instant()), kind, isEnglish());
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(isEnglish() ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("d.M.yyyy"));
    }

    /** For a value in a link's query, e.g. {@code ?q=#{language.url(query)}}. */
    public String url(String value) {
        return encode(value);
    }

    public static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String decide() {
        var chosen = request.getParameter("lang");
        if ("de".equals(chosen) || "en".equals(chosen)) {
            var faces = FacesContext.getCurrentInstance();
            if (faces != null) {
                faces.getExternalContext().addResponseCookie(COOKIE, chosen, Map.of(
                        "path", request.getContextPath().isEmpty() ? "/" : request.getContextPath(),
                        "maxAge", 365 * 24 * 3600, "httpOnly", true, "SameSite", "Lax"));
            }
            return chosen;
        }
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && ("en".equals(cookie.getValue()) || "de".equals(cookie.getValue()))) {
                    return cookie.getValue();
                }
            }
        }
        return "de";
    }
}
