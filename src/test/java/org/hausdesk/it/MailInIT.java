package org.hausdesk.it;

import static org.awaitility.Awaitility.await;
import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mail in: replies to notifications land in their ticket (from the resident or a helper), a forged reply address or
 * an unknown sender is held for a coordinator, a mail to a house's address becomes a request, machines' mails are
 * ignored, a mail fetched twice changes its ticket once, HTML becomes text, pictures are re-encoded.
 * Hausdesk reads the test run's GreenMail over IMAP; each test runs a round instead of waiting for the poller.
 */
class MailInIT extends HausdeskIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Mailbox MAILBOX = Mailbox.shared();

    private Cooperative.House house;

    @BeforeEach
    void houseWithMail() {
        cooperative = cooperative.withHelpersMail();
        house = cooperative.house();
    }

    /** A mail as a mail program writes it; the Message-ID stays as given, as a mail fetched twice keeps it. */
    private static MimeMessage mail(String from, String to, String subject, String messageId) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        return message;
    }

    private static String messageId() {
        return "<" + Api.unique("m") + "@mail.example.org>";
    }

    private void deliver(MimeMessage message) throws Exception {
        message.saveChanges();
        MAILBOX.deliverToHausdesk(message);
    }

    private int round() {
        return api.post("api/test-rounds/mail-in", Api.As.ANONYMOUS, "").expect(200).json().getInt("handled");
    }

    /** A round that stops once, {@code before} a mail's transaction or {@code after} it committed. */
    private int roundStopping(String where) {
        return api.post("api/test-rounds/mail-in?stop=" + where, Api.As.ANONYMOUS, "").expect(200).json().getInt("handled");
    }

    private JsonObject ticket(String number) {
        return api.get("api/tickets/" + number, Api.coordinator()).expect(200).json();
    }

    private List<JsonObject> entries(String number) {
        return ticket(number).getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    /** The reply address of the latest mail to this address about the ticket. */
    private String replyAddress(String to, String number) {
        await().atMost(PATIENCE).until(() -> MAILBOX.to(to).stream().anyMatch(m -> m.subject().contains(number)
                || m.text().contains(number)));
        var mail = MAILBOX.to(to).stream().filter(m -> m.subject().contains(number) || m.text().contains(number))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(mail.replyTo() != null && mail.replyTo().contains("hilfe+" + number + "."), String.valueOf(mail.replyTo()));
        return mail.replyTo().replaceAll(".*<|>.*", "").strip();
    }

    private static byte[] jpeg() throws Exception {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void aResidentsReplyByMailLandsOnceInItsTicketWithoutQuoteOrSignatureAndReopensIt() throws Exception {
        var resident = Api.unique("erika") + "@example.org";
        var filed = cooperative.file(house, "Mikrofon geht nicht", resident);
        api.post("api/tickets/" + filed.number() + "/solution", house.first().as(),
                json("body", "Bitte im Browser das Mikrofon erlauben.")).expect(200);
        var address = replyAddress(resident, filed.number());

        var reply = mail(resident, address, "Re: Ihre Anfrage " + filed.number(), messageId());
        var text = new MimeBodyPart();
        text.setText("Das hat leider nicht geholfen.\n\nViele Grüße\nErika\n-- \nErika Muster\n\n"
                + "Am 02.12.2026 um 10:15 schrieb Hausdesk <hausdesk@hausdesk.test>:\n> Bitte im Browser das Mikrofon erlauben.",
                "UTF-8");
        var picture = new MimeBodyPart();
        picture.setContent(jpeg(), "image/jpeg");
        picture.setFileName("fehler.jpg");
        picture.setDisposition(MimeBodyPart.ATTACHMENT);
        reply.setContent(new MimeMultipart(text, picture));
        deliver(reply);
        assertEquals(1, round());

        var last = entries(filed.number()).getLast();
        assertEquals("Das hat leider nicht geholfen.\n\nViele Grüße\nErika", last.getString("body"));
        assertTrue(last.getBoolean("byResident"));
        var ticket = ticket(filed.number());
        assertNotEquals("SOLVED", ticket.getString("state"), "the resident's answer reopens the request");
        var files = ticket.getJsonArray("attachments").getValuesAs(JsonObject.class);
        assertEquals(1, files.size());
        assertEquals("image/png", files.getFirst().getString("contentType"), "pictures are written anew");
        assertEquals(0, MAILBOX.waitingForHausdesk(), "a handled mail is deleted from the mailbox");
        // the helper who has it hears of the answer, as after an answer on the page
        await().atMost(PATIENCE).until(() -> MAILBOX.to(house.first().email()).stream()
                .anyMatch(m -> m.subject().contains("hat geantwortet") && m.subject().contains(filed.number())));

        // the same mail again (fetched twice: a stop before it was deleted, or a second server): nothing changes
        var count = entries(filed.number()).size();
        deliver(reply);
        assertEquals(0, round());
        assertEquals(count, entries(filed.number()).size());
        assertEquals(0, MAILBOX.waitingForHausdesk());
    }

    @Test
    void aHelperAnswersByMailAsAPublicReplyAndAForgedOrStrangeSenderIsHeld() throws Exception {
        var resident = Api.unique("bernd") + "@example.org";
        var filed = cooperative.file(house, "Kalender leer", resident);
        var helper = house.first();
        var address = replyAddress(helper.email(), filed.number()); // the helpers' "new request" mail

        var answer = mail(helper.email(), address, "Re: Neue Anfrage", messageId());
        answer.setText("Ich komme morgen um 10 Uhr vorbei.\n\nOn Wed, 2 Dec 2026, Hausdesk wrote:\n> alt", "UTF-8");
        deliver(answer);
        assertEquals(1, round());
        var last = entries(filed.number()).getLast();
        assertEquals("REPLY", last.getString("kind"), "by mail a helper writes to the resident, never a note");
        assertFalse(last.getBoolean("byResident"));
        assertEquals(helper.displayName(), last.getString("author"));
        assertEquals("Ich komme morgen um 10 Uhr vorbei.", last.getString("body"));
        assertTrue(api.get("api/tickets/" + filed.number(), filed.as()).expect(200).body().contains("um 10 Uhr vorbei"),
                "the resident reads it");

        var count = entries(filed.number()).size();
        var forged = mail(resident, address.replaceAll("\\.[0-9a-f]{16}@", ".0123456789abcdef@"), "Re", messageId());
        forged.setText("Gefälschte Antwort", "UTF-8");
        deliver(forged);
        // the helper's reply address with a From forged to the helper's is valid; with another From it is not
        var residentAsHelper = mail(resident, address, "Re", messageId());
        residentAsHelper.setText("Antwort mit der Adresse des Helfers", "UTF-8");
        deliver(residentAsHelper);
        var stranger = mail(Api.unique("fremd") + "@example.org", address, "Re", messageId());
        stranger.setText("Ich bin nicht die Bewohnerin", "UTF-8");
        deliver(stranger);
        assertEquals(3, round());
        assertEquals(count, entries(filed.number()).size(), "none reached the ticket");
        var held = api.get("api/mail-in/held", Api.coordinator()).expect(200).array().getValuesAs(JsonObject.class);
        assertTrue(held.stream().anyMatch(h -> "forged reply address".equals(h.getString("reason"))
                && "Gefälschte Antwort".equals(h.getString("text"))), held.toString());
        assertTrue(held.stream().anyMatch(h -> "forged reply address".equals(h.getString("reason"))
                && "Antwort mit der Adresse des Helfers".equals(h.getString("text"))), "a reply address is its recipient's only");
        var strange = held.stream().filter(h -> "Ich bin nicht die Bewohnerin".equals(h.getString("text"))).findFirst().orElseThrow();
        api.get("api/mail-in/held", helper.as()).expect(403);
        api.send("DELETE", "api/mail-in/held/" + strange.getJsonNumber("id").longValue(), Api.coordinator()).expect(204);
        assertFalse(api.get("api/mail-in/held", Api.coordinator()).expect(200).body().contains("Ich bin nicht die Bewohnerin"));
    }

    @Test
    void aMailToTheHouseAddressBecomesARequestAndTheSenderGetsNumberAndCode() throws Exception {
        var sender = Api.unique("gerda") + "@example.org";
        var request = mail("Gerda Neu <" + sender + ">", "hilfe+" + house.slug() + "@hausdesk.test",
                "Wie komme ich in die Cloud?", messageId());
        request.setContent("<html><body><p>Hallo,<br>ich habe <b>kein Passwort</b>.</p>"
                + "<script>alert('x')</script></body></html>", "text/html; charset=UTF-8");
        deliver(request);
        assertEquals(1, round());

        var rows = api.get("api/tickets?house=" + house.slug(), Api.coordinator()).expect(200).array().getValuesAs(JsonObject.class);
        var row = rows.stream().filter(r -> r.getString("subject").equals("Wie komme ich in die Cloud?")).findFirst().orElseThrow();
        var number = row.getString("number");
        var ticket = ticket(number);
        assertEquals("Hallo,\nich habe kein Passwort.", ticket.getString("description"), "HTML arrives as text only");
        assertEquals("Gerda Neu", ticket.getJsonObject("requester").getString("name"));
        await().atMost(PATIENCE).until(() -> MAILBOX.to(sender).stream().anyMatch(m -> m.text().contains(number)
                && m.text().matches("(?s).*[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}.*")));
    }

    @Test
    void aStopWhileHandlingAMailLosesNothingAndDuplicatesNothing() throws Exception {
        var resident = Api.unique("ilse") + "@example.org";
        var filed = cooperative.file(house, "Tablet", resident);
        api.post("api/tickets/" + filed.number() + "/replies", house.first().as(), json("body", "Welches Tablet?")).expect(201);
        var address = replyAddress(resident, filed.number());
        var count = entries(filed.number()).size();

        var first = mail(resident, address, "Re", messageId());
        first.setText("Ein Samsung.", "UTF-8");
        deliver(first);
        assertEquals(0, roundStopping("before"), "stopped before its transaction: nothing happened");
        assertEquals(count, entries(filed.number()).size());
        assertEquals(1, MAILBOX.waitingForHausdesk(), "and the mail is still there");
        assertEquals(1, round());
        assertEquals(count + 1, entries(filed.number()).size(), "the next round handles it");

        var second = mail(resident, address, "Re", messageId());
        second.setText("Es ist ein Galaxy Tab.", "UTF-8");
        deliver(second);
        assertEquals(1, roundStopping("after"), "stopped after the commit, before the mail was deleted");
        assertEquals(count + 2, entries(filed.number()).size());
        assertEquals(1, MAILBOX.waitingForHausdesk(), "the mail is still in the mailbox");
        assertEquals(0, round(), "fetched again, it changes nothing");
        assertEquals(count + 2, entries(filed.number()).size());
        assertEquals(0, MAILBOX.waitingForHausdesk());
    }

    @Test
    void machinesMailsAreIgnoredAndOneSenderCannotFlood() throws Exception {
        var resident = Api.unique("otto") + "@example.org";
        var filed = cooperative.file(house, "Drucker", resident);
        api.post("api/tickets/" + filed.number() + "/replies", house.first().as(), json("body", "Welcher Drucker?")).expect(201);
        var address = replyAddress(resident, filed.number());
        var count = entries(filed.number()).size();

        var away = mail(resident, address, "Abwesenheitsnotiz", messageId());
        away.setHeader("Auto-Submitted", "auto-replied");
        away.setText("Ich bin bis Montag verreist.", "UTF-8");
        deliver(away);
        var bounce = mail("MAILER-DAEMON@mail.example.org", address, "Undelivered Mail Returned to Sender", messageId());
        bounce.setText("This is the mail system at host mail.example.org.", "UTF-8");
        deliver(bounce);
        var large = mail(resident, address, "Großes Foto", messageId());
        var words = new MimeBodyPart();
        words.setText("Hier das Foto.", "UTF-8");
        var huge = new MimeBodyPart();
        huge.setContent(new byte[2_500_000], "application/octet-stream");
        huge.setFileName("riesig.bin");
        large.setContent(new MimeMultipart(words, huge));
        deliver(large);
        round();
        assertEquals(count, entries(filed.number()).size(), "no auto-reply, bounce or oversized mail reaches a ticket");
        assertEquals(0, MAILBOX.waitingForHausdesk());
        await().atMost(PATIENCE).until(() -> MAILBOX.to(resident).stream().anyMatch(m -> m.subject().contains("zu groß")));

        var flooder = Api.unique("flut") + "@example.org";
        for (int i = 0; i < 7; i++) {
            var request = mail(flooder, "hilfe+" + house.slug() + "@hausdesk.test", "Anfrage " + i, messageId());
            request.setText("Bitte helfen " + i, "UTF-8");
            deliver(request);
        }
        round();
        var filedByFlooder = api.get("api/tickets?house=" + house.slug(), Api.coordinator()).expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("subject").startsWith("Anfrage ")).count();
        assertEquals(5, filedByFlooder, "at most 5 an hour from one sender in the tests' settings");
    }
}
