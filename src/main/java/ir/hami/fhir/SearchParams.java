package ir.hami.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/** The few search parameter forms {@code /fhir} accepts: date prefixes, references, {@code _count}. */
final class SearchParams {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 50;

    private SearchParams() {
    }

    /**
     * A date test for {@code eq|ne|lt|le|gt|ge} followed by {@code yyyy-mm-dd} (the day; time of day ignored).
     *
     * @throws FhirException 400 for another form
     */
    static Predicate<LocalDate> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return d -> true;
        }
        String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
        String text = Character.isLetter(value.charAt(0)) ? value.substring(2) : value;
        LocalDate day;
        try {
            day = LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw bad(name, value);
        }
        return switch (prefix) {
            case "eq" -> d -> d != null && d.equals(day);
            case "ne" -> d -> d != null && !d.equals(day);
            case "lt" -> d -> d != null && d.isBefore(day);
            case "le" -> d -> d != null && !d.isAfter(day);
            case "gt" -> d -> d != null && d.isAfter(day);
            case "ge" -> d -> d != null && !d.isBefore(day);
            default -> throw bad(name, value);
        };
    }

    static LocalDate tehranDay(Instant i) {
        return i == null ? null : i.atZone(EligibilityMapping.TEHRAN).toLocalDate();
    }

    /** {@code Patient/123} or {@code 123}; null when absent. */
    static Long patientId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.startsWith("Patient/") ? value.substring("Patient/".length()) : value;
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw bad("patient", value);
        }
    }

    static int count(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_COUNT;
        }
        try {
            return Math.max(1, Math.min(MAX_COUNT, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            throw bad("_count", value);
        }
    }

    static int offset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(MemberRecords.SCAN_CAP, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            throw bad("_offset", value);
        }
    }

    /** {@code system|value}; the value when the system is the given one or absent; null otherwise. */
    static String token(String value, String system) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int bar = value.indexOf('|');
        if (bar < 0) {
            return value;
        }
        return value.substring(0, bar).isEmpty() || value.substring(0, bar).equals(system)
                ? value.substring(bar + 1) : null;
    }

    static FhirException bad(String name, String value) {
        return FhirException.invalid("Search parameter " + name + " has an unsupported value: " + value,
                "مقدار پارامتر جستجوی " + name + " پشتیبانی نمی‌شود");
    }
}
