package ir.hami.referral;

import ir.hami.platform.text.PersianText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The public verification address a printed letter's QR code carries: {@code <base>/verify.xhtml?code=<code>}. The
 * base is the configured public address ({@code hami.public-url}) or, when none is set, the address the request came
 * to (scheme, host, port unless the scheme's default, context path). A code typed from paper is normalised before
 * lookup: any digits, lower case, spaces and dashes are accepted.
 */
public final class VerificationLink {

    public static final String PAGE = "/verify.xhtml";

    private VerificationLink() {
    }

    /** The verification URL of a code under a base address (a trailing slash of the base is dropped). */
    public static String url(String base, String code) {
        String b = base == null ? "" : base.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b + PAGE + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /**
     * The base address: the configured one when set (not blank), else the request's own
     * {@code scheme://host[:port]contextPath}, the port left out when it is the scheme's default.
     */
    public static String base(String configured, String scheme, String host, int port, String contextPath) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String s = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port <= 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        String h = host != null && host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return s + "://" + h + (defaultPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath);
    }

    /** A code as typed or scanned: Persian/Arabic digits to Latin, upper case, without spaces and dashes. */
    public static String normalizeCode(String typed) {
        if (typed == null) {
            return "";
        }
        return PersianText.normalizeDigits(typed).replaceAll("[\\s\\-\u200c]", "").toUpperCase(Locale.ROOT);
    }
}
