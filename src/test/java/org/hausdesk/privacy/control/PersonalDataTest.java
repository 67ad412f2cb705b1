package org.hausdesk.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private final PersonalData.Known known = new PersonalData.Known(
            List.of("Erika Maier", "Anna Schmidt", "anna.schmidt"), "Lindenstraße 12", "linden");

    private String redact(String text) {
        return PersonalData.redact(text, known);
    }

    @Test
    void theIssuesExample() {
        assertEquals("Hallo Frau [Name], rufen Sie mich unter [Telefon] an.",
                redact("Hallo Frau Maier, rufen Sie mich unter 0171 2345678 an."));
    }

    @Test
    void phoneNumbersInTheWaysPeopleWriteThem() {
        for (var phone : List.of("0171 2345678", "030/1234567", "030 - 12 34 56 7", "+49 171 2345678",
                "+49 (0)30 1234567", "(030) 1234567", "0171-2345678", "01712345678")) {
            var redacted = redact("Meine Nummer: " + phone + ".");
            assertEquals("Meine Nummer: [Telefon].", redacted, phone);
        }
    }

    @Test
    void numbersThatAreNotPhoneNumbersStay() {
        var text = "Anfrage 2026-0042: Android 14, Version 1.11.5, 3 Fotos, 12 GB frei, am 28.11.2026 um 14:30.";
        assertEquals(text, redact(text));
    }

    @Test
    void eMailAddressesAndPrivateLinks() {
        assertEquals("Schreiben Sie an [E-Mail] oder [E-Mail].",
                redact("Schreiben Sie an erika.maier@example.org oder e.m+cloud@mail.example-genossenschaft.de."));
        assertEquals("https://hilfe.example/anfrage/2026-0001?zugang=[entfernt]",
                redact("https://hilfe.example/anfrage/2026-0001?zugang=Abc_123-xyz"));
    }

    @Test
    void theHouseAddressesFlatsAndFloors() {
        assertEquals("Ich wohne in [Haus], [Wohnung], [Wohnung].",
                redact("Ich wohne in Lindenstraße 12, Wohnung 7, 3. OG."));
        assertEquals("Treffen im Gemeinschaftsraum [Adresse] oder [Adresse].",
                redact("Treffen im Gemeinschaftsraum Am Mühlbach 3 oder Gartenweg 7a."));
        assertEquals("Bitte bei [Wohnung] klingeln, Haus [Haus].", redact("Bitte bei Whg. 12b klingeln, Haus linden."));
        assertEquals("Ich bin im [Wohnung].", redact("Ich bin im Erdgeschoss links."));
    }

    @Test
    void namesHausdeskKnowsAndNamesAfterASalutation() {
        var ticket = """
                Guten Tag, hier ist Erika Maier. Meine Nachbarin Frau Özdemir-Kaya hat mir geholfen,
                aber Herr Dr. Lehmann meinte, ich soll Anna fragen. Viele Grüße, Erika""";

        var redacted = redact(ticket);

        assertFalse(redacted.contains("Erika"), redacted);
        assertFalse(redacted.contains("Maier"), redacted);
        assertFalse(redacted.contains("Özdemir"), redacted);
        assertFalse(redacted.contains("Lehmann"), redacted);
        assertFalse(redacted.contains("Anna"), redacted);
        assertTrue(redacted.contains("Frau [Name] hat mir geholfen"), redacted);
        assertTrue(redacted.startsWith("Guten Tag, hier ist [Name]."), redacted);
    }

    @Test
    void aRealisticHelperReplyKeepsTheSolutionAndLosesThePerson() {
        var reply = """
                Hallo Frau Maier,
                ich habe mir Ihr Handy angesehen. So geht es:
                1. Öffnen Sie den Play Store.
                2. Suchen Sie nach "Element" und tippen Sie auf **Installieren**.
                Wenn es nicht klappt, rufen Sie mich an: 0151 98765432 oder schreiben Sie an anna.schmidt@example.org.
                Viele Grüße
                Anna Schmidt, Lindenstraße 12, 2. Etage""";

        var redacted = redact(reply);

        assertTrue(redacted.contains("1. Öffnen Sie den Play Store."), redacted);
        assertTrue(redacted.contains("Suchen Sie nach \"Element\""), redacted);
        for (var gone : List.of("Maier", "0151", "98765432", "anna.schmidt", "Schmidt", "Anna", "Lindenstraße", "2. Etage")) {
            assertFalse(redacted.contains(gone), gone + " in: " + redacted);
        }
    }

    @Test
    void nothingToRemoveLeavesTheTextAlone() {
        var text = "Tippen Sie auf **Einstellungen** und dann auf **Benachrichtigungen**.";
        assertEquals(text, redact(text));
    }
}
