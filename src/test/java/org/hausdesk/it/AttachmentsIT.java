package org.hausdesk.it;

import static org.hausdesk.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hausdesk.it.Api.As;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Screenshots and PDF files on tickets: the type from the content, pictures written anew, nothing served that could run. */
class AttachmentsIT extends HausdeskIT {

    private Cooperative.House house;

    @BeforeEach
    void setUp() {
        house = cooperative.house();
    }

    static byte[] screenshot() {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String attachments(Cooperative.Filed filed) {
        return "api/tickets/" + filed.number() + "/attachments";
    }

    @Test
    void aResidentAttachesAScreenshotAndTheHelperSeesItAsAFreshPng() throws IOException {
        var filed = cooperative.file(house, "Fehlermeldung");
        var created = api.post(attachments(filed) + "?name=..%2F..%2FFehler%20Foto.jpg", filed.as(), screenshot())
                .expect(201).json();
        assertEquals("image/png", created.getString("contentType"));
        assertEquals("Fehler Foto.png", created.getString("fileName"));

        var ticket = api.get("api/tickets/" + filed.number(), house.first().as()).expect(200).json();
        var listed = ticket.getJsonArray("attachments").getJsonObject(0);
        assertEquals(created.getJsonNumber("id").longValue(), listed.getJsonNumber("id").longValue());
        assertTrue(listed.getBoolean("byResident"));

        var file = api.download(attachments(filed) + "/" + listed.getJsonNumber("id"), house.first().as());
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(file.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));
        var picture = ImageIO.read(new ByteArrayInputStream(file.body()));
        assertEquals(64, picture.getWidth());

        // stored outside the web root under a random name, not under anything the resident sent
        try (Stream<Path> stored = Files.walk(Path.of(org.hausdesk.it.arquillian.TestRun.setting("attachments")))) {
            var names = stored.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains("Fehler") || n.contains("..")), names.toString());
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Za-z0-9_-]{32}")), names.toString());
        }
        // the resident reads it with their link, also as ?zugang= (for the page)
        assertEquals(200, api.download(attachments(filed) + "/" + listed.getJsonNumber("id") + "?zugang=" + filed.token(),
                As.ANONYMOUS).statusCode());
    }

    @Test
    void svgHtmlAndFilesThatOnlyPretendAreRefusedAndNothingIsStored() {
        var filed = cooperative.file(house, "Böse Dateien");
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>";
        var refused = api.post(attachments(filed) + "?name=bild.png", filed.as(), svg.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("PNG, JPEG, GIF"), refused.body());
        api.post(attachments(filed) + "?name=seite.html", filed.as(),
                "<html><body onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).expect(400);
        var fakePng = new ByteArrayOutputStream();
        fakePng.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        fakePng.writeBytes("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        api.post(attachments(filed) + "?name=x.png", filed.as(), fakePng.toByteArray()).expect(400);
        var stored = api.get("api/tickets/" + filed.number(), filed.as()).expect(200).json();
        assertTrue(stored.getJsonArray("attachments").isEmpty(), stored.toString());
    }

    @Test
    void aPdfIsOnlyEverADownload() {
        var filed = cooperative.file(house, "Rechnung");
        var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        var created = api.post(attachments(filed) + "?name=Rechnung.pdf", filed.as(), pdf).expect(201).json();
        var file = api.download(attachments(filed) + "/" + created.getJsonNumber("id"), filed.as());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
    }

    @Test
    void limitsOnCountAndSizeAndNothingForAnotherTicketsLink() {
        var filed = cooperative.file(house, "Viele Bilder");
        var other = cooperative.file(house, "Nachbar");
        for (int i = 0; i < 5; i++) {
            api.post(attachments(filed) + "?name=bild" + i + ".jpg", filed.as(), screenshot()).expect(201);
        }
        var sixth = api.post(attachments(filed) + "?name=zuviel.jpg", filed.as(), screenshot());
        assertEquals(409, sixth.status(), sixth.body());
        assertTrue(sixth.body().contains("at most 5"), sixth.body());

        var huge = new byte[6 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertEquals(413, api.post(attachments(other) + "?name=gross.jpg", other.as(), huge).status());

        // another ticket's link: 404 for upload, list and download, and nothing of it in the answer
        var mine = api.get("api/tickets/" + filed.number(), filed.as()).expect(200).json();
        long id = mine.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        api.post(attachments(filed) + "?name=fremd.jpg", other.as(), screenshot()).expect(404);
        var foreign = api.download(attachments(filed) + "/" + id, other.as());
        assertEquals(404, foreign.statusCode());
        assertFalse(new String(foreign.body(), StandardCharsets.ISO_8859_1).contains("PNG"));
        assertEquals(404, api.download(attachments(other) + "/" + id, other.as()).statusCode());
        // a helper of another house: 404
        var stranger = cooperative.house().first();
        assertEquals(404, api.download(attachments(filed) + "/" + id, stranger.as()).statusCode());
    }

    @Test
    void erasingTheResidentRemovesTheirFiles() throws IOException {
        var email = Api.unique("datei") + "@example.org";
        var filed = api.post("api/tickets", As.ANONYMOUS, json("name", "Doris Datei", "house", house.slug(), "email",
                email, "subject", "Mit Bild", "description", "Siehe Bild")).expect(201).json();
        var ticket = new Cooperative.Filed(filed.getString("number"), filed.getString("accessToken"));
        var created = api.post(attachments(ticket) + "?name=bild.jpg", ticket.as(), screenshot()).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        long filesBefore = countFiles();

        api.post("api/privacy/erasure", Api.coordinator(), json("email", email)).expect(200);

        JsonObject after = api.get("api/tickets/" + ticket.number(), Api.coordinator()).expect(200).json();
        assertTrue(after.getJsonArray("attachments").isEmpty(), after.toString());
        assertEquals(404, api.download(attachments(ticket) + "/" + id, Api.coordinator()).statusCode());
        assertEquals(filesBefore - 1, countFiles());
    }

    private static long countFiles() throws IOException {
        try (Stream<Path> stored = Files.walk(Path.of(org.hausdesk.it.arquillian.TestRun.setting("attachments")))) {
            return stored.filter(Files::isRegularFile).count();
        }
    }
}
