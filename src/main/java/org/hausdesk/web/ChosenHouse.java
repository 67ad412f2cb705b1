package org.hausdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The house a resident chose on the FAQ page ({@code ?haus=<slug>}), kept in a cookie for a year so that they pick it
 * once: search, suggestions and the FAQ list then show that house's own articles too. An empty {@code ?haus=} forgets
 * it. Residents have no account, so this is a choice, not an access right: house articles are meant for one house's
 * residents, never secret (the README says so).
 */
@Named
@RequestScoped
public class ChosenHouse {

    static final String COOKIE = "hausdesk-haus";
    /** What a cookie or link may carry: a slug-shaped word, nothing to escape. Unknown houses simply match nothing. */
    private static final Pattern SLUG_SHAPED = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Inject
    HttpServletRequest request;

    private boolean decided;
    private String slug;

    /** The chosen house's slug, or null. */
    public String slug() {
        if (!decided) {
            decided = true;
            slug = decide();
        }
        return slug;
    }

    private String decide() {
        var asked = request.getParameter("haus");
        if (asked != null) {
            var value = asked.strip();
            var valid = SLUG_SHAPED.matcher(value).matches();
            remember(valid ? value : "", valid ? 365 * 24 * 3600 : 0);
            return valid ? value : null;
        }
        if (request.getCookies() != null) {
            for (var cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && SLUG_SHAPED.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private void remember(String value, int maxAge) {
        var faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().addResponseCookie(COOKIE, value, Map.of(
                    "path", request.getContextPath().isEmpty() ? "/" : request.getContextPath(),
                    "maxAge", maxAge, "httpOnly", true, "SameSite", "Lax"));
        }
    }
}
