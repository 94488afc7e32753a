package ir.hami.platform.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The server-drawn QR code reads back as the text it was made from. */
class QrImageTest {

    @Test
    void pngDecodesToTheSameUrl() throws Exception {
        String url = "https://portal.example.ir/verify.xhtml?code=ABCDEFGHJK23456789MN";
        byte[] png = QrImage.png(url, 180);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(180, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance(image)))).getText();
        assertEquals(url, read);
    }

    @Test
    void dataUriIsAPng() {
        assertTrue(QrImage.dataUri("x", 100).startsWith("data:image/png;base64,iVBOR"));
    }

    @Test
    void emptyOrHugeTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrImage.png("", 100));
        assertThrows(IllegalArgumentException.class, () -> QrImage.png("x".repeat(QrImage.MAX_TEXT + 1), 100));
    }

    private static LuminanceSource luminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] pixels = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = (byte) ((image.getRGB(x, y) & 0xFF));
            }
        }
        return new LuminanceSource(w, h) {
            @Override
            public byte[] getRow(int y, byte[] row) {
                byte[] r = row == null || row.length < w ? new byte[w] : row;
                System.arraycopy(pixels, y * w, r, 0, w);
                return r;
            }

            @Override
            public byte[] getMatrix() {
                return pixels;
            }
        };
    }
}
