package ir.hami.membership;

import java.io.Serializable;

/**
 * A row of the family table: one person covered in the chosen contract.
 *
 * @param active whether that coverage is in force today: only then may the main member choose the person or read
 *               their current data ({@link FamilyRules#maySeeCurrentData})
 */
public record FamilyMember(long personId, String nationalId, String firstName, String lastName, Relation relation,
                           String memberCode, boolean active) implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
