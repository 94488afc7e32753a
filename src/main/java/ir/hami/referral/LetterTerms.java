package ir.hami.referral;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.TextLimit;
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
    /** Message keys: the covered procedure or the remarks longer than their columns. */
    public static final String PROCEDURE_TOO_LONG = "referral.letter.procedure.tooLong";
    public static final String REMARKS_TOO_LONG = "referral.letter.remarks.tooLong";

    /**
     * @return the terms, the texts normalised as stored
     * @throws ValidationException the first broken rule: {@code referral.letter.dates}, {@code .datesOrder},
     *                             {@code .tooLong}, {@code .procedure}, {@code .ceiling}, {@code .franchise},
     *                             {@link #PROCEDURE_TOO_LONG}, {@link #REMARKS_TOO_LONG}
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
        String procedure = TextLimit.line(coveredProcedure, ReferralRequest.COVERED_PROCEDURE_LENGTH,
                PROCEDURE_TOO_LONG);
        if (procedure == null) {
            throw new ValidationException("referral.letter.procedure");
        }
        String notes = TextLimit.paragraphs(remarks, ReferralRequest.REMARKS_LENGTH, REMARKS_TOO_LONG);
        return new LetterTerms(validFrom, validTo, procedure, commitmentCeiling, franchisePercent, notes);
    }

    /** Whether a letter with these dates is valid on this day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
