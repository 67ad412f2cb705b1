package org.hausdesk.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The addresses Hausdesk puts into messages, built from {@code hausdesk.base-url}. */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "hausdesk.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The resident's private link to one ticket. */
    public String forResident(String number, String token) {
        return base() + "/anfrage/" + number + "?zugang=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Where a resident types the number and code of a request ("Meine Anfrage ansehen"). */
    public String openRequest() {
        return base() + "/anfrage";
    }

    /** A resident's sign-in link, to see all their requests. */
    public String forResidentSignIn(String token) {
        return base() + "/meine-anfragen?anmeldung=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Where a helper works on the ticket (after signing in). */
    public String forStaff(String number) {
        return base() + "/helfer/anfrage/" + number;
    }

    private String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
