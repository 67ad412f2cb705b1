package org.hausdesk.kb.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersWhatArticlesUse() {
        var html = Markdown.toSafeHtml("""
                ## Schritt für Schritt
                1. Tippen Sie auf **Einstellungen**.
                2. Wählen Sie *Konto*.

                | Gerät | Wo |
                |---|---|
                | Android | Play Store |

                Mehr unter [der Cloud](https://cloud.example-genossenschaft.de).""");

        assertTrue(html.contains("<h2>Schritt für Schritt</h2>"), html);
        assertTrue(html.contains("<ol>"), html);
        assertTrue(html.contains("<strong>Einstellungen</strong>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("href=\"https://cloud.example-genossenschaft.de\""), html);
    }

    @Test
    void noScriptEventHandlerOrJavascriptLinkSurvives() {
        for (var attack : List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<details open ontoggle=alert(1)>x</details>",
                "[klick](javascript:alert(1))",
                "[klick](JaVaScRiPt:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<svg onload=alert(1)>",
                "<iframe src=https://evil.example></iframe>",
                "![bild](javascript:alert(1))",
                "<style>body{display:none}</style>")) {
            var html = Markdown.toSafeHtml("Text " + attack + " Ende").toLowerCase();
            assertFalse(html.contains("<script"), attack + " -> " + html);
            assertFalse(html.contains("onerror="), attack + " -> " + html);
            assertFalse(html.contains("ontoggle="), attack + " -> " + html);
            assertFalse(html.contains("onload="), attack + " -> " + html);
            assertFalse(html.contains("href=\"javascript"), attack + " -> " + html);
            assertFalse(html.contains("src=\"javascript"), attack + " -> " + html);
            assertFalse(html.contains("<iframe"), attack + " -> " + html);
            assertFalse(html.contains("<style"), attack + " -> " + html);
            assertFalse(html.contains("<img"), attack + " -> " + html);
        }
    }
}
