package org.hausdesk.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Pictures an attacker would send: small files that claim (and hold) enormous decoded images. */
public final class Pictures {

    private Pictures() {
    }

    /**
     * A valid PNG of {@code size} x {@code size} pixels, 16-bit RGBA, all black: a few hundred KB that
     * decode to {@code size * size * 8} bytes (6300: 301 KB, 317 MB decoded).
     */
    public static byte[] deepPng(int size) {
        try {
            var out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            var header = ByteBuffer.allocate(13).putInt(size).putInt(size).put((byte) 16).put((byte) 6)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array());
            var data = new ByteArrayOutputStream();
            try (var deflate = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_COMPRESSION))) {
                var row = new byte[1 + size * 8];
                for (int y = 0; y < size; y++) {
                    deflate.write(row);
                }
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
