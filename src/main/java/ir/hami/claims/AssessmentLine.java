package ir.hami.claims;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line as the assessor itemises a claim: a service or drug by its tariff code (or, without a tariff, by title),
 * with the quantity and the unit price asked. The tariff's price and the cover that pays come from the tariff.
 *
 * @param tariffCode a {@link Tariff} code, or {@code null} for a line without a tariff (paid as the claim's service
 *                   type, with no "out of tariff" check)
 * @param excluded   the assessor finds the line outside the contract's commitments
 */
public record AssessmentLine(ItemKind kind, String tariffCode, String title, String physician, String councilCode,
                             LocalDate prescribedOn, int quantity, long unitPrice, boolean excluded)
        implements Serializable {
}
