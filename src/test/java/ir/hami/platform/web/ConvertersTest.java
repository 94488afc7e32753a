package ir.hami.platform.web;

import ir.hami.platform.ValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The converters without a running JSF: conversion, display digits and error messages. */
class ConvertersTest {

    private static final Locale FA = Locale.forLanguageTag("fa-IR");
    private static final Locale EN = Locale.ENGLISH;
    private static final String TEST_BUNDLE = "ir.hami.platform.web.testmessages";

    @Test
    void convertersAreRegisteredUnderTheirIds() {
        assertEquals("jalaliDate", JalaliDateConverter.class.getAnnotation(FacesConverter.class).value());
        assertEquals("rial", RialConverter.class.getAnnotation(FacesConverter.class).value());
        assertEquals("nationalId", NationalIdConverter.class.getAnnotation(FacesConverter.class).value());
        assertEquals("mobile", MobileConverter.class.getAnnotation(FacesConverter.class).value());
        assertEquals("iban", IbanConverter.class.getAnnotation(FacesConverter.class).value());
    }

    @Test
    void jalaliDateIsReadFromAnyDigits() {
        JalaliDateConverter c = new JalaliDateConverter();
        assertEquals(LocalDate.of(2019, 9, 5), c.toModel("۱۳۹۸/۰۶/۱۴"));
        assertEquals(LocalDate.of(2019, 9, 5), c.getAsObject(null, null, " 1398-6-14 "));
    }

    @Test
    void jalaliDateIsShownWithTheDigitsOfTheReader() {
        JalaliDateConverter c = new JalaliDateConverter();
        assertEquals("۱۳۹۸/۰۶/۱۴", c.toDisplay(LocalDate.of(2019, 9, 5), FA));
        assertEquals("1398/06/14", c.toDisplay(LocalDate.of(2019, 9, 5), EN));
    }

    @Test
    void rialIsReadAndShownGroupedByThousands() {
        RialConverter c = new RialConverter();
        assertEquals(3_146_000L, c.toModel("۳٬۱۴۶٬۰۰۰"));
        assertEquals("۳٬۱۴۶٬۰۰۰", c.toDisplay(3_146_000L, FA));
        assertEquals("3,146,000", c.toDisplay(3_146_000L, EN));
    }

    @Test
    void nationalIdIsStoredAsTenAsciiDigits() {
        NationalIdConverter c = new NationalIdConverter();
        assertEquals("0012345679", c.toModel("۰۰۱-۲۳۴۵۶۷-۹"));
        assertEquals("۰۰۱۲۳۴۵۶۷۹", c.toDisplay("0012345679", FA));
        assertEquals("0012345679", c.toDisplay("0012345679", EN));
    }

    @Test
    void mobileIsStoredInItsCanonicalForm() {
        MobileConverter c = new MobileConverter();
        assertEquals("09123456789", c.toModel("+98 912 345 6789"));
        assertEquals("۰۹۱۲۳۴۵۶۷۸۹", c.toDisplay("09123456789", FA));
        assertEquals("09123456789", c.toDisplay("09123456789", EN));
    }

    @Test
    void ibanIsStoredCompactAndShownInGroups() {
        IbanConverter c = new IbanConverter();
        assertEquals("IR062960000000100324200001", c.toModel("ir06 2960 0000 0010 0324 2000 01"));
        assertEquals("IR06 2960 0000 0010 0324 2000 01", c.toDisplay("IR062960000000100324200001", EN));
        assertEquals("IR۰۶ ۲۹۶۰ ۰۰۰۰ ۰۰۱۰ ۰۳۲۴ ۲۰۰۰ ۰۱", c.toDisplay("IR062960000000100324200001", FA));
    }

    @Test
    void storedIbanThatIsNotValidIsShownAsItIs() {
        assertEquals("IR07 bad", new IbanConverter().toDisplay("IR07 bad", EN));
    }

