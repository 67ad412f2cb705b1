package org.hausdesk.ticket.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.hausdesk.platform.entity.InvalidInput;
import org.junit.jupiter.api.Test;

/** The type of an attachment comes from its bytes; pictures are written anew; everything else is refused. */
class UploadsTest {

    static byte[] picture(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void aPngIsDecodedAndWrittenAgainWithoutAnythingHiddenInIt() throws IOException {
        var original = picture("png", 40, 30);
        // a text chunk after the image data, as a script or a GPS position could hide
        var smuggled = new ByteArrayOutputStream();
        smuggled.write(original, 0, original.length - 12);
        var secret = "<script>alert(1)</script> GPS 52.5200,13.4050".getBytes(StandardCharsets.ISO_8859_1);
        var chunk = java.nio.ByteBuffer.allocate(12 + 5 + secret.length);
        chunk.putInt(5 + secret.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put("note".getBytes())
                .put((byte) 0).put(secret);
        var crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + 5 + secret.length);
        chunk.putInt((int) crc.getValue());
        smuggled.write(chunk.array());
        smuggled.write(original, original.length - 12, 12);

        var checked = Uploads.check(smuggled.toByteArray());
        assertEquals(Uploads.Kind.PICTURE, checked.kind());
        assertFalse(new String(checked.bytes(), StandardCharsets.ISO_8859_1).contains("script"));
        assertFalse(new String(checked.bytes(), StandardCharsets.ISO_8859_1).contains("GPS"));
        var decoded = ImageIO.read(new ByteArrayInputStream(checked.bytes()));
        assertEquals(40, decoded.getWidth());
        assertEquals(Color.ORANGE.getRGB(), decoded.getRGB(5, 5));
    }

    @Test
    void jpegAndGifBecomePng() throws IOException {
        for (var format : new String[] {"jpg", "gif"}) {
            var checked = Uploads.check(picture(format, 20, 20));
            assertEquals("image/png", checked.kind().contentType());
            assertEquals((byte) 0x89, checked.bytes()[0], format);
        }
    }

    @Test
    void aPdfIsKeptAsItIs() {
        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        var checked = Uploads.check(pdf);
        assertEquals(Uploads.Kind.PDF, checked.kind());
        assertArrayEquals(pdf, checked.bytes());
    }

    @Test
    void svgHtmlAndProgramsAreRefusedWhateverTheyAreCalled() {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        var html = "<!DOCTYPE html><html><body onload=alert(1)></body></html>";
        for (var content : new String[] {svg, html, "MZ\u0090\u0000 a program", "#!/bin/sh\nrm -rf /"}) {
            var refused = assertThrows(InvalidInput.class, () -> Uploads.check(content.getBytes(StandardCharsets.UTF_8)));
            assertTrue(refused.getMessage().contains("PNG, JPEG, GIF"), refused.getMessage());
        }
        assertThrows(InvalidInput.class, () -> Uploads.check(new byte[0]));
    }

    @Test
    void aFileThatOnlyStartsLikeAPictureIsRefused() {
        var fake = new ByteArrayOutputStream();
        fake.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        fake.writeBytes("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidInput.class, () -> Uploads.check(fake.toByteArray()));
    }

    @Test
    void namesLoseTheirPathAndGetTheEndingOfWhatTheFileIs() {
        assertEquals("x.png", Uploads.displayName("../x", Uploads.Kind.PICTURE));
        assertEquals("passwd.png", Uploads.displayName("../../etc/passwd", Uploads.Kind.PICTURE));
        assertEquals("Bildschirmfoto 2026-11-29.png", Uploads.displayName("C:\\Bilder\\Bildschirmfoto 2026-11-29.jpg",
                Uploads.Kind.PICTURE));
        assertEquals("rechnungsvg.pdf", Uploads.displayName("rechnung.svg.pdf", Uploads.Kind.PDF));
        assertEquals("script.png", Uploads.displayName("<script>.svg", Uploads.Kind.PICTURE));
        assertEquals("bild.png", Uploads.displayName("...", Uploads.Kind.PICTURE));
        assertEquals("dokument.pdf", Uploads.displayName(null, Uploads.Kind.PDF));
    }

    @Test
    void aSmallFileThatDecodesToHundredsOfMegabytesIsRefusedBeforeDecoding() {
        var bomb = org.hausdesk.it.Pictures.deepPng(6300);
        assertTrue(bomb.length < 1024 * 1024, "a small file: " + bomb.length);
        long started = System.nanoTime();
        var refused = assertThrows(InvalidInput.class, () -> Uploads.check(bomb));
        assertTrue(refused.getMessage().contains("too large"), refused.getMessage());
        // refused from the header: the 317 MB of pixels are never decoded
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused quickly");
    }

    @Test
    void anOrdinaryScreenshotStillPasses() throws IOException {
        var checked = Uploads.check(picture("png", 1920, 1080));
        assertEquals(Uploads.Kind.PICTURE, checked.kind());
    }
}
