package org.hausdesk.notify.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailTest {

    @Test
    void textAndHtmlSayTheSameAndHtmlEscapesWhatPeopleWrote() {
        var mail = Mail.of("Antwort auf Ihre Anfrage 2026-0001", "Guten Tag <b>Frau Maier</b>,",
                List.of("Anna hat Ihnen geantwortet:"), "Bitte <img src=x onerror=alert(1)> tippen\nDanke & Gruß",
                "Anfrage ansehen", "https://hilfe.example/anfrage/2026-0001?zugang=abc", "Hausdesk");

        assertTrue(mail.text().contains("> Bitte <img src=x onerror=alert(1)> tippen"), mail.text());
        assertTrue(mail.text().contains("https://hilfe.example/anfrage/2026-0001?zugang=abc"));
        assertFalse(mail.html().contains("<img"), mail.html());
        assertFalse(mail.html().contains("<b>Frau"), mail.html());
        assertTrue(mail.html().contains("&lt;img src=x onerror=alert(1)&gt;"), mail.html());
        assertTrue(mail.html().contains("Danke &amp; Gruß"), mail.html());
        assertTrue(mail.html().contains("href=\"https://hilfe.example/anfrage/2026-0001?zugang=abc\""), mail.html());
    }
}
