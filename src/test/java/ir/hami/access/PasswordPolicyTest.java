package ir.hami.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What a new password must be. */
class PasswordPolicyTest {

    private static final String NATIONAL_ID = "0012345679";
    private static final String MOBILE = "09121234567";

    private static void refused(String key, Executable check) {
        assertEquals(key, assertThrows(ValidationException.class, check).key());
    }

    private static String check(String password) {
        return PasswordPolicy.check(password, password, NATIONAL_ID, MOBILE);
    }

    @Test
    void lengthIsEightToSixtyFour() {
        refused("password.length", () -> check("abcd123"));
        assertEquals("abcd1234", check("abcd1234"));
        String sixtyFour = "a1".repeat(32);
        assertEquals(sixtyFour, check(sixtyFour));
        refused("password.length", () -> check(sixtyFour + "b"));
    }

    @Test
    void emptyPasswordIsRequired() {
        refused("password.required", () -> PasswordPolicy.check("", "", NATIONAL_ID));
        refused("password.required", () -> PasswordPolicy.check(null, null, NATIONAL_ID));
    }

    @Test
    void lettersAndDigitsAreBothNeeded() {
        refused("password.weak", () -> check("abcdefgh"));
        refused("password.weak", () -> check("12345678"));
        refused("password.weak", () -> check("!@#$%^&*("));
        assertEquals("شیراز1404", check("شیراز1404"), "Persian letters count as letters");
    }

    @Test
    void repeatedPasswordMustMatch() {
        refused("password.mismatch", () -> PasswordPolicy.check("abcd1234", "abcd1235", NATIONAL_ID));
        assertEquals("abcd1234", PasswordPolicy.check("abcd1234", null, NATIONAL_ID),
                "no repetition asked, none checked");
    }

    @Test
    void nationalIdAndMobileAreRefused() {
        refused("password.personal", () -> check("x" + NATIONAL_ID));
        refused("password.personal", () -> check("a" + MOBILE));
        refused("password.personal", () -> check("ab" + persian(NATIONAL_ID)));
        assertEquals("abcd1234", PasswordPolicy.check("abcd1234", "abcd1234", null, "", NATIONAL_ID));
    }

    @Test
    void persianDigitsAreNormalisedAndReturned() {
        assertEquals("pass1404word", PasswordPolicy.check("pass۱۴۰۴word", "pass1404word", NATIONAL_ID));
        assertEquals("abcdefg1", PasswordPolicy.check("abcdefg١", "abcdefg۱", NATIONAL_ID),
                "Arabic-Indic and Persian digits are the same digit");
        refused("password.weak", () -> PasswordPolicy.check("۱۲۳۴۵۶۷۸", "۱۲۳۴۵۶۷۸", NATIONAL_ID));
    }

    private static String persian(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append((char) ('\u06F0' + (c - '0')));
        }
        return out.toString();
    }
}
