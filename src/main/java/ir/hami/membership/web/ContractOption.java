package ir.hami.membership.web;

import ir.hami.membership.InsuranceContract;
import java.io.Serializable;

/** A contract as the roster page offers it: its id and "insurer – number – policyholder". */
public record ContractOption(long id, String label) implements Serializable {

    public static ContractOption of(InsuranceContract contract) {
        return new ContractOption(contract.getId(), contract.getInsurer().getName() + " – " + contract.getNumber()
                + " – " + contract.getPolicyholder().getName());
    }
}
