package org.hausdesk.it;

import static org.hausdesk.it.Api.json;

import jakarta.json.JsonObject;
import org.hausdesk.it.Api.As;

/** Test data made through the API, as a coordinator would set up a house and residents would ask. */
public final class Cooperative {

    public static final String HELPER_PASSWORD = "helper-password-2026";

    private final Api api;
    private final boolean helpersWithMail;

    public Cooperative(Api api) {
        this(api, false);
    }

    private Cooperative(Api api, boolean helpersWithMail) {
        this.api = api;
        this.helpersWithMail = helpersWithMail;
    }

    /**
     * The same, with helpers who have an e-mail address. Only tests about mails to helpers need them: every
     * escalation mails every helper with an address, and all test classes share one database.
     */
    public Cooperative withHelpersMail() {
        return new Cooperative(api, true);
    }

    /** A house with its two helpers, as in every house of the cooperative. */
    public record House(String slug, String name, Helper first, Helper second) {
    }

    public record Helper(String username, String displayName, As as) {
        /** The helper's address, if their cooperative was made {@link #withHelpersMail()}. */
        public String email() {
            return username + "@helfer.hausdesk.test";
        }
    }

    /** What the resident has after filing: the number and the private token. */
    public record Filed(String number, String token) {
        public As as() {
            return As.resident(token);
        }
    }

    public House house() {
        return house(null);
    }

    /** @param escalateUnclaimedAfter the house's own delay for automatic escalation (ISO-8601), or {@code null} */
    public House house(String escalateUnclaimedAfter) {
        var slug = Api.unique("haus");
        var name = "Haus " + slug;
        api.post("api/houses", Api.coordinator(),
                json("slug", slug, "name", name, "escalateUnclaimedAfter", escalateUnclaimedAfter)).expect(201);
        return new House(slug, name, helper(slug), helper(slug));
    }

    public Helper helper(String... houseSlugs) {
        var username = Api.unique("helfer");
        var displayName = "Helfer " + username.substring(7);
        api.post("api/accounts", Api.coordinator(), json("username", username, "displayName", displayName,
                "email", helpersWithMail ? username + "@helfer.hausdesk.test" : null, "password", HELPER_PASSWORD,
                "role", "HELPER",
                "houses", houseSlugs)).expect(201);
        return new Helper(username, displayName, As.staff(username, HELPER_PASSWORD));
    }

    public Filed file(House house, String subject) {
        return file(house, subject, "beispiel@example.org");
    }

    public Filed file(House house, String subject, String residentEmail) {
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", "Frau Beispiel", "house", house.slug(),
                "email", residentEmail, "subject", subject,
                "description", "Ich weiß nicht weiter: " + subject, "category", "MESSENGER")).expect(201).json();
        return new Filed(filed.getString("number"), filed.getString("accessToken"));
    }

    public JsonObject read(Filed ticket, As as) {
        return api.get("api/tickets/" + ticket.number(), as).expect(200).json();
    }
}
