package ir.hami.claims;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Finance's payment of a claim as it goes to the bank: the issue date, the date it was sent to the bank, the account
 * (IBAN, validated by the caller), the remittance (حواله) number and type, and the paying unit.
 */
public record Payment(LocalDate issuedOn, LocalDate sentToBankOn, String iban, String remittanceNumber,
                      String remittanceType, String payingUnit) implements Serializable {
}
