package ir.hami.access;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;

/**
 * What a new password must be: 8 to 64 characters, at least one letter and one digit, not the person's national ID
 * or mobile, and typed the same twice. Persian digits count as digits (they are stored as ASCII).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** @return the password as it will be hashed (digits normalised) */
    public static String check(String password, String repeated, String... forbidden) {
        if (password == null || password.isEmpty()) {
            throw new ValidationException("password.required");
        }
        String normalized = PersianText.normalizeDigits(password);
        if (repeated != null && !normalized.equals(PersianText.normalizeDigits(repeated))) {
            throw new ValidationException("password.mismatch");
        }
        if (normalized.length() < MIN_LENGTH || normalized.length() > MAX_LENGTH) {
            throw new ValidationException("password.length", MIN_LENGTH, MAX_LENGTH);
        }
        boolean letter = normalized.chars().anyMatch(Character::isLetter);
        boolean digit = normalized.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            throw new ValidationException("password.weak");
        }
        for (String value : forbidden) {
            if (value != null && !value.isEmpty() && normalized.contains(value)) {
                throw new ValidationException("password.personal");
            }
        }
        return normalized;
    }
}
