package ir.hami.membership;

import jakarta.persistence.Column;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A roster row whose text is longer than its column is rejected with a reason ({@link RosterReason#TOO_LONG}), never
 * sent to the database: that holds only while each roster column's limit is the length of the column it is stored
 * in (which {@code ColumnLengthsTest} keeps equal to the Flyway scripts).
 */
class RosterColumnLengthsTest {

    @Test
    void eachRosterTextColumnIsLimitedToTheLengthOfItsDatabaseColumn() throws NoSuchFieldException {
        Map<RosterColumn, Integer> stored = Map.of(
                RosterColumn.MEMBER_CODE, length(Coverage.class, "memberCode"),
                RosterColumn.FIRST_NAME, length(Person.class, "firstName"),
                RosterColumn.LAST_NAME, length(Person.class, "lastName"),
                RosterColumn.FATHER_NAME, length(Person.class, "fatherName"),
                RosterColumn.BIRTH_CERTIFICATE_NO, length(Person.class, "birthCertificateNo"),
                RosterColumn.NATIONAL_ID, length(Person.class, "nationalId"),
                RosterColumn.MOBILE, length(Person.class, "mobile"),
                RosterColumn.IBAN, length(Person.class, "iban"));
        stored.forEach((column, length) -> assertEquals(length, column.maxLength(), column.name()));
    }

    private static int length(Class<?> entity, String field) throws NoSuchFieldException {
        return entity.getDeclaredField(field).getAnnotation(Column.class).length();
    }
}
