package ir.hami.platform.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time key of a form that creates something (a referral request, a message, a reply, a centre, a procedure,
 * an announcement, an API key, a roster import). Rule: the page makes one when it shows the form and keeps it on the
 * server (it is never sent to the browser, so nobody can name another form's key); files chosen on the form are
 * staged under it ({@link ir.hami.platform.files.Staging}); what the submit creates records it under a unique
 * constraint. A second submit of the same form (a double click, a resubmit, two posts at once) finds that record
 * and answers with it: one record, never two.
 *
 * @param value 22 characters of URL-safe Base64 (128 random bits)
 */
public record FormKey(String value) implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    public FormKey {
        if (value == null || !value.matches("[A-Za-z0-9_-]{22}")) {
            throw new IllegalArgumentException("not a form key");
        }
    }

    public static FormKey random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new FormKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * The form key named by a text that only its owner can produce (an account's or an API key's id with the key the
     * client sent): the first 128 bits of its SHA-256. A retried request names the same key; two owners never meet.
     */
    public static FormKey derivedFrom(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new FormKey(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
