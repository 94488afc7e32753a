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

    /**
     * Issue 14: parallel posts of one captcha answer (same session) pass once. Before the fix, every post that read
     * the answer before the first one renewed it passed too. A renewal that takes a few milliseconds (a busy
     * machine, a thread switched out) widens the window the way production load would.
     */
    @Test
    void parallelPostsOfOneAnswerPassOnce() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                Captcha captcha = new SlowCaptcha();
                String answer = captcha.getRevealedAnswer();
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.List<java.util.concurrent.Future<Boolean>> posts = new java.util.ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    posts.add(pool.submit(() -> {
                        start.await();
                        return captcha.check(answer);
                    }));
                }
                start.countDown();
                int passed = 0;
                for (var post : posts) {
                    passed += post.get() ? 1 : 0;
                }
                assertEquals(1, passed, "round " + round + ": one answer passed " + passed + " parallel checks");
            }
        } finally {
            pool.shutdownNow();
        }
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

    /** A captcha whose renewal takes a few milliseconds. */
    private static final class SlowCaptcha extends Captcha {
        private static final long serialVersionUID = 1L;

        @Override
        public void renew() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.renew();
        }
    }
}
