package ir.hami.membership;

import java.time.LocalDate;

/**
 * A roster row that passed the checks of its own cells: normalised, typed values ready to be stored. For the main
 * member {@code mainNationalId} equals {@code nationalId}; the coverage period is already resolved against the
 * contract's.
 */
public record RosterEntry(int line, String nationalId, String memberCode, String firstName, String lastName,
                          String fatherName, Gender gender, LocalDate birthDate, String birthCertificateNo,
                          Relation relation, String mainNationalId, String mobile, String iban,
                          LocalDate coverageStart, LocalDate coverageEnd) {

    public boolean isMain() {
        return relation.isMain();
    }
}
