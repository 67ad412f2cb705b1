package org.hausdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in with the cooperative's cloud through OpenID Connect, against a real OpenID provider
 * started here (mock-oauth2-server; HAUSDESK_ACCOUNT_OIDC_* in pom.xml point Hausdesk at it), in a real browser.
 */
class OidcIT extends HausdeskIT {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    private Browser browser;

    @BeforeAll
    static void startProvider() {
        PROVIDER.start(org.hausdesk.it.arquillian.TestRun.port("oidc"));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @BeforeEach
    void setUp() {
        browser = new Browser(base);
        browser.size(Browser.DESKTOP);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private void cloudSaysItIs(String username) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("default", "cloud-" + username, "JWT",
                List.of("hausdesk"), Map.of("preferred_username", username), 3600L));
    }

    @Test
    void aHelperSignsInWithTheCloudAccountAndWorksAsWithAPassword() {
        var house = cooperative.house();
        var helper = house.first();
        cloudSaysItIs(helper.username());

        browser.open("anmelden");
        browser.find("#cloudSignIn").click();
        browser.find("#tab-haus");
        assertTrue(browser.url().endsWith("/helfer"), browser.url());
        assertTrue(browser.text("header").contains(helper.displayName()), browser.text("header"));

        var log = api.get("api/privacy/audit?limit=50", Api.coordinator()).expect(200).array()
                .getValuesAs(JsonObject.class);
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("SIGN_IN")
                && e.getString("actor").equals(helper.username()) && "cloud".equals(e.getString("target"))), log.toString());
    }

    @Test
    void aCloudAccountWithoutAHausdeskAccountGetsNothing() {
        var stranger = Api.unique("fremd");
        cloudSaysItIs(stranger);

        browser.open("anmelden");
        browser.find("#cloudSignIn").click();
        browser.find(".notice");
        assertTrue(browser.url().contains("/anmelden"), browser.url());
        assertTrue(browser.text(".notice").contains("kein Konto"), browser.text(".notice"));
        browser.open("helfer");
        assertTrue(browser.url().contains("/anmelden"), "the stranger reached the helpers' pages: " + browser.url());
        assertEquals(401, api.get("api/me", As.ANONYMOUS).status());
    }
}
