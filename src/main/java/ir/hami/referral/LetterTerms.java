package ir.hami.referral;

import ir.hami.platform.ValidationException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a letter promises: valid from/to, the covered procedure, the commitment ceiling (Rials), the franchise % the
 * member pays, remarks. Rules ({@link #validate}): dates given and from ≤ to, at most {@value #MAX_DAYS} days; the
 * procedure given; ceiling positive; franchise 0–100.
 */
public record LetterTerms(LocalDate validFrom, LocalDate validTo, String coveredProcedure, Long commitmentCeiling,
                          Integer franchisePercent, String remarks) implements Serializable {

    public static final int MAX_DAYS = 180;

    /**
     * @return the terms, trimmed
     * @throws ValidationException the first broken rule: {@code referral.letter.dates}, {@code .datesOrder},
     *                             {@code .tooLong}, {@code .procedure}, {@code .ceiling}, {@code .franchise}
     */
    public LetterTerms validate() {
        if (validFrom == null || validTo == null) {
            throw new ValidationException("referral.letter.dates");
        }
        if (validTo.isBefore(validFrom)) {
            throw new ValidationException("referral.letter.datesOrder");
        }
        if (validFrom.plusDays(MAX_DAYS).isBefore(validTo)) {
            throw new ValidationException("referral.letter.tooLong", MAX_DAYS);
        }
        if (coveredProcedure == null || coveredProcedure.isBlank()) {
            throw new ValidationException("referral.letter.procedure");
        }
        if (commitmentCeiling == null || commitmentCeiling <= 0) {
            throw new ValidationException("referral.letter.ceiling");
        }
        if (franchisePercent == null || franchisePercent < 0 || franchisePercent > 100) {
            throw new ValidationException("referral.letter.franchise");
        }
        return new LetterTerms(validFrom, validTo, coveredProcedure.strip(), commitmentCeiling, franchisePercent,
                remarks == null || remarks.isBlank() ? null : remarks.strip());
    }

    /** Whether a letter with these dates is valid on this day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
