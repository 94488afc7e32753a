package ir.hami.membership;

import java.io.Serializable;

/** What the profile page shows of the logged-in member, with the version the edits are checked against. */
public record Profile(long personId, String fullName, String nationalId, String mobile, ContactDetails contact,
                      long version) implements Serializable {
}
