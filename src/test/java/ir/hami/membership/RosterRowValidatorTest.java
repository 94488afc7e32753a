package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterRowValidatorTest {

    /** Contract 1403/01/01 – 1403/12/30 */
    static final LocalDate START = LocalDate.of(2024, 3, 20);
    static final LocalDate END = LocalDate.of(2025, 3, 20);
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    static final String MAIN = RosterFiles.nationalId(123_456_789L);
    static final String SPOUSE = RosterFiles.nationalId(223_456_789L);

    final RosterRowValidator validator = new RosterRowValidator(START, END, TODAY);

    static RosterFiles.Rows main() {
        return RosterFiles.row(MAIN, "M-1", "علی", "رضایی", "مرد", "اصلی", MAIN);
    }

    static RosterFiles.Rows spouse() {
        return RosterFiles.row(SPOUSE, "M-2", "زهرا", "رضایی", "زن", "همسر", MAIN);
    }

    RosterRowValidator.Result check(RosterFiles.Rows row) {
        return validator.validate(row.toRow(2));
    }

    static List<RosterReason> reasons(RosterRowValidator.Result result) {
        return result.problems().stream().map(RosterProblem::reason).toList();
    }

    @Test
    void validMainMemberGetsTheContractPeriodByDefault() {
        RosterRowValidator.Result result = check(main().with(RosterColumn.BIRTH_DATE, "1365/04/20")
                .with(RosterColumn.MOBILE, "09121234567").with(RosterColumn.IBAN, "IR062960000000100324200001"));
        assertTrue(result.isValid(), result.problems()::toString);
        RosterEntry entry = result.entry();
        assertEquals(MAIN, entry.nationalId());
        assertEquals(MAIN, entry.mainNationalId());
        assertEquals(Relation.SELF, entry.relation());
        assertEquals(Gender.MALE, entry.gender());
        assertEquals(LocalDate.of(1986, 7, 11), entry.birthDate());
        assertEquals(START, entry.coverageStart());
        assertEquals(END, entry.coverageEnd());
    }

    @Test
    void mainMemberMayLeaveTheMainNationalIdEmpty() {
        RosterRowValidator.Result result = check(main().with(RosterColumn.MAIN_NATIONAL_ID, null));
        assertTrue(result.isValid(), result.problems()::toString);
        assertEquals(MAIN, result.entry().mainNationalId());
    }

    @Test
    void wrongCheckDigitIsRejected() {
        String wrong = MAIN.substring(0, 9) + ((MAIN.charAt(9) - '0' + 1) % 10);
        RosterRowValidator.Result result = check(main().with(RosterColumn.NATIONAL_ID, wrong)
                .with(RosterColumn.MAIN_NATIONAL_ID, null));
        assertEquals(List.of(RosterReason.NATIONAL_ID_CHECK_DIGIT), reasons(result));
        assertNull(result.entry());
        assertNull(result.nationalId());
    }

    @Test
    void nationalIdOfNineDigitsIsAFormatError() {
        assertEquals(List.of(RosterReason.NATIONAL_ID_FORMAT),
                reasons(check(main().with(RosterColumn.NATIONAL_ID, "123456789")
                        .with(RosterColumn.MAIN_NATIONAL_ID, null))));
    }

    @Test
    void persianAndArabicDigitsAndLettersAreNormalised() {
        String persianId = toDigits(MAIN, '۰');
        String arabicMain = toDigits(MAIN, '٠');
        RosterRowValidator.Result result = check(RosterFiles.row(persianId, "۱۲۳", "علي", "كريمي", "مرد", "اصلی",
                        arabicMain)
                .with(RosterColumn.MOBILE, "۰۹۱۲۱۲۳۴۵۶۷")
                .with(RosterColumn.BIRTH_DATE, "۱۳۶۵/۰۴/۲۰")
                .with(RosterColumn.COVERAGE_START, "١٤٠٣/٠٢/٠١"));
        assertTrue(result.isValid(), result.problems()::toString);
        RosterEntry entry = result.entry();
        assertEquals(MAIN, entry.nationalId());
        assertEquals("123", entry.memberCode());
        assertEquals("علی", entry.firstName());
        assertEquals("کریمی", entry.lastName());
        assertEquals("09121234567", entry.mobile());
        assertEquals(LocalDate.of(1986, 7, 11), entry.birthDate());
        assertEquals(LocalDate.of(2024, 4, 20), entry.coverageStart());
    }

    @Test
    void eightDigitDatesAreRead() {
        RosterRowValidator.Result result = check(main().with(RosterColumn.BIRTH_DATE, "13650420"));
        assertEquals(LocalDate.of(1986, 7, 11), result.entry().birthDate());
    }

    @Test
    void unknownRelationAndGenderAreRejected() {
        RosterRowValidator.Result result = check(spouse().with(RosterColumn.RELATION, "خواهر")
                .with(RosterColumn.GENDER, "نامعلوم"));
        assertEquals(List.of(RosterReason.GENDER_UNKNOWN, RosterReason.RELATION_UNKNOWN), reasons(result));
        assertEquals(SPOUSE, result.nationalId());
        assertNull(result.relation());
    }

    @Test
    void missingNamesAreRejectedEachWithItsColumn() {
        RosterRowValidator.Result result = check(main().with(RosterColumn.FIRST_NAME, "  ")
                .with(RosterColumn.LAST_NAME, null));
        assertEquals(List.of(new RosterProblem(RosterReason.REQUIRED, "نام"),
                new RosterProblem(RosterReason.REQUIRED, "نام خانوادگی")), result.problems());
    }

    @Test
    void selfWithAnotherMainNationalIdIsRejected() {
        assertEquals(List.of(RosterReason.MAIN_ID_DIFFERS_FOR_SELF),
                reasons(check(main().with(RosterColumn.MAIN_NATIONAL_ID, SPOUSE))));
    }

    @Test
    void dependentNeedsAMainMemberOtherThanHimself() {
        assertEquals(List.of(RosterReason.MAIN_ID_MISSING),
                reasons(check(spouse().with(RosterColumn.MAIN_NATIONAL_ID, null))));
        assertEquals(List.of(RosterReason.DEPENDENT_OWN_MAIN),
                reasons(check(spouse().with(RosterColumn.MAIN_NATIONAL_ID, SPOUSE))));
        assertEquals(List.of(RosterReason.MAIN_NATIONAL_ID_INVALID),
                reasons(check(spouse().with(RosterColumn.MAIN_NATIONAL_ID, "1234567890"))));
        assertTrue(check(spouse()).isValid());
        assertEquals(MAIN, check(spouse()).entry().mainNationalId());
    }

    @Test
    void coverageMustLieWithinTheContract() {
        RosterRowValidator.Result early = check(main().with(RosterColumn.COVERAGE_START, "1402/12/29"));
        assertEquals(List.of(new RosterProblem(RosterReason.COVERAGE_OUTSIDE_CONTRACT, "1403/01/01", "1403/12/30")),
                early.problems());
        assertEquals(List.of(RosterReason.COVERAGE_OUTSIDE_CONTRACT),
                reasons(check(main().with(RosterColumn.COVERAGE_END, "1404/01/02"))));
        assertEquals(List.of(RosterReason.COVERAGE_END_BEFORE_START),
                reasons(check(main().with(RosterColumn.COVERAGE_START, "1403/05/01")
                        .with(RosterColumn.COVERAGE_END, "1403/04/01"))));
        RosterRowValidator.Result inside = check(main().with(RosterColumn.COVERAGE_START, "1403/05/01")
                .with(RosterColumn.COVERAGE_END, "1403/12/30"));
        assertEquals(LocalDate.of(2024, 7, 22), inside.entry().coverageStart());
        assertEquals(END, inside.entry().coverageEnd());
    }

    @Test
    void badDatesAreRejected() {
        assertEquals(List.of(new RosterProblem(RosterReason.DATE_INVALID, "تاریخ تولد")),
                check(main().with(RosterColumn.BIRTH_DATE, "1365/13/01")).problems());
        assertEquals(List.of(RosterReason.BIRTH_DATE_FUTURE),
                reasons(check(main().with(RosterColumn.BIRTH_DATE, "1403/04/01"))));
        assertEquals(List.of(RosterReason.DATE_INVALID),
                reasons(check(main().with(RosterColumn.COVERAGE_END, "فردا"))));
    }

    @Test
    void invalidMobileAndIbanAreRejected() {
        assertEquals(List.of(RosterReason.MOBILE_INVALID, RosterReason.IBAN_INVALID),
                reasons(check(main().with(RosterColumn.MOBILE, "02188776655")
                        .with(RosterColumn.IBAN, "IR062960000000100324200002"))));
    }

    @Test
    void tooLongValuesAreRejected() {
        assertEquals(List.of(new RosterProblem(RosterReason.TOO_LONG, "کد بیمه شده", "30")),
                check(main().with(RosterColumn.MEMBER_CODE, "1".repeat(31))).problems());
    }

    @Test
    void theTemplatesExampleRowIsNotImported() {
        RosterRowValidator.Result result = validator.validate(RosterRow.of(2, RosterTemplate.example()));
        assertEquals(List.of(RosterReason.TEMPLATE_EXAMPLE), reasons(result));
    }

    @Test
    void severalReasonsOfARowAreJoinedWithThePersianSemicolon() {
        RosterRowValidator.Result result = check(main().with(RosterColumn.GENDER, "؟")
                .with(RosterColumn.MOBILE, "123"));
        String text = RosterReport.reasons(result.problems());
        assertEquals(2, text.split("؛ ").length, text);
        assertNotNull(text);
    }

    static String toDigits(String ascii, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append((char) (zero + (c - '0')));
        }
        return out.toString();
    }
}
