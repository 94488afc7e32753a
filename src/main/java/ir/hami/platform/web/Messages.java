package ir.hami.platform.web;

import ir.hami.platform.text.TextLimit;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of message keys.
 *
 * <p>Rule: the text of a key is looked up in the bundle {@value #BUNDLE} for the
 * given locale (falling back to the bundle's base file, not to the JVM's locale);
 * when the bundle or the key is missing the key itself is the text. Arguments, if
 * any, are put in with {@link MessageFormat}; an argument that is a {@link TextLimit.Label} is put in as its key's
 * text in the same locale.
 */
public final class Messages {

    /** Base name of the portal's message bundle. */
    public static final String BUNDLE = "ir.hami.i18n.messages";

    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private Messages() {
    }

    /**
     * @param key    message key
     * @param args   message arguments, may be empty
     * @param locale the reader's locale
     * @return the text of the key in the portal's bundle, or the key
     */
    public static String text(String key, Object[] args, Locale locale) {
        return text(BUNDLE, key, args, locale);
    }

    /**
     * @param bundle base name of a resource bundle
     * @param key    message key
     * @param args   message arguments, may be {@code null} or empty
     * @param locale the reader's locale, {@code null} for the base file
     * @return the text of the key in that bundle, or the key
     */
    static String text(String bundle, String key, Object[] args, Locale locale) {
        Locale l = locale == null ? Locale.ROOT : locale;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, l, Messages.class.getClassLoader(), NO_JVM_LOCALE_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof TextLimit.Label label) {
                shown[i] = text(bundle, label.key(), null, locale);
            }
        }
        return new MessageFormat(pattern, l).format(shown);
    }
}
