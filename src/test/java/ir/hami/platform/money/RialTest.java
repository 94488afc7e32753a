package ir.hami.platform.money;

import ir.hami.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RialTest {

    private static final Locale FA = Locale.forLanguageTag("fa-IR");

    @CsvSource(delimiter = ';', value = {
        "0; 0",
        "7; 7",
        "999; 999",
        "1000; 1,000",
        "3146000; 3,146,000",
        "12345678; 12,345,678",
        "100000000; 100,000,000",
        "9223372036854775807; 9,223,372,036,854,775,807",
        "-3146000; -3,146,000",
        "-999; -999",
        "-9223372036854775808; -9,223,372,036,854,775,808"
    })
    @ParameterizedTest
    void amountIsGroupedByThousands(long amount, String expected) {
        assertEquals(expected, Rial.format(amount));
        assertEquals(expected, Rial.format(amount, Locale.ENGLISH));
    }

    @Test
    void persianReadersGetPersianDigitsAndThePersianSeparator() {
        assertEquals("۳٬۱۴۶٬۰۰۰", Rial.format(3_146_000L, FA));
        assertEquals('\u066C', Rial.format(3_146_000L, FA).charAt(1));
        assertEquals("۰", Rial.format(0L, FA));
        assertEquals("۹۹۹", Rial.format(999L, Locale.forLanguageTag("fa")));
        assertEquals("۱٬۰۰۰", Rial.format(1000L, null));
    }

    @Test
    void formatDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("3,146,000", Rial.format(3_146_000L));
            Locale.setDefault(FA);
            assertEquals("3,146,000", Rial.format(3_146_000L));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3146000", "3,146,000", "۳٬۱۴۶٬۰۰۰", "٣٬١٤٦٬٠٠٠", "۳۱۴۶۰۰۰", "3 146 000", "3\u00A0146\u202F000",
        " 3,146,000 ", "۳،۱۴۶،۰۰۰", "3'146'000", "0003146000", "\u200F۳٬۱۴۶٬۰۰۰\u200E", "3٬146,000"})
    void typedAmountsAreRead(String text) {
        assertEquals(3_146_000L, Rial.parse(text));
    }

    @Test
    void smallAndLargeAmountsAreRead() {
        assertEquals(0L, Rial.parse("0"));
        assertEquals(0L, Rial.parse("۰"));
        assertEquals(999L, Rial.parse("999"));
        assertEquals(Long.MAX_VALUE, Rial.parse("9,223,372,036,854,775,807"));
    }

    @Test
    void formattedAmountsAreReadBack() {
        for (long amount : new long[] {0, 5, 1000, 3_146_000, 987_654_321_012L, Long.MAX_VALUE}) {
            assertEquals(amount, Rial.parse(Rial.format(amount)));
            assertEquals(amount, Rial.parse(Rial.format(amount, FA)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-3,146,000", "−500", "۳۱۴۶۰۰۰-", "- 3146000"})
    void negativeAmountsAreRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Rial.parse(text));
        assertEquals("amount.invalid", e.key());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "abc", "3146000ریال", "12.5", "12٫5", "3.146.000", "+3146000", "3,14,6000", "31,46,000",
        "3,1460,00", ",3146000", "3146000,", "3,,146", "1e6", "0x10", "9,223,372,036,854,775,808",
        "99999999999999999999", "۳٬۱۴۶٬۰۰"})
    void textThatIsNotAnAmountIsRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Rial.parse(text));
        assertEquals(Rial.KEY_INVALID, e.key());
    }
}
