package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;

/** The login captcha: each answer is good for one check only. */
class CaptchaTest {

    @Test
    void answerIsUsedUpByEachCheck() {
        Captcha captcha = new Captcha();
        String answer = captcha.getRevealedAnswer();
        assertTrue(answer.matches("[A-Z2-9]{5}"), answer);
        int serial = captcha.getSerial();

        assertTrue(captcha.check(answer));
        assertNotEquals(serial, captcha.getSerial(), "a new image after a check");
        assertFalse(captcha.check(answer), "the same answer twice");

        String next = captcha.getRevealedAnswer();
        assertFalse(captcha.check("WRONG"));
        assertFalse(captcha.check(next), "a failed check used the answer up as well");
    }

    @Test
    void noAnswerNoPass() {
        Captcha captcha = new Captcha();
        assertFalse(captcha.check(null));
        assertFalse(captcha.check(""));
    }

    @Test
    void caseAndSpacesDoNotMatter() {
        Captcha captcha = new Captcha();
        String answer = captcha.getRevealedAnswer();
        assertTrue(captcha.check("  " + answer.toLowerCase(Locale.ROOT) + " "));
    }

    @Test
    void persianDigitsCount() {
        Captcha captcha = new Captcha();
        String answer = captcha.getRevealedAnswer();
        while (answer.chars().noneMatch(Character::isDigit)) {
            captcha.renew();
            answer = captcha.getRevealedAnswer();
        }
        StringBuilder typed = new StringBuilder();
        for (char c : answer.toCharArray()) {
            typed.append(Character.isDigit(c) ? (char) ('\u06F0' + (c - '0')) : c);
        }
        assertNotEquals(answer, typed.toString());
        assertTrue(captcha.check(typed.toString()), typed + " for " + answer);
    }

    @Test
    void imageIsAPng() throws Exception {
        Captcha captcha = new Captcha();
        byte[] png = captcha.png();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(png)));
        assertEquals(170, image.getWidth());
        assertEquals(56, image.getHeight());
    }
}
