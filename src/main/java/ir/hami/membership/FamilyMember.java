package ir.hami.membership;

import java.io.Serializable;

/** A row of the family table: one person covered in the chosen contract. */
public record FamilyMember(long personId, String nationalId, String firstName, String lastName, Relation relation,
                           String memberCode) implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
