package ir.hami.platform;

import java.util.Arrays;
import java.util.Objects;

/**
 * Invalid user input. Rule: it carries a message <em>key</em> of the bundle
 * {@code ir.hami.i18n.messages} (for example {@code "nationalId.invalid"}) and optional
 * arguments for that message, never a text; the web layer turns the key into the
 * text of the user's language.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] args;

    /**
     * @param key  message key, not blank
     * @param args arguments of the message, may be empty
     */
    public ValidationException(String key, Object... args) {
        super(describe(key, args));
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /**
     * @param cause the error that revealed the invalid input
     * @param key   message key, not blank
     * @param args  arguments of the message, may be empty
     */
    public ValidationException(Throwable cause, String key, Object... args) {
        this(key, args);
        initCause(cause);
    }

    /** @return the message key, for example {@code "date.invalid"} */
    public String key() {
        return key;
    }

    /** @return a copy of the message arguments, empty when there are none */
    public Object[] args() {
        return args.clone();
    }

    private static String describe(String key, Object[] args) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("A message key must not be blank");
        }
        return args == null || args.length == 0 ? key : key + " " + Arrays.toString(args);
    }
}
