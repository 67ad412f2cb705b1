package org.hausdesk.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses Hausdesk puts into messages and shows on pages, built from {@code hausdesk.platform.base-url}. */
@ApplicationScoped
public class Links {

    @Inject
    Settings.BaseUrl baseUrl;

    /** The resident's private link to one ticket. */
    public String forResident(String number, String token) {
        return base() + residentPath(number, token);
    }

    /** The same within the site, e.g. for a redirect: {@code /anfrage/2026-0042?zugang=...}. */
    public static String residentPath(String number, String token) {
        return "/anfrage/" + number + "?zugang=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** A helper's page of a ticket within the site: {@code /helfer/anfrage/2026-0042}. */
    public static String staffPath(String number) {
        return "/helfer/anfrage/" + number;
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
        return base() + staffPath(number);
    }

    /** The helpers' dashboard. */
    public String dashboard() {
        return base() + "/helfer";
    }

    /** An FAQ article, e.g. for a QR code on paper. */
    public String faqArticle(String slug) {
        return base() + "/faq/" + slug;
    }

    /** The request form with the house chosen. */
    public String requestForm(String houseSlug) {
        return base() + "/hilfe?haus=" + URLEncoder.encode(houseSlug, StandardCharsets.UTF_8);
    }

    /** A house's own page for its residents. */
    public String housePage(String houseSlug) {
        return base() + "/haus/" + houseSlug;
    }

    private String base() {
        return baseUrl.value();
    }
}
