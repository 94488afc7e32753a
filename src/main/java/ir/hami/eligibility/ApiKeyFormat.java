package ir.hami.eligibility;

import ir.hami.platform.security.PasswordHasher;
import java.security.SecureRandom;

/**
 * API keys: {@code hami_} and 40 random letters and digits (about 238 bits). A key is random and long, so one
 * SHA-256 is enough to store it (a slow password hash would only slow every API call down); the first
 * {@value #PREFIX_LENGTH} characters name the key in lists and in the audit trail.
 */
public final class ApiKeyFormat {

    public static final int PREFIX_LENGTH = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int RANDOM_CHARS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    public static String generate() {
        StringBuilder key = new StringBuilder("hami_");
        for (int i = 0; i < RANDOM_CHARS; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    /** The key as sent in a header, trimmed; null when blank or implausible (too short, too long, odd characters). */
    public static String clean(String header) {
        if (header == null) {
            return null;
        }
        String key = header.trim();
        if (key.length() < PREFIX_LENGTH + 4 || key.length() > 200 || !key.matches("[A-Za-z0-9_\\-]+")) {
            return null;
        }
        return key;
    }

    public static String prefix(String key) {
        return key.substring(0, Math.min(PREFIX_LENGTH, key.length()));
    }

    public static String hash(String key) {
        return PasswordHasher.sha256(key);
    }
}