    @Test
    void blankInputIsNoValue() {
        for (LocalizedConverter<?> c : new LocalizedConverter<?>[] {new JalaliDateConverter(), new RialConverter(),
            new NationalIdConverter(), new MobileConverter(), new IbanConverter()}) {
            assertNull(c.getAsObject(null, null, null), c.getClass().getSimpleName());
            assertNull(c.getAsObject(null, null, ""), c.getClass().getSimpleName());
            assertNull(c.getAsObject(null, null, " \u00A0\u200F "), c.getClass().getSimpleName());
        }
    }

    @Test
    void noValueIsShownAsEmptyText() {
        assertEquals("", new JalaliDateConverter().getAsString(null, null, null));
        assertEquals("", new RialConverter().getAsString(null, null, null));
        assertEquals("", new NationalIdConverter().getAsString(null, null, null));
        assertEquals("", new MobileConverter().getAsString(null, null, null));
        assertEquals("", new IbanConverter().getAsString(null, null, null));
    }

    @Test
    void withoutAViewTheReaderIsPersian() {
        assertEquals("۱۴۰۳/۰۱/۰۱", new JalaliDateConverter().getAsString(null, null, LocalDate.of(2024, 3, 20)));
        assertEquals("۱٬۰۰۰", new RialConverter().getAsString(null, null, 1000L));
    }

    @Test
    void invalidInputBecomesAnErrorMessageInTheReadersLanguage() {
        RialConverter c = new RialConverter() {
            @Override
            protected String bundle() {
                return TEST_BUNDLE;
            }
        };
        ValidationException refusal = new ValidationException("amount.invalid");
        ConverterException fa = c.failure(refusal, FA);
        assertSame(FacesMessage.SEVERITY_ERROR, fa.getFacesMessage().getSeverity());
        assertEquals("مبلغ معتبر نیست.", fa.getFacesMessage().getSummary());
        assertEquals("مبلغ معتبر نیست.", fa.getFacesMessage().getDetail());
        assertSame(refusal, fa.getCause());
        assertEquals("Not a valid amount.", c.failure(refusal, EN).getFacesMessage().getSummary());
    }

    @Test
    void refusedInputThrowsConverterExceptionFromGetAsObject() {
        JalaliDateConverter c = new JalaliDateConverter() {
            @Override
            protected String bundle() {
                return TEST_BUNDLE;
            }
        };
        ConverterException e = assertThrows(ConverterException.class, () -> c.getAsObject(null, null, "1404/12/30"));
        assertEquals("تاریخ معتبر نیست.", e.getFacesMessage().getSummary());
        assertEquals("date.invalid", ((ValidationException) e.getCause()).key());
    }

    @Test
    void errorTextFallsBackToTheKeyWithoutABundle() {
        NationalIdConverter c = new NationalIdConverter() {
            @Override
            protected String bundle() {
                return "ir.hami.platform.web.nosuchbundle";
            }
        };
        ConverterException e = assertThrows(ConverterException.class, () -> c.getAsObject(null, null, "0012345678"));
        assertEquals("nationalId.invalid", e.getFacesMessage().getSummary());
        assertSame(FacesMessage.SEVERITY_ERROR, e.getFacesMessage().getSeverity());
    }

    @Test
    void everyConverterRefusesItsInvalidInputWithItsKey() {
        assertEquals("date.invalid", refusalKey(new JalaliDateConverter(), "1404/13/01"));
        assertEquals("amount.invalid", refusalKey(new RialConverter(), "-5"));
        assertEquals("nationalId.format", refusalKey(new NationalIdConverter(), "12345679"));
        assertEquals("nationalId.invalid", refusalKey(new NationalIdConverter(), "1111111111"));
        assertEquals("mobile.invalid", refusalKey(new MobileConverter(), "02112345678"));
        assertEquals("iban.format", refusalKey(new IbanConverter(), "IR0629600000001003242000"));
        assertEquals("iban.checksum", refusalKey(new IbanConverter(), "IR072960000000100324200001"));
    }

    @Test
    void convertersUseThePortalBundle() {
        assertEquals(Messages.BUNDLE, new RialConverter().bundle());
    }

    private static String refusalKey(LocalizedConverter<?> converter, String input) {
        ConverterException e = assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, input));
        return ((ValidationException) e.getCause()).key();
    }
}
