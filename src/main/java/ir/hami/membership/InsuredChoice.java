package ir.hami.membership;

import java.io.Serializable;

/**
 * The insured person a member acts for and the contract it is under (the pages keep it in the session; the members'
 * API hands it back to the app), with what the pages show of it.
 */
public record InsuredChoice(long contractId, long personId, String personName, String contractNumber,
                            String policyholderName, long insurerId) implements Serializable {
}
