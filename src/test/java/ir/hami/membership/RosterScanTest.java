package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterScanTest {

    final RosterRowValidator validator = new RosterRowValidator(LocalDate.of(2024, 3, 20),
            LocalDate.of(2025, 3, 20), LocalDate.of(2024, 6, 1));
    final String a = RosterFiles.nationalId(111_222_333L);
    final String b = RosterFiles.nationalId(444_555_666L);
    final String child = RosterFiles.nationalId(777_888_999L);

    /** Pass 1 over the rows (lines 2, 3, …), then the file-wide problems of each row. */
    List<List<RosterProblem>> scan(RosterScan scan, RosterFiles.Rows... rows) {
        List<RosterRowValidator.Result> results = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            RosterRowValidator.Result result = validator.validate(rows[i].toRow(i + 2));
            results.add(result);
            scan.add(result);
        }
        List<List<RosterProblem>> problems = new ArrayList<>();
        for (RosterRowValidator.Result result : results) {
            problems.add(scan.fileProblems(result));
        }
        return problems;
    }

    @Test
    void theSameNationalIdTwiceRejectsBothRowsNamingTheOther() {
        RosterScan scan = new RosterScan();
        List<List<RosterProblem>> problems = scan(scan,
                RosterFiles.row(a, "1", "علی", "رضایی", "مرد", "اصلی", a),
                RosterFiles.row(b, "2", "رضا", "رضایی", "مرد", "اصلی", b),
                RosterFiles.row(a, "1", "علی", "رضایی", "مرد", "اصلی", a));
        assertEquals(List.of(new RosterProblem(RosterReason.DUPLICATE_NATIONAL_ID, "4")), problems.get(0));
        assertEquals(List.of(), problems.get(1));
        assertEquals(List.of(new RosterProblem(RosterReason.DUPLICATE_NATIONAL_ID, "2")), problems.get(2));
        assertEquals(RosterScan.MainInFile.REJECTED, scan.mainInFile(a));
        assertEquals(RosterScan.MainInFile.VALID, scan.mainInFile(b));
        assertEquals(3, scan.rows());
    }

    @Test
    void persianDigitsDoNotHideADuplicate() {
        RosterScan scan = new RosterScan();
        List<List<RosterProblem>> problems = scan(scan,
                RosterFiles.row(a, "1", "علی", "رضایی", "مرد", "اصلی", a),
                RosterFiles.row(RosterRowValidatorTest.toDigits(a, '۰'), "2", "علی", "رضایی", "مرد", "اصلی", null));
        assertEquals(RosterReason.DUPLICATE_NATIONAL_ID, problems.get(1).get(0).reason());
    }

    @Test
    void aMemberCodeGivenToTwoPeopleRejectsBoth() {
        RosterScan scan = new RosterScan();
        List<List<RosterProblem>> problems = scan(scan,
                RosterFiles.row(a, "X-1", "علی", "رضایی", "مرد", "اصلی", a),
                RosterFiles.row(b, "X-1", "رضا", "کریمی", "مرد", "اصلی", b));
        assertEquals(List.of(new RosterProblem(RosterReason.MEMBER_CODE_DUPLICATE, "3")), problems.get(0));
        assertEquals(List.of(new RosterProblem(RosterReason.MEMBER_CODE_DUPLICATE, "2")), problems.get(1));
        assertEquals(RosterScan.MainInFile.REJECTED, scan.mainInFile(a));
    }

    @Test
    void aDependentListedBeforeItsMainMemberFindsTheMainInTheFile() {
        RosterScan scan = new RosterScan();
        List<List<RosterProblem>> problems = scan(scan,
                RosterFiles.row(child, "2", "سارا", "رضایی", "زن", "فرزند", a),
                RosterFiles.row(a, "1", "علی", "رضایی", "مرد", "اصلی", null));
        assertTrue(problems.get(0).isEmpty());
        assertTrue(problems.get(1).isEmpty());
        assertEquals(RosterScan.MainInFile.VALID, scan.mainInFile(a));
    }

    @Test
    void aDependentWhoseMainRowIsInvalidOrMissingIsToldSo() {
        RosterScan scan = new RosterScan();
        scan(scan,
                RosterFiles.row(child, "2", "سارا", "رضایی", "زن", "فرزند", a),
                RosterFiles.row(a, "1", "علی", "", "مرد", "اصلی", null));
        assertEquals(RosterScan.MainInFile.REJECTED, scan.mainInFile(a));
        assertEquals(RosterScan.MainInFile.ABSENT, scan.mainInFile(b));
    }
}
