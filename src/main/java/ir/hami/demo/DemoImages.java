package ir.hami.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Small, valid document images for the demo claims: a pale "page" with a header band, ruled lines of "text" and a
 * round stamp, drawn without fonts (headless), as PNG or JPEG. Each seed draws a different picture, so no two demo
 * images share a hash (the duplicate-image warning compares hashes).
 */
public final class DemoImages {

    private DemoImages() {
    }

    /** An image as the member's phone would send it. */
    public record Image(String name, byte[] bytes) {
    }

    public static Image png(String name, long seed) {
        return new Image(name + ".png", draw(seed, "png"));
    }

    public static Image jpeg(String name, long seed) {
        return new Image(name + ".jpg", draw(seed, "jpg"));
    }

    static byte[] draw(long seed, String format) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = 120;
        int height = 160;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(250, 248, 240 - random.nextInt(20)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(40 + random.nextInt(60), 90 + random.nextInt(80), 140 + random.nextInt(90)));
            g.fillRect(0, 0, width, 18);
            g.setColor(new Color(70, 70, 80));
            for (int y = 30; y < height - 30; y += 9) {
                int from = 8 + random.nextInt(20);
                g.drawLine(from, y, width - 8, y); // right-aligned lines, as Persian text is
            }
            g.setStroke(new BasicStroke(2));
            g.setColor(new Color(30 + random.nextInt(40), 60 + random.nextInt(60), 170 + random.nextInt(60)));
            int x = 15 + random.nextInt(40);
            g.drawOval(x, height - 34, 28, 28);
            g.drawLine(x + 5, height - 20, x + 23, height - 20);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
