package org.hausdesk.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each address is written once; the servlet's mappings and the page it opens follow from it. */
class PageRoutesTest {

    private static String pageOf(String path) {
        return PageRoutes.ROUTES.stream().filter(r -> r.pattern().matcher(path).matches())
                .map(r -> r.page() + (r.parameter() == null ? "" : "?" + r.parameter())).findFirst().orElse("404");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/, start", "/hilfe, request", "/hilfe/, request", "/anfrage, open", "/anfrage/2026-0042, ticket?number",
            "/faq/, faq", "/faq/passwort-vergessen, article?slug", "/helfer/anfrage/2026-0042, staff-ticket?number",
            "/helfer/artikel, editor", "/helfer/artikel/neu, editor?slug", "/helfer/verwaltung/, admin",
            "/anfrage/../etc, 404", "/helfer/unbekannt, 404", "/anfrage/2026-0042/mehr, 404"})
    void everyAddressOpensItsPage(String path, String page) {
        assertEquals(page, pageOf(path));
    }

    @Test
    void theServletIsMappedToEveryAddressAndNothingElse() {
        var mappings = PageRoutes.mappings();
        assertTrue(mappings.containsAll(java.util.List.of("", "/hilfe", "/hilfe/", "/anfrage", "/anfrage/*", "/faq/*",
                "/helfer", "/helfer/anfrage/*", "/helfer/artikel/*", "/helfer/verwaltung")), mappings.toString());
        assertFalse(mappings.contains("/helfer/*"), "not every address under /helfer is a page: " + mappings);
        assertEquals(mappings.stream().distinct().count(), mappings.size());
    }
}
