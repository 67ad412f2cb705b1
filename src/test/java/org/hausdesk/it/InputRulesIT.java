package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API and the pages accept and refuse exactly the same inputs: every input rule is written once (on the control
 * methods both call), so for each value the request form and {@code POST /api/tickets}, the resident's page and the
 * API's reply, the helper's page and the API's escalation, the coordinators' page and the API's accounts and houses
 * say the same. A refused input keeps the page with a message beside its field.
 */
class InputRulesIT extends HausdeskIT {

    /** One house for every case: creating its helpers (password hashing) is the slow part of a case. */
    private static Cooperative.House house;

    private Cooperative.House house() {
        if (house == null) {
            house = cooperative.house();
        }
        return house;
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    private static String address() {
        return "10.249.%d.%d".formatted((int) (Math.random() * 256), 1 + (int) (Math.random() * 254));
    }

    private static Arguments accepts(String field, String value) {
        return Arguments.of(field, value, true);
    }

    private static Arguments refuses(String field, String value) {
        return Arguments.of(field, value, false);
    }

    static Stream<Arguments> requestInputs() {
        return Stream.of(
                accepts("name", "A"), accepts("name", "Frau Öztürk-Łukasiewicz"), accepts("name", text(120)),
                refuses("name", ""), refuses("name", "   "), refuses("name", text(121)),
                accepts("contact", ""), accepts("contact", "anna@example.org"), accepts("contact", "030 123 45-67"),
                accepts("contact", "+49 (30) 1234/567"), accepts("contact", "Whg. 2.3, bitte klingeln"),
                accepts("contact", text(120)), refuses("contact", text(121)),
                refuses("contact", "anna@example"), refuses("contact", "a@b"), refuses("contact", "anna@@example.org"),
                accepts("text", "Kein Zugang"), accepts("text", text(10_000)),
                refuses("text", ""), refuses("text", " \n "), refuses("text", text(10_001)));
    }

    /** The request form (no account) and {@code POST /api/tickets} with the same name, contact and text. */
    @ParameterizedTest(name = "request {0} = \"{1}\" accepted: {2}")
    @MethodSource("requestInputs")
    void theRequestFormAndTheApiAgree(String field, String value, boolean accepted) {
        var house = house();
        var input = new java.util.HashMap<>(Map.of("name", "Frau Probe", "contact", "", "text", "Kein Zugang"));
        input.put(field, value);

        var fromApi = new Api(base, address()).post("api/tickets", As.ANONYMOUS, json("name", input.get("name"),
                "house", house.slug(), "contact", input.get("contact"), "description", input.get("text")));
        var fromPage = new WebClient(base, address()).post("/pages/request.xhtml", WebClient.form("request", "request",
                "name", input.get("name"), "house", house.slug(), "contact", input.get("contact"),
                "problem", input.get("text"), "category", "", "website", "", "send", "x", "csrf", ""));

        assertEquals(accepted ? 201 : 400, fromApi.status(), fromApi.body());
        assertPage(accepted, fromPage, Map.of("name", "name", "contact", "contact", "text", "problem").get(field));
        if (!accepted) {
            var apiField = Map.of("name", "name", "contact", "", "text", "description").get(field);
            assertTrue(fromApi.json().getJsonObject("fields").keySet().stream().anyMatch(f -> f.contains(apiField)),
                    fromApi.body());
        }
    }

    static Stream<Arguments> replies() {
        return Stream.of(accepts("reply", "Danke, es geht wieder."), accepts("reply", text(10_000)),
                refuses("reply", ""), refuses("reply", "  "), refuses("reply", text(10_001)));
    }

    /** The resident's page and the API, answering on their own request. */
    @ParameterizedTest(name = "resident's reply \"{1}\" accepted: {2}")
    @MethodSource("replies")
    void theResidentsPageAndTheApiAgreeOnReplies(String field, String value, boolean accepted) {
        var filed = cooperative.file(house(), "Antwort");
        var fromApi = api.post("api/tickets/" + filed.number() + "/replies", filed.as(), json("body", value));
        var fromPage = new WebClient(base, address()).post("/pages/ticket.xhtml", WebClient.form("answer", "answer",
                "number", filed.number(), "zugang", filed.token(), "body", value, "reply", "x"));

        assertEquals(accepted ? 201 : 400, fromApi.status(), fromApi.body());
        assertPage(accepted, fromPage, "body");
    }

    static Stream<Arguments> reasons() {
        return Stream.of(accepts("reason", "Ich kenne mich mit iPhones nicht aus"), accepts("reason", text(1_000)),
                refuses("reason", ""), refuses("reason", " "), refuses("reason", text(1_001)));
    }

    /** The helper's page and the API, sending a request to all houses. */
    @ParameterizedTest(name = "escalation reason \"{1}\" accepted: {2}")
    @MethodSource("reasons")
    void theHelpersPageAndTheApiAgreeOnReasons(String field, String value, boolean accepted) {
        var house = house();
        var viaApi = cooperative.file(house, "Per API");
        var viaPage = cooperative.file(house, "Per Seite");
        var fromApi = api.post("api/tickets/" + viaApi.number() + "/escalation", house.first().as(),
                json("reason", value));

        var helper = new WebClient(base, address());
        signIn(helper, house.first().username(), Cooperative.HELPER_PASSWORD);
        var csrf = WebClient.csrf(helper.get("/helfer/anfrage/" + viaPage.number()).body());
        var fromPage = helper.post("/pages/staff-ticket.xhtml", WebClient.form("escalationForm", "escalationForm",
                "number", viaPage.number(), "reason", value, "escalate", "x", "csrf", csrf));

        assertEquals(accepted ? 200 : 400, fromApi.status(), fromApi.body());
        assertPage(accepted, fromPage, "reason");
    }

    static Stream<Arguments> names() {
        return Stream.of(accepts("username", "{unique}"), accepts("username", "{unique}.nachbar_in-2"),
                refuses("username", "a"), refuses("username", "Anna{unique}"), refuses("username", "-{unique}"),
                refuses("username", "anna {unique}"), refuses("username", "{unique}" + "x".repeat(40)),
                accepts("slug", "{unique}"), accepts("slug", "haus-{unique}"),
                refuses("slug", "h"), refuses("slug", "Haus{unique}"), refuses("slug", "haus_{unique}"),
                refuses("slug", "{unique}" + "x".repeat(40)),
                accepts("email", "anna@example.org"), accepts("email", ""), refuses("email", "a@b"));
    }

    /** The coordinators' page and the API, creating accounts and houses. */
    @ParameterizedTest(name = "{0} \"{1}\" accepted: {2}")
    @MethodSource("names")
    void theCoordinatorsPageAndTheApiAgreeOnUsernamesAndSlugs(String field, String pattern, boolean accepted) {
        var coordinator = new WebClient(base, address());
        signIn(coordinator, System.getProperty("hausdesk.it.admin.username"),
                System.getProperty("hausdesk.it.admin.password"));
        var csrf = WebClient.csrf(coordinator.get("/helfer/verwaltung").body());
        String fromApiBody;
        int apiStatus;
        HttpResponse<String> fromPage;
        if (field.equals("slug")) {
            var forApi = pattern.replace("{unique}", Api.unique("h").replace("-", ""));
            var forPage = pattern.replace("{unique}", Api.unique("h").replace("-", ""));
            var fromApi = api.post("api/houses", Api.coordinator(), json("slug", forApi, "name", "Haus " + forApi));
            apiStatus = fromApi.status();
            fromApiBody = fromApi.body();
            fromPage = coordinator.post("/pages/admin.xhtml", WebClient.form("house", "house", "houseName", "Haus",
                    "houseSlug", forPage, "addHouse", "x", "csrf", csrf));
            assertPage(accepted, fromPage, "houseSlug");
        } else {
            var forApi = pattern.replace("{unique}", Api.unique("u").replace("-", ""));
            var forPage = pattern.replace("{unique}", Api.unique("u").replace("-", ""));
            var username = field.equals("username") ? forApi : Api.unique("u").replace("-", "");
            var email = field.equals("email") ? pattern : "";
            var fromApi = api.post("api/accounts", Api.coordinator(), json("username", username,
                    "displayName", "Neu", "email", email, "password", Cooperative.HELPER_PASSWORD, "role", "COORDINATOR"));
            apiStatus = fromApi.status();
            fromApiBody = fromApi.body();
            fromPage = coordinator.post("/pages/admin.xhtml", WebClient.form("account", "account",
                    "displayName", "Neu", "username", field.equals("username") ? forPage : Api.unique("u").replace("-", ""),
                    "email", email, "password", Cooperative.HELPER_PASSWORD, "role", "COORDINATOR",
                    "accountLanguage", "de", "addAccount", "x", "csrf", csrf));
            assertPage(accepted, fromPage, field);
        }
        assertEquals(accepted ? 201 : 400, apiStatus, fromApiBody);
    }

    @org.junit.jupiter.api.Test
    void aHelperWithoutAHouseIsRefusedByBothTogetherWithEverythingElseThatIsWrong() {
        var fromApi = api.post("api/accounts", Api.coordinator(), json("username", "Anna B", "displayName", "Neu",
                "password", Cooperative.HELPER_PASSWORD, "role", "HELPER")).expect(400).json();
        assertEquals("A helper belongs to at least one house.", fromApi.getJsonObject("fields").getString("houses"));
        assertTrue(fromApi.getJsonObject("fields").containsKey("username"), fromApi.toString());

        var coordinator = new WebClient(base, address());
        signIn(coordinator, System.getProperty("hausdesk.it.admin.username"),
                System.getProperty("hausdesk.it.admin.password"));
        var csrf = WebClient.csrf(coordinator.get("/helfer/verwaltung").body());
        var fromPage = coordinator.post("/pages/admin.xhtml", WebClient.form("account", "account",
                "displayName", "Neu", "username", "Anna B", "password", Cooperative.HELPER_PASSWORD, "role", "HELPER",
                "accountLanguage", "de", "addAccount", "x", "csrf", csrf));
        assertPage(false, fromPage, "memberOf");
        assertPage(false, fromPage, "username");
    }

    @org.junit.jupiter.api.Test
    void eachTextSaysWhatIsMissing() {
        var filed = cooperative.file(house(), "Texte");
        var helper = house().first().as();
        var note = api.post("api/tickets/" + filed.number() + "/notes", helper, json("body", " ")).expect(400).json();
        assertEquals("Please write a note.", note.getJsonObject("fields").getString("body"));
        var reply = api.post("api/tickets/" + filed.number() + "/replies", helper, json("body", "")).expect(400).json();
        assertEquals("Please write your reply.", reply.getJsonObject("fields").getString("body"));
        var tooLong = api.post("api/tickets/" + filed.number() + "/notes", helper, json("body", text(10_001)))
                .expect(400).json();
        assertEquals("That is too long: at most 10000.", tooLong.getJsonObject("fields").getString("body"));
    }

    static Stream<Arguments> articleTexts() {
        return Stream.of(accepts("title", "Neuer Titel"), accepts("title", text(200)), refuses("title", ""),
                refuses("title", text(201)), accepts("solution", "Schritt für Schritt"), refuses("solution", " "),
                refuses("solution", text(50_001)));
    }

    private record Draft(String slug, long version) {
    }

    private Draft draft() {
        var slug = Api.unique("artikel");
        var created = api.post("api/articles", Api.coordinator(), jakarta.json.Json.createObjectBuilder()
                .add("slug", slug).add("text", jakarta.json.Json.createObjectBuilder().add("title", "Titel")
                        .add("solution", "Lösung").add("category", "CLOUD_FILES").add("visibility", "PUBLIC"))
                .build().toString()).expect(201).json();
        return new Draft(slug, created.getJsonNumber("version").longValue());
    }

    /** The helpers' article editor and {@code PUT /api/articles/{slug}}. */
    @ParameterizedTest(name = "article {0} = \"{1}\" accepted: {2}")
    @MethodSource("articleTexts")
    void theEditorAndTheApiAgreeOnArticles(String field, String value, boolean accepted) {
        var input = new java.util.HashMap<>(Map.of("title", "Titel", "solution", "Lösung"));
        input.put(field, value);
        var viaApi = draft();
        var viaPage = draft();
        var fromApi = api.put("api/articles/" + viaApi.slug(), Api.coordinator(), jakarta.json.Json.createObjectBuilder()
                .add("text", jakarta.json.Json.createObjectBuilder().add("title", input.get("title"))
                        .add("solution", input.get("solution")).add("category", "CLOUD_FILES").add("visibility", "PUBLIC"))
                .add("version", viaApi.version()).build().toString());

        var editor = new WebClient(base, address());
        signIn(editor, System.getProperty("hausdesk.it.admin.username"), System.getProperty("hausdesk.it.admin.password"));
        var csrf = WebClient.csrf(editor.get("/helfer/artikel/" + viaPage.slug()).body());
        var fromPage = editor.post("/pages/editor.xhtml", WebClient.form("editor", "editor", "csrf", csrf,
                "slug", viaPage.slug(), "version", String.valueOf(viaPage.version()), "title", input.get("title"),
                "problem", "", "solution", input.get("solution"), "category", "CLOUD_FILES", "tags", "",
                "visibility", "PUBLIC", "save", "x"));

        assertEquals(accepted ? 200 : 400, fromApi.status(), fromApi.body());
        assertPage(accepted, fromPage, field);
    }

    private void signIn(WebClient client, String username, String password) {
        var token = WebClient.csrf(client.get("/anmelden").body());
        var signedIn = client.post("/pages/signin.xhtml", WebClient.form("signin", "signin", "username", username,
                "password", password, "weiter", "/helfer", "signInButton", "x", "csrf", token));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
    }

    /** Accepted: on to the next page (Post/Redirect/Get). Refused: the same page, a message beside the field. */
    private static void assertPage(boolean accepted, HttpResponse<String> page, String field) {
        if (accepted) {
            assertEquals(302, page.statusCode(), page.body());
            return;
        }
        assertEquals(200, page.statusCode());
        var message = java.util.regex.Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]+)<").matcher(page.body());
        assertTrue(message.find(), "a message beside " + field + ": " + page.body());
        assertTrue(message.group(1).strip().length() > 5, message.group(1));
    }
}
