package ir.hami.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The address a letter's QR code carries, and a code typed from paper. */
class VerificationLinkTest {

    private static final String CODE = "ABCDEFGHJK23456789MN";

    @Test
    void configuredPublicAddressWinsAndItsTrailingSlashIsDropped() {
        String base = VerificationLink.base(" https://portal.example.ir/ ", "http", "10.0.0.5", 8080, "/hami");
        assertEquals("https://portal.example.ir/verify.xhtml?code=" + CODE, VerificationLink.url(base, CODE));
    }

    @Test
    void withoutConfigurationTheRequestsAddressIsUsedWithoutDefaultPorts() {
        assertEquals("http://127.0.0.1:8080", VerificationLink.base(null, "http", "127.0.0.1", 8080, ""));
        assertEquals("https://portal.ir", VerificationLink.base("", "HTTPS", "portal.ir", 443, ""));
        assertEquals("http://portal.ir/hami", VerificationLink.base("  ", "http", "portal.ir", 80, "/hami"));
        assertEquals("https://portal.ir:8443", VerificationLink.base(null, "https", "portal.ir", 8443, null));
        assertEquals("http://[::1]:8080", VerificationLink.base(null, "http", "::1", 8080, ""));
    }

    @Test
    void theCodeIsEncodedInTheQuery() {
        assertEquals("http://h/verify.xhtml?code=A%26B%3DC", VerificationLink.url("http://h", "A&B=C"));
    }

    @Test
    void aTypedCodeIsNormalised() {
        assertEquals(CODE, VerificationLink.normalizeCode(" abcd-efgh jk۲۳۴۵۶۷۸۹mn "));
        assertEquals("", VerificationLink.normalizeCode(null));
    }
}
