package ir.hami.membership;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One of a member's contracts as the contract chooser shows it (insurer – policy number – start/end), with the
 * member's own relation in it.
 */
public record ContractChoice(long contractId, String number, long insurerId, String insurerName,
                             String policyholderName, LocalDate start, LocalDate end, boolean active,
                             Relation relation, MembershipType membershipType) implements Serializable {
}
