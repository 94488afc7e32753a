package ir.hami.claims;

import ir.hami.membership.CoveragePeriod;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.time.Jalali;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of the claim wizard (seed 002), step by step, without a database: each method refuses with the message
 * key shown beside the field, or returns the value as it will be stored. {@link ClaimSubmission} calls them when a
 * step is saved and all of them again at submit.
 */
public final class ClaimWizardRules {

    /** The largest amount paid a member may claim for one service (10 billion Rials); above it is a typing slip. */
    public static final long MAX_AMOUNT = 10_000_000_000L;
    /** How long a confirmed mobile stays good for the submit. */
    public static final Duration CONFIRMATION_VALID = Duration.ofMinutes(30);

    public static final String DATE_REQUIRED = "claims.new.date.required";
    public static final String DATE_FUTURE = "claims.new.date.future";
    public static final String DATE_OUTSIDE = "claims.new.date.outsideCoverage";
    public static final String CONTRACT_NO_ECLAIMS = "claims.new.contract.noElectronic";
    public static final String CONTRACT_INACTIVE = "claims.new.contract.inactive";
    public static final String NOT_COVERED_TODAY = "claims.new.person.notCovered";
    public static final String PROVINCE_REQUIRED = "claims.new.province.required";
    public static final String CENTER_REQUIRED = "claims.new.center.required";
    public static final String CENTER_NAME_REQUIRED = "claims.new.centerName.required";
    public static final String CENTER_NAME_TOO_LONG = "claims.new.centerName.tooLong";
    public static final String AMOUNT_REQUIRED = "claims.new.amount.required";
    public static final String AMOUNT_POSITIVE = "claims.new.amount.positive";
    public static final String AMOUNT_TOO_LARGE = "claims.new.amount.tooLarge";
    public static final String SERVICE_TYPE_REQUIRED = "claims.new.serviceType.required";
    public static final String SERVICE_REQUIRED = "claims.new.service.required";
    public static final String NO_COVER = "claims.new.service.noCover";
    public static final String BASIC_REQUIRED = "claims.new.basic.required";
    public static final String COUNCIL_DIGITS = "claims.new.council.digits";
    public static final String PRESCRIPTION_REQUIRED = "claims.new.prescription.required";
    public static final String PRESCRIPTION_CODE_REQUIRED = "claims.new.prescriptionCode.required";
    public static final String PRESCRIPTION_CODE_TOO_LONG = "claims.new.prescriptionCode.tooLong";
    public static final String DESCRIPTION_TOO_LONG = "claims.new.description.tooLong";
    public static final String DOCUMENTS_MISSING = "claims.new.documents.missing";
    public static final String MOBILE_NOT_CONFIRMED = "claims.new.mobile.notConfirmed";
    public static final String DUPLICATE_REASON_REQUIRED = "claims.new.duplicate.reasonRequired";
    public static final String DUPLICATE_REASON_TOO_LONG = "claims.new.duplicate.reasonTooLong";

    private ClaimWizardRules() {
    }

    // ---------------------------------------------------------------- step 1

    /** The contract: in force today and open to electronic claims. */
    public static void contract(boolean activeToday, boolean electronicClaims) {
        if (!activeToday) {
            throw new ValidationException(CONTRACT_INACTIVE);
        }
        if (!electronicClaims) {
            throw new ValidationException(CONTRACT_NO_ECLAIMS);
        }
    }

    /**
     * The service date as on the invoice: given, not after today, inside the person's covered days under that
     * contract; and the person is covered today (a former member claims under their own coverage, not the old one).
     */
    public static LocalDate serviceDate(LocalDate date, LocalDate today, CoveragePeriod period) {
        if (!period.contains(today)) {
            throw new ValidationException(NOT_COVERED_TODAY);
        }
        if (date == null) {
            throw new ValidationException(DATE_REQUIRED);
        }
        if (date.isAfter(today)) {
            throw new ValidationException(DATE_FUTURE);
        }
        if (!period.contains(date)) {
            throw new ValidationException(DATE_OUTSIDE, Jalali.format(period.from()), Jalali.format(period.to()));
        }
        return date;
    }

    // ---------------------------------------------------------------- step 2

    /** The amount paid (the patient's share on the invoice), Rials: more than zero and below {@link #MAX_AMOUNT}. */
    public static long amount(Long amount) {
        if (amount == null) {
            throw new ValidationException(AMOUNT_REQUIRED);
        }
        if (amount <= 0) {
            throw new ValidationException(AMOUNT_POSITIVE);
        }
        if (amount > MAX_AMOUNT) {
            throw new ValidationException(AMOUNT_TOO_LARGE);
        }
        return amount;
    }

