package ir.hami.claims;

import ir.hami.platform.ValidationException;
import ir.hami.platform.id.Iban;
import ir.hami.platform.money.Rial;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.time.Jalali;
import ir.hami.referral.LetterTerms;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.ReferralStatus;
import java.time.LocalDate;

/**
 * The rules of a centre's bill against a referral letter (direct billing), without the database: the letter must be
 * the centre's own and issued; the service date inside the letter's validity and not in the future; the invoice's
 * number given and its date neither before the service nor in the future; the procedure the letter's own; the amount
 * positive, within the letter's commitment ceiling and within what earlier bills of the letter left of it; the
 * centre's IBAN a valid Iranian IBAN. Each refusal is a message key shown beside its field.
 */
public final class BillingRules {

    /** No such letter, or another centre's: the same answer, so letter ids cannot be probed. */
    public static final String LETTER_REFUSED = "billing.letter.refused";
    public static final String LETTER_REQUIRED = "billing.letter.required";
    public static final String LETTER_NOT_ISSUED = "billing.letter.notIssued";
    public static final String SERVICE_DATE_REQUIRED = "billing.serviceDate.required";
    /** Arguments: the letter's first and last valid day. */
    public static final String SERVICE_DATE_OUTSIDE = "billing.serviceDate.outside";
    public static final String SERVICE_DATE_FUTURE = "billing.serviceDate.future";
    public static final String INVOICE_NUMBER_REQUIRED = "billing.invoiceNumber.required";
    public static final String INVOICE_NUMBER_TOO_LONG = "billing.invoiceNumber.tooLong";
    public static final String INVOICE_DATE_REQUIRED = "billing.invoiceDate.required";
    public static final String INVOICE_DATE_BEFORE_SERVICE = "billing.invoiceDate.beforeService";
    public static final String INVOICE_DATE_FUTURE = "billing.invoiceDate.future";
    /** Argument: the letter's covered procedure. */
    public static final String PROCEDURE_MISMATCH = "billing.procedure.mismatch";
    public static final String AMOUNT_REQUIRED = "billing.amount.required";
    /** Argument: the letter's commitment ceiling. */
    public static final String AMOUNT_OVER_CEILING = "billing.amount.overCeiling";
    /** Arguments: what earlier bills of the letter asked, and what is left of its ceiling. */
    public static final String AMOUNT_OVER_LEFT = "billing.amount.overLeft";
    public static final String IBAN_REQUIRED = "billing.iban.required";
    public static final String IMAGES_REQUIRED = "billing.images.required";

    private BillingRules() {
    }

    /** The letter's terms, if the letter is this centre's and issued. */
    public static LetterTerms letter(ReferralRequest letter, long centerId) {
        if (letter == null || letter.getCenterId() != centerId) {
            throw new ValidationException(LETTER_REFUSED);
        }
        if (letter.getStatus() != ReferralStatus.ISSUED || letter.letterTerms() == null) {
            throw new ValidationException(LETTER_NOT_ISSUED);
        }
        return letter.letterTerms();
    }

    public static LocalDate serviceDate(LocalDate day, LetterTerms terms, LocalDate today) {
        if (day == null) {
            throw new ValidationException(SERVICE_DATE_REQUIRED);
        }
        if (day.isAfter(today)) {
            throw new ValidationException(SERVICE_DATE_FUTURE);
        }
        if (!terms.validOn(day)) {
            throw new ValidationException(SERVICE_DATE_OUTSIDE, Jalali.format(terms.validFrom()),
                    Jalali.format(terms.validTo()));
        }
        return day;
    }

    public static String invoiceNumber(String typed) {
        String number = TextLimit.line(typed, Claim.INVOICE_NUMBER_LENGTH, INVOICE_NUMBER_TOO_LONG);
        if (number == null) {
            throw new ValidationException(INVOICE_NUMBER_REQUIRED);
        }
        return number;
    }

    public static LocalDate invoiceDate(LocalDate day, LocalDate serviceDate, LocalDate today) {
        if (day == null) {
            throw new ValidationException(INVOICE_DATE_REQUIRED);
        }
        if (day.isAfter(today)) {
            throw new ValidationException(INVOICE_DATE_FUTURE);
        }
        if (day.isBefore(serviceDate)) {
            throw new ValidationException(INVOICE_DATE_BEFORE_SERVICE);
        }
        return day;
    }

    /** The procedure billed: the letter's own (told apart only by letters, digits and spacing as typed). */
    public static String procedure(String typed, LetterTerms terms) {
        if (!comparable(typed).equals(comparable(terms.coveredProcedure()))) {
            throw new ValidationException(PROCEDURE_MISMATCH, terms.coveredProcedure());
        }
        return terms.coveredProcedure();
    }

    /**
     * The amount asked, against the letter's ceiling and what its earlier bills (not rejected) already asked.
     *
     * @param billed the sum of the letter's earlier bills that are not rejected
     */
    public static long amount(Long amount, long ceiling, long billed) {
        if (amount == null || amount <= 0) {
            throw new ValidationException(AMOUNT_REQUIRED);
        }
        if (amount > ceiling) {
            throw new ValidationException(AMOUNT_OVER_CEILING, Rial.format(ceiling));
        }
        long left = Math.max(0, ceiling - billed);
        if (amount > left) {
            throw new ValidationException(AMOUNT_OVER_LEFT, Rial.format(billed), Rial.format(left));
        }
        return amount;
    }

    /** The centre's IBAN, compact ("IR" and 24 digits). */
    public static String iban(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new ValidationException(IBAN_REQUIRED);
        }
        return Iban.parse(typed).value();
    }

    private static String comparable(String text) {
        String s = PersianText.normalize(text);
        return s == null ? "" : s.replace(PersianText.ZWNJ, ' ').strip().replaceAll("\\s+", " ");
    }
}
