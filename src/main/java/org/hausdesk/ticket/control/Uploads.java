package org.hausdesk.ticket.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.hausdesk.platform.entity.InvalidInput;

/**
 * What a resident may attach, decided by the bytes, never by the file's name or the type the browser
 * claims: pictures (PNG, JPEG, GIF), which are decoded and written again as PNG (nothing but pixels
 * survives: no script, no metadata such as a phone's GPS position), and PDF files, kept as they are
 * and only ever offered as a download. Anything else (SVG, HTML, programs) is refused.
 */
public final class Uploads {

    /** Larger pictures are refused before decoding (a small file can claim enormous dimensions). */
    static final long MAX_PIXELS = 40_000_000L;

    public enum Kind {
        PICTURE("image/png", ".png"), PDF("application/pdf", ".pdf");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** The file as it will be stored and served. */
    public record Checked(Kind kind, byte[] bytes) {
    }

    private Uploads() {
    }

    public static Checked check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("The file is empty");
        }
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(Kind.PDF, bytes);
        }
        if (isPng(bytes) || isJpeg(bytes) || isGif(bytes)) {
            return new Checked(Kind.PICTURE, reencode(bytes));
        }
        throw new InvalidInput("Only pictures (PNG, JPEG, GIF) and PDF files can be attached");
    }

    /** A file name fit to show and to offer for download: no path, no control or odd characters, the right ending. */
    public static String displayName(String name, Kind kind) {
        var base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        if (base.isEmpty()) {
            base = kind == Kind.PDF ? "dokument" : "bild";
        }
        return (base.length() > 80 ? base.substring(0, 80) : base) + kind.extension();
    }

    private static byte[] reencode(byte[] bytes) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidInput("The picture cannot be read");
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InvalidInput("The picture is too large (at most 40 megapixels)");
                }
                BufferedImage image = reader.read(0);
                var out = new ByteArrayOutputStream();
                if (!ImageIO.write(toRgb(image), "png", out)) {
                    throw new InvalidInput("The picture cannot be read");
                }
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("The picture cannot be read (is the file damaged?)");
        }
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB || image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        var graphics = copy.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return copy;
    }

    private static boolean isPng(byte[] b) {
        return startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    }

    private static boolean isJpeg(byte[] b) {
        return startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }

    private static boolean isGif(byte[] b) {
        return startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
