package org.hausdesk.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void aGermanReplyLosesTheQuotedMailAndTheSignature() {
        var text = """
                Danke, jetzt geht es!

                Viele Grüße
                Erika Muster
                --\s
                Erika Muster, Lindenstraße 12

                Am 02.12.2026 um 10:15 schrieb Hausdesk <hilfe@genossenschaft.example>:
                > Bitte öffnen Sie den App Store.
                """;
        assertEquals("Danke, jetzt geht es!\n\nViele Grüße\nErika Muster", MailText.newPart(text));
    }

    @Test
    void theQuoteLineMayBeBrokenInTwo() {
        var text = "Geht leider nicht.\n\nAm Mi., 2. Dez. 2026 um 10:15 Uhr schrieb\nHausdesk <hilfe@example.org>:\n> alt";
        assertEquals("Geht leider nicht.", MailText.newPart(text));
    }

    @Test
    void englishOutlookAndPhoneFootersAreCutToo() {
        assertEquals("It works now.", MailText.newPart("It works now.\r\n\r\nOn Wed, 2 Dec 2026 at 10:15, Hausdesk <h@x.org> wrote:\r\n> old"));
        assertEquals("Ja.", MailText.newPart("Ja.\n\n-----Ursprüngliche Nachricht-----\nVon: Hausdesk\nGesendet: Mittwoch"));
        assertEquals("Ja.", MailText.newPart("Ja.\n\nVon: Hausdesk <hilfe@example.org>\nGesendet: Mittwoch, 2. Dezember 2026\nAn: Erika"));
        assertEquals("Ja.", MailText.newPart("Ja.\n\nVon meinem iPhone gesendet"));
        assertEquals("Ja.", MailText.newPart("Ja.\nSent from my iPhone"));
        assertEquals("Ja.", MailText.newPart("Ja.\n> zitiert"));
    }

    @Test
    void wordsThatOnlyLookLikeAQuoteStay() {
        var text = "Von: meiner Tochter habe ich das Passwort.\nAm Montag schrieb ich schon einmal.";
        assertEquals(text, MailText.newPart(text));
    }

    @Test
    void anHtmlMailBecomesPlainTextWithoutScriptOrMarkup() {
        var html = "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
                + "<p>Hallo,<br>das Mikrofon geht nicht.</p><div>Gruß <b>Erika</b> &amp; Co</div>"
                + "<img src=x onerror=alert(1)><blockquote>alte Mail</blockquote></body></html>";
        var text = MailText.fromHtml(html);
        assertEquals("Hallo,\ndas Mikrofon geht nicht.\n\nGruß Erika & Co", text);
        assertFalse(text.contains("<") || text.contains("alert") || text.contains("color"), text);
    }

    @Test
    void entitiesInHtmlDoNotTurnIntoMarkup() {
        var text = MailText.fromHtml("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertTrue(text.contains("<script>"), "the resident's text, shown escaped later like any text: " + text);
    }
}
