package org.hausdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void aPrivateLinkDrawnAsAQrCodeReadsBackTheSame() throws Exception {
        var link = "https://hilfe.example.de/anfrage/2026-0042?zugang=K7M4Q2XP9D4F";
        var uri = QrCode.dataUri(link);
        assertTrue(uri.startsWith("data:image/png;base64,"), uri);
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertTrue(image.getWidth() >= 200, "large enough to scan off paper: " + image.getWidth());
        var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals(link, text);
    }
}
