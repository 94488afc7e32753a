package ir.hami.claims;

import ir.hami.membership.Cover;
import ir.hami.membership.InsuranceContract;
import ir.hami.platform.ValidationException;
import ir.hami.platform.money.Rial;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.time.Jalali;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The back office's changes of a claim (the assessor's and finance's), each through the claim's own transition, with
 * its event and the member's notification and SMS in the same transaction. Issue 16 builds the staff pages on it.
 */
@Stateless
@RolesAllowed({Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
public class ClaimOffice {

    /** Where a member fixes the IBAN a payment goes to. */
    public static final String PROFILE = "/member/profile.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    // ---------------------------------------------------------------- the assessor

    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Claim declareDeficiency(ClaimViewer v, long claimId, long seenVersion, String note) {
        Claim c = records.forChange(v, claimId, seenVersion);
        String text = TextLimit.paragraphs(note, Claim.NOTE_LENGTH, "claims.note.tooLong");
        records.record(c, c.declareDeficiency(v.username(), text, now()), "claims.sms.deficiency",
                c.getTrackingCode(), excerpt(text));
        return c;
    }

    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Claim requestOriginals(ClaimViewer v, long claimId, long seenVersion, String place) {
        Claim c = records.forChange(v, claimId, seenVersion);
        String text = TextLimit.line(place, Claim.PLACE_LENGTH, "claims.originals.placeTooLong");
        records.record(c, c.requestOriginals(v.username(), text, now()), "claims.sms.originals",
                c.getTrackingCode(), excerpt(text));
        return c;
    }

    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Claim originalsDelivered(ClaimViewer v, long claimId, long seenVersion) {
        return originalsDelivered(v, claimId, seenVersion, null, null);
    }

    /**
     * The branch of the member's province received the originals on {@code deliveredOn} (null: today) at
     * {@code place} (null: the place they were asked to go).
     */
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Claim originalsDelivered(ClaimViewer v, long claimId, long seenVersion, LocalDate deliveredOn,
                                    String place) {
        Claim c = records.forChange(v, claimId, seenVersion);
        String text = TextLimit.line(place, Claim.PLACE_LENGTH, "claims.originals.placeTooLong");
        records.record(c, c.originalsDelivered(v.username(), deliveredOn, text, now()),
                "claims.sms.originalsDelivered", c.getTrackingCode());
        return c;
    }

    /**
     * Assesses the claim: stores the items and deductions as given, sets the claim's amounts and charges the cover
     * that pays its service type with the payable amount.
     */
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Claim assess(ClaimViewer v, long claimId, long seenVersion, String assessorName, Assessment a) {
        ClaimLedger.lockClaimAndFamily(em, claimId);
        Claim c = records.forChange(v, claimId, seenVersion);
        Cover cover = coverOf(c);
        ClaimEvent event = c.assess(v.username(), assessorName, a, cover.getId(), now());
        ClaimLedger.storeItems(em, c, a);
        ClaimLedger.charge(em, c, cover.getId(), a.payable());
        records.record(c, event, "claims.sms.assessed", c.getTrackingCode(), Rial.format(a.payable()));
        return c;
    }

    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Claim reject(ClaimViewer v, long claimId, long seenVersion, String reason) {
        return reject(v, claimId, seenVersion, RejectReason.OTHER, reason);
    }

    /** Rejects for a coded reason ({@link RejectReason}), with the assessor's words to the member. */
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Claim reject(ClaimViewer v, long claimId, long seenVersion, RejectReason code, String reason) {
        if (code == null) {
            throw new ValidationException("claims.reject.codeRequired");
        }
        Claim c = records.forChange(v, claimId, seenVersion);
        String text = TextLimit.paragraphs(reason, Claim.NOTE_LENGTH, "claims.note.tooLong");
        records.record(c, c.reject(v.username(), code, text, now()), "claims.sms.rejected", c.getTrackingCode(),
                excerpt(text));
        return c;
    }

    // ---------------------------------------------------------------- finance

    @RolesAllowed({Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
    public Claim sendToFinance(ClaimViewer v, long claimId, long seenVersion, String fileNumber, String remark) {
        Claim c = records.forChange(v, claimId, seenVersion);
        String number = TextLimit.line(fileNumber, Claim.FILE_NUMBER_LENGTH, "claims.finance.fileNumberTooLong");
        String text = TextLimit.paragraphs(remark, Claim.NOTE_LENGTH, "claims.note.tooLong");
        records.record(c, c.sendToFinance(v.username(), number, text, now()), "claims.sms.sentToFinance",
                c.getTrackingCode(), Rial.format(c.getPayableAmount()));
        return c;
    }

    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Claim sendToBank(ClaimViewer v, long claimId, long seenVersion, Payment p) {
        Claim c = records.forChange(v, claimId, seenVersion);
        records.record(c, c.sendToBank(v.username(), p, now()), "claims.sms.sentToBank", c.getTrackingCode(),
                Rial.format(c.getPayableAmount()), Jalali.format(p.sentToBankOn()));
        return c;
    }

    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Claim deposit(ClaimViewer v, long claimId, long seenVersion, LocalDate depositedOn) {
        Claim c = records.forChange(v, claimId, seenVersion);
        records.record(c, c.deposit(v.username(), depositedOn, now()), "claims.sms.paid", c.getTrackingCode(),
                Rial.format(c.getPayableAmount()), Jalali.format(depositedOn));
        return c;
    }

    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Claim paymentReturned(ClaimViewer v, long claimId, long seenVersion, String letterNumber,
                                 LocalDate returnedOn) {
        Claim c = records.forChange(v, claimId, seenVersion);
        String number = TextLimit.line(letterNumber, Claim.FILE_NUMBER_LENGTH, "claims.finance.fileNumberTooLong");
        // the member is asked to fix the IBAN: the notification opens the profile
        records.recordLinked(c, c.paymentReturned(v.username(), number, returnedOn, now()), PROFILE,
                "claims.sms.returned", c.getTrackingCode());
        return c;
    }

    // ---------------------------------------------------------------- pieces

    /** The cover the claim is charged to: the one chosen at submission, else the one its service type maps to. */
    Cover coverOf(Claim c) {
        if (c.getCoverId() != null) {
            Cover cover = em.find(Cover.class, c.getCoverId());
            if (cover != null) {
                return cover;
            }
        }
        InsuranceContract k = em.find(InsuranceContract.class, c.getContractId());
        return catalog.serviceType(c.getServiceTypeId()).flatMap(t -> catalog.coverFor(k, t))
                .or(() -> k.getCovers().stream().findFirst())
                .orElseThrow(() -> new ValidationException("claims.assessment.noCover"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A note as an SMS quotes it: the first 120 characters (the whole note is on the claim's page). */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
