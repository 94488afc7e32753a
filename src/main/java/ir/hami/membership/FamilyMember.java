package ir.hami.membership;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of the family table: one person covered in the chosen contract.
 *
 * @param active whether that coverage is in force today: only then may the main member choose the person or read
 *               their current data ({@link FamilyRules#maySeeCurrentData})
 * @param coverageFrom the first day of that coverage (the contract's start if the coverage names none)
 * @param coverageTo   the last day of that coverage (the contract's end if the coverage names none)
 */
public record FamilyMember(long personId, String nationalId, String firstName, String lastName, Relation relation,
                           String memberCode, boolean active, LocalDate coverageFrom, LocalDate coverageTo)
        implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
