package org.hausdesk.ticket.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.hausdesk.platform.entity.InvalidInput;
import org.hausdesk.platform.entity.TooManyRequests;

/**
 * What a resident may attach, decided by the bytes, never by the file's name or the type the browser
 * claims: pictures (PNG, JPEG, GIF), which are decoded and written again as PNG (nothing but pixels
 * survives: no script, no metadata such as a phone's GPS position), and PDF files, kept as they are
 * and only ever offered as a download. Anything else (SVG, HTML, programs) is refused.
 */
public final class Uploads {

    /**
     * The memory one picture may take while it is decoded and written anew (its pixels as the file
     * has them, plus the copy it is written from), checked from the header before decoding: a small
     * file can claim enormous dimensions and depth (a 300 KB PNG of 6300 x 6300 16-bit pixels would
     * need 480 MB). 128 MB take a 16-megapixel photo or a 4K screenshot.
     */
    static final long MAX_DECODED_BYTES = 128L * 1024 * 1024;
    /** Pictures decoded at the same time; more wait, at most {@value #WAIT_SECONDS} seconds, then 429. */
    private static final java.util.concurrent.Semaphore DECODING = new java.util.concurrent.Semaphore(2, true);
    private static final int WAIT_SECONDS = 20;

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
                if (decodedBytes(reader) > MAX_DECODED_BYTES) {
                    throw new InvalidInput("The picture is too large (at most about 16 megapixels); please send a smaller one");
                }
                awaitTurn();
                try {
                    BufferedImage image = reader.read(0);
                    var out = new ByteArrayOutputStream();
                    if (!ImageIO.write(toRgb(image), "png", out)) {
                        throw new InvalidInput("The picture cannot be read");
                    }
                    return out.toByteArray();
                } finally {
                    DECODING.release();
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput || e instanceof TooManyRequests) {
                throw (RuntimeException) e;
            }
            throw new InvalidInput("The picture cannot be read (is the file damaged?)");
        }
    }

    /** Bytes of the decoded pixels as the file has them, plus the 4-byte-per-pixel copy written out. */
    static long decodedBytes(javax.imageio.ImageReader reader) throws IOException {
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        var type = reader.getRawImageType(0);
        if (type == null) {
            var types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        int bitsPerPixel = 64;
        if (type != null) {
            bitsPerPixel = 0;
            for (int band = 0; band < type.getNumBands(); band++) {
                bitsPerPixel += type.getBitsPerBand(band);
            }
        }
        return pixels * Math.max(8, bitsPerPixel) / 8 + pixels * 4;
    }

    private static void awaitTurn() {
        try {
            if (!DECODING.tryAcquire(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new TooManyRequests(WAIT_SECONDS, "Many pictures are being sent right now; please try again",
                        "Gerade werden viele Bilder geschickt. Bitte versuchen Sie es gleich noch einmal");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInput("The picture cannot be read");
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
