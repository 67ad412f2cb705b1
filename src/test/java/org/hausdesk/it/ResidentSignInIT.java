package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A resident signs in with a link sent to their e-mail address and sees all their requests. */
class ResidentSignInIT extends HausdeskIT {

    private static final Mailbox MAILBOX = Mailbox.shared();
    private static final Pattern SIGN_IN_LINK = Pattern.compile("https://hilfe\\.hausdesk\\.test(/meine-anfragen\\?anmeldung=\\S+)");

    private Cooperative.House house;

    @BeforeEach
    void setUp() {
        house = cooperative.house();
    }

    private String file(String email, String subject) {
        return api.post("api/tickets", As.ANONYMOUS, json("name", "Frau Überall", "house", house.slug(), "email", email,
                "subject", subject, "description", "Beschreibung " + subject)).expect(201).json().getString("number");
    }

    private String requestLink(WebClient resident, String email) {
        var sent = resident.post("/pages/my-requests.xhtml", WebClient.form("signInLink", "signInLink",
                "email", email, "sendLink", "x", "csrf", WebClient.csrf(resident.get("/meine-anfragen").body())));
        assertEquals(302, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElseThrow().contains("hinweis=signInSent"));
        return email;
    }

    private String linkIn(String email) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                MAILBOX.to(email).stream().anyMatch(m -> SIGN_IN_LINK.matcher(m.text()).find()));
        var mail = MAILBOX.to(email).stream().filter(m -> SIGN_IN_LINK.matcher(m.text()).find()).findFirst().orElseThrow();
        var matcher = SIGN_IN_LINK.matcher(mail.text());
        assertTrue(matcher.find(), mail.text());
        return matcher.group(1);
    }

    @Test
    void theLinkShowsAllRequestsOfTheAddressAndOpensEachOnce() {
        var email = Api.unique("ueberall") + "@example.org";
        var first = file(email, "Erste Anfrage");
        var second = file(email.toUpperCase(), "Zweite Anfrage");
        var someoneElses = file(Api.unique("jemand") + "@example.org", "Nicht ihre");
        var resident = new WebClient(base);

        requestLink(resident, email);
        var link = linkIn(email);
        var signedIn = resident.get(link);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertFalse(signedIn.headers().firstValue("Location").orElseThrow().contains("anmeldung="),
                "the token stays in the address bar");
        var session = resident.session();
        var page = resident.get("/meine-anfragen").body();
        assertTrue(page.contains(first) && page.contains(second), page);
        assertFalse(page.contains(someoneElses), page);

        // everything about them in one download, and nothing of anyone else
        var export = resident.get("/api/privacy/mine");
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().contains(first) && export.body().contains(second), export.body());
        assertFalse(export.body().contains(someoneElses), export.body());
        assertEquals(404, new WebClient(base).get("/api/privacy/mine").statusCode());

        // someone else's request cannot be opened this way
        assertEquals(404, resident.post("/pages/my-requests.xhtml", java.util.Map.of("oeffnen", someoneElses,
                "csrf", WebClient.csrf(page))).statusCode());
        var opened = resident.post("/pages/my-requests.xhtml", java.util.Map.of("oeffnen", first,
                "csrf", WebClient.csrf(page)));
        assertEquals(302, opened.statusCode(), opened.body());
        var location = URI.create(opened.headers().firstValue("Location").orElseThrow());
        assertTrue(location.getPath().equals("/anfrage/" + first), location.toString());
        assertEquals(200, resident.get(location.getRawPath() + "?" + location.getRawQuery()).statusCode());

        // the link works once
        var again = new WebClient(base);
        assertEquals(200, again.get(link).statusCode());
        assertTrue(again.get("/meine-anfragen").body().contains("Link schicken"));
        assertNotEquals(null, session);
        // without signing in, nothing opens
        assertEquals(404, new WebClient(base).post("/pages/my-requests.xhtml", java.util.Map.of("oeffnen", first))
                .statusCode());
    }

    @Test
    void afterTheResidentIsErasedTheirSignInLinksAndMailsAreGone() {
        var email = Api.unique("weg") + "@example.org";
        file(email, "Bald gelöscht");
        var resident = new WebClient(base);
        requestLink(resident, email);
        var link = linkIn(email);

        api.post("api/privacy/erasure", Api.coordinator(), json("email", email)).expect(200);

        var afterwards = new WebClient(base);
        assertEquals(200, afterwards.get(link).statusCode());
        assertTrue(afterwards.get("/meine-anfragen").body().contains("Link schicken"), "the link still signs in");
        assertFalse(api.get("api/outbox", Api.coordinator()).expect(200).body().contains(email));
        // nor can a new link be had for it: there are no requests with that address any more
        requestLink(new WebClient(base), email);
    }

    @Test
    void anAddressWithoutRequestsGetsTheSameAnswerAndNoMail() {
        var unknown = Api.unique("niemand") + "@example.org";
        requestLink(new WebClient(base), unknown);
        // a link asked for afterwards by an address with a request: the outbox sends in order, so once
        // that one has arrived, a mail to the first address would have arrived before it
        var known = Api.unique("bekannt") + "@example.org";
        file(known, "Zur Kontrolle");
        linkIn(requestLink(new WebClient(base), known));
        assertTrue(MAILBOX.to(unknown).isEmpty(), "a mail to an address without requests");
    }
}
