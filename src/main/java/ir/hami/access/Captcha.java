package ir.hami.access;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import ir.hami.platform.text.PersianText;

/**
 * The image captcha of the login and public forms (کد امنیتی): five characters from an alphabet without look-alikes,
 * drawn distorted over noise. The answer lives only in the session; each check uses it up, so a failed login
 * always needs a new captcha. Only when the configuration key {@code hami.captcha.reveal} is set (demo and tests)
 * do pages show the answer.
 */
@Named
@SessionScoped
public class Captcha implements Serializable {

    private static final long serialVersionUID = 2L;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 5;

    /** Swapped atomically: of parallel posts of one answer, only one takes it. */
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicInteger serial = new AtomicInteger();

    /** A new challenge; the image URL changes with it. */
    public void renew() {
        answer.set(newText());
        serial.incrementAndGet();
    }

    public void ensure() {
        if (answer.get() == null && answer.compareAndSet(null, newText())) {
            serial.incrementAndGet();
        }
    }

    /**
     * Checks and uses up the answer, whatever the result. Case and Persian digits do not matter. Taking the answer
     * and putting a new one are one atomic step, so one answer passes one check only, even for parallel posts.
     */
    public boolean check(String typed) {
        String expected = answer.getAndSet(newText());
        serial.incrementAndGet();
        if (expected == null || typed == null) {
            return false;
        }
        String normalized = PersianText.normalizeDigits(typed).strip().toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                normalized.getBytes(StandardCharsets.UTF_8));
    }

    public int getSerial() {
        ensure();
        return serial.get();
    }

    /** For the demo and tests only; pages show it only when hami.captcha.reveal is set. */
    public String getRevealedAnswer() {
        ensure();
        return answer.get();
    }

    private static String newText() {
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    public byte[] png() {
        ensure();
        String answer = this.answer.get();
        int width = 170;
        int height = 56;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 243, 238));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 40; i++) {
                g.setColor(new Color(150 + RANDOM.nextInt(90), 150 + RANDOM.nextInt(90), 150 + RANDOM.nextInt(90)));
                g.fillOval(RANDOM.nextInt(width), RANDOM.nextInt(height), 3 + RANDOM.nextInt(5), 3 + RANDOM.nextInt(5));
            }
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 30);
            for (int i = 0; i < answer.length(); i++) {
                AffineTransform transform = new AffineTransform();
                transform.rotate((RANDOM.nextDouble() - 0.5) * 0.7);
                transform.shear((RANDOM.nextDouble() - 0.5) * 0.4, 0);
                g.setFont(font.deriveFont(transform));
                g.setColor(new Color(RANDOM.nextInt(110), RANDOM.nextInt(80), 60 + RANDOM.nextInt(120)));
                g.drawString(String.valueOf(answer.charAt(i)), 12 + i * 30, 38 + RANDOM.nextInt(8) - 4);
            }
            g.setStroke(new BasicStroke(2f));
            for (int i = 0; i < 4; i++) {
                g.setColor(new Color(RANDOM.nextInt(160), RANDOM.nextInt(160), RANDOM.nextInt(160)));
                g.drawLine(RANDOM.nextInt(width), RANDOM.nextInt(height), RANDOM.nextInt(width), RANDOM.nextInt(height));
            }
        } finally {
            g.dispose();
        }
        // in memory: ImageIO's default disk cache fails where java.io.tmpdir is missing or read-only
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