    /** The centre: one of the network's, or (not found) its typed name; returns the name to store or null. */
    public static String center(Long centerId, boolean notFound, String typedName) {
        if (notFound) {
            String name = TextLimit.line(typedName, Claim.CENTER_NAME_LENGTH, CENTER_NAME_TOO_LONG);
            if (name == null) {
                throw new ValidationException(CENTER_NAME_REQUIRED);
            }
            return name;
        }
        if (centerId == null) {
            throw new ValidationException(CENTER_REQUIRED);
        }
        return null;
    }

    /** The physician's council code: optional, digits only (Persian, Arabic or Latin), at most 10. */
    public static String councilCode(String typed) {
        String code = PersianText.digitsOnly(typed);
        if (code == null || code.isEmpty()) {
            return null;
        }
        if (!code.matches("[0-9]{1," + Claim.COUNCIL_CODE_LENGTH + "}")) {
            throw new ValidationException(COUNCIL_DIGITS, Claim.COUNCIL_CODE_LENGTH);
        }
        return code;
    }

    /** The e-prescription's tracking code: required when there is one, and only then kept. */
    public static String prescriptionCode(Boolean ePrescription, String typed) {
        if (ePrescription == null) {
            throw new ValidationException(PRESCRIPTION_REQUIRED);
        }
        if (!ePrescription) {
            return null;
        }
        String code = TextLimit.line(PersianText.normalizeDigits(typed), Claim.E_PRESCRIPTION_CODE_LENGTH,
                PRESCRIPTION_CODE_TOO_LONG);
        if (code == null) {
            throw new ValidationException(PRESCRIPTION_CODE_REQUIRED);
        }
        return code;
    }

    public static String description(String typed) {
        return TextLimit.paragraphs(typed, Claim.DESCRIPTION_LENGTH, DESCRIPTION_TOO_LONG);
    }

    public static <T> T required(T value, String key) {
        if (value == null) {
            throw new ValidationException(key);
        }
        return value;
    }

    // ---------------------------------------------------------------- step 3

    /** The mandatory document types of the service that have no image yet, in the catalogue's order. */
    public static List<DocumentType> missingDocuments(List<ClaimCatalog.Requirement> requirements,
                                                      Collection<Long> documentTypesWithImage) {
        Set<Long> have = Set.copyOf(documentTypesWithImage);
        return requirements.stream().filter(ClaimCatalog.Requirement::mandatory).map(ClaimCatalog.Requirement::type)
                .filter(t -> !have.contains(t.getId())).toList();
    }

    /** Refuses with the titles of the mandatory documents that still lack an image. */
    public static void requireDocuments(List<DocumentType> missing) {
        if (!missing.isEmpty()) {
            throw new ValidationException(DOCUMENTS_MISSING,
                    missing.stream().map(DocumentType::getTitle).collect(Collectors.joining("، ")));
        }
    }

    // ---------------------------------------------------------------- step 4

    /** The mobile was confirmed, and not longer ago than {@link #CONFIRMATION_VALID}. */
    public static void confirmed(Instant confirmedAt, Instant now) {
        if (confirmedAt == null || confirmedAt.plus(CONFIRMATION_VALID).isBefore(now)) {
            throw new ValidationException(MOBILE_NOT_CONFIRMED, CONFIRMATION_VALID.toMinutes());
        }
    }

    // ---------------------------------------------------------------- step 5

    /**
     * The family's duplicate key: another submitted claim for the same person, service date, service and amount
     * (a draft is not a claim yet, and a claim is not its own duplicate).
     */
    public static boolean duplicate(Claim draft, Claim other) {
        return !Objects.equals(draft.getId(), other.getId()) && other.getState() != ClaimState.DRAFT
                && other.getMainPersonId() == draft.getMainPersonId() && draft.sameServiceAs(other);
    }

    /** The member's reason for sending a likely duplicate: required then, at most 500 characters. */
    public static String duplicateReason(String duplicateOf, String typed) {
        if (duplicateOf == null) {
            return null;
        }
        String reason = TextLimit.paragraphs(typed, Claim.DUPLICATE_REASON_LENGTH, DUPLICATE_REASON_TOO_LONG);
        if (reason == null) {
            throw new ValidationException(DUPLICATE_REASON_REQUIRED, duplicateOf);
        }
        return reason;
    }
}
