package ir.hami.claims;

import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.membership.Cover;
import ir.hami.membership.InsuranceContract;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StagedUpload;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.FormKey;
import ir.hami.referral.LetterTerms;
import ir.hami.referral.ReferralQueue;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.ReferralRow;
import ir.hami.referral.ReferralStatus;
import ir.hami.referral.Viewer;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Direct billing (صورتحساب مستقیم): a treatment centre bills a referral letter issued to it. The bill is a
 * {@link Claim} of channel {@link ClaimChannel#CENTER} about the letter's person, under the letter's contract and
 * insurer, registered at once through {@link Claim#submitBill} and {@link ClaimRecords#record} (so it is assigned and
 * the family's main member is told), linked to its letter and paid to the centre's IBAN.
 *
 * <p>Rules ({@link BillingRules}): the letter is the centre's own and issued, the service date inside its validity,
 * the procedure the letter's, the amount within the commitment ceiling; and a letter is never billed beyond its
 * ceiling: the sum of its bills that are not rejected is read under a lock on the letter's row, so of two bills sent
 * at once the second waits for the first and then counts it. A submit is idempotent by the form's key (a double click
 * gives back the first one's bill). The invoice images are staged while the form is filled (JPEG or PNG told from
 * their bytes, at most {@code hami.claims.max-file-mb} each) and become the claim's documents on submit.
 */
@Stateless
@RolesAllowed(Roles.CENTER)
public class DirectBilling {

    /** The document type of V15 that an invoice image is filed under. */
    static final String INVOICE_TYPE = "INVOICE";
    /** How many letters the form offers for one search. */
    public static final int LETTER_CHOICES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    @Inject
    ReferralQueue referrals;

    @Inject
    Staging staging;

    @Resource
    SessionContext context;

    /** hami.claims.max-file-mb: the largest image in megabytes (the members' claims use the same limit). */
    @Inject
    @ConfigProperty(name = "hami.claims.max-file-mb", defaultValue = "8")
    int maxFileMb;

    /** hami.claims.max-files: images per claim. */
    @Inject
    @ConfigProperty(name = "hami.claims.max-files", defaultValue = "20")
    int maxFiles;

    /** The bill as the centre's form sends it. */
    public record BillForm(Long letterId, String invoiceNumber, LocalDate invoiceDate, LocalDate serviceDate,
                           Long amount, String procedure, String iban, FormKey formKey) implements Serializable {
    }

    /** A letter the centre may bill: its terms and what its bills already asked. */
    public record Letter(long id, String trackingCode, String letterNumber, String patientName, String nationalId,
                         LocalDate validFrom, LocalDate validTo, String procedure, long ceiling, int franchisePercent,
                         long billed) implements Serializable {
        public long getId() { return id; }
        public String getTrackingCode() { return trackingCode; }
        public String getLetterNumber() { return letterNumber; }
        public String getPatientName() { return patientName; }
        public String getNationalId() { return nationalId; }
        public LocalDate getValidFrom() { return validFrom; }
        public LocalDate getValidTo() { return validTo; }
        public String getProcedure() { return procedure; }
        public long getCeiling() { return ceiling; }
        public int getFranchisePercent() { return franchisePercent; }
        public long getBilled() { return billed; }
        public long getLeft() { return Math.max(0, ceiling - billed); }
    }

    /** One of the centre's bills, as its list shows it. */
    public record BillRow(long id, String trackingCode, Instant registeredAt, String patientName, String nationalId,
                          String letterNumber, String invoiceNumber, LocalDate serviceDate, long amount,
                          ClaimState state, Long payable) implements Serializable {
        public long getId() { return id; }
        public String getTrackingCode() { return trackingCode; }
        public Instant getRegisteredAt() { return registeredAt; }
        public String getPatientName() { return patientName; }
        public String getNationalId() { return nationalId; }
        public String getLetterNumber() { return letterNumber; }
        public String getInvoiceNumber() { return invoiceNumber; }
        public LocalDate getServiceDate() { return serviceDate; }
        public long getAmount() { return amount; }
        public ClaimState getState() { return state; }
        public Long getPayable() { return payable; }
    }

    // ---------------------------------------------------------------- the letters

    /** The centre's issued letters matching the search (tracking code, national ID, letter number), newest first. */
    public List<ReferralRow> letters(Viewer viewer, String search) {
        center(viewer);
        String typed = search == null ? null : PersianText.normalizeDigits(search).strip();
        return referrals.ofCenter(viewer, ReferralStatus.ISSUED, typed, 0, LETTER_CHOICES);
    }

    /** One of the centre's issued letters with what it has been billed. */
    public Letter letter(Viewer viewer, long letterId) {
        long centerId = center(viewer);
        ReferralRequest r = em.find(ReferralRequest.class, letterId);
        LetterTerms t = BillingRules.letter(r, centerId);
        return new Letter(r.getId(), r.getTrackingCode(), r.getLetterNumber(), r.getPatientName(), r.getNationalId(),
                t.validFrom(), t.validTo(), t.coveredProcedure(), t.commitmentCeiling(), t.franchisePercent(),
                billed(r.getId()));
    }

    /** The IBAN the centre gave on its last bill, if any. */
    public Optional<String> rememberedIban(Viewer viewer) {
        long centerId = center(viewer);
        List<?> rows = em.createNativeQuery("select billing_iban from treatment_center where id = ?")
                .setParameter(1, centerId).getResultList();
        return rows.stream().filter(Objects::nonNull).map(o -> (String) o).findFirst();
    }

    // ---------------------------------------------------------------- images

    /**
     * Stages an invoice image on the form.
     *
     * @throws ValidationException {@link ClaimFiles#KEY_TYPE}, {@link ClaimFiles#KEY_TOO_MANY}, {@code upload.*}
     */
    public StagedUpload stageImage(Viewer viewer, FormKey form, String fileName, byte[] data) {
        center(viewer);
        if (staging.staged(form).size() >= maxFiles) {
            throw new ValidationException(ClaimFiles.KEY_TOO_MANY, maxFiles);
        }
        try {
            return staging.stage(owner(viewer), form, Staging.ANY_SLOT, fileName, data,
                    new UploadRule(ClaimFiles.IMAGES, maxFileMb * 1024L * 1024L));
        } catch (ValidationException e) {
            if ("upload.type".equals(e.key())) {
                throw new ValidationException(ClaimFiles.KEY_TYPE);
            }
            throw e;
        }
    }

    public void unstageImage(Viewer viewer, FormKey form, long stagedId) {
        center(viewer);
        staging.unstage(owner(viewer), form, stagedId);
    }

    public List<StagedUpload> stagedImages(Viewer viewer, FormKey form) {
        center(viewer);
        return staging.staged(form).stream().filter(s -> s.getOwnerKey().equals(owner(viewer).key())).toList();
    }

    public int maxFileMb() {
        return maxFileMb;
    }

    // ---------------------------------------------------------------- the bill

    /**
     * Submits a bill: checks it against its letter under the letter's row lock and registers it as a claim. The same
     * form key gives back the bill it made.
     *
     * @throws ValidationException the keys of {@link BillingRules}, {@link ClaimFiles#KEY_TOO_MANY},
     *                             {@link ClaimSubmission#REPEATED}
     */
    public Claim submit(Viewer viewer, BillForm form) {
        long centerId = center(viewer);
        if (form.letterId() == null) {
            throw new ValidationException(BillingRules.LETTER_REQUIRED);
        }
        // the letter's row lock first: a parallel bill of the same letter (or a double click) waits here for the
        // first one's commit, and then reads its bill in the sum and by the form key
        List<?> locked = em.createNativeQuery("select id from referral_request where id = ? for update")
                .setParameter(1, form.letterId()).getResultList();
        ReferralRequest letter = locked.isEmpty() ? null : em.find(ReferralRequest.class, form.letterId());
        if (letter != null) {
            em.refresh(letter);
        }
        LetterTerms terms = BillingRules.letter(letter, centerId);
        Optional<Claim> earlier = byClientKey(viewer, form.formKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate serviceDate = BillingRules.serviceDate(form.serviceDate(), terms, today);
        String invoiceNumber = BillingRules.invoiceNumber(form.invoiceNumber());
        LocalDate invoiceDate = BillingRules.invoiceDate(form.invoiceDate(), serviceDate, today);
        String procedure = BillingRules.procedure(form.procedure(), terms);
        long amount = BillingRules.amount(form.amount(), terms.commitmentCeiling(), billed(letter.getId()));
        String iban = BillingRules.iban(form.iban());
        List<StagedUpload> images = stagedImages(viewer, form.formKey());
        if (images.isEmpty()) {
            throw new ValidationException(BillingRules.IMAGES_REQUIRED);
        }
        if (images.size() > maxFiles) {
            throw new ValidationException(ClaimFiles.KEY_TOO_MANY, maxFiles);
        }

        Instant now = now();
        TreatmentCenter center = em.find(TreatmentCenter.class, centerId);
        InsuranceContract contract = em.find(InsuranceContract.class, letter.getContractId());
        Optional<Cover> cover = letterCover(contract);
        Long serviceTypeId = cover.flatMap(c -> catalog.serviceTypes().stream()
                        .filter(t -> t.isActive() && t.getCoverKind() == c.getKind()).findFirst())
                .map(ServiceType::getId).orElse(null);
        Claim.Subject subject = new Claim.Subject(letter.getPersonId(), letter.getMainPersonId(),
                letter.getContractId(), letter.getInsurerId(), letter.getNationalId(), letter.getPatientName());
        Claim claim = new Claim(ClaimChannel.CENTER, viewer.username(), clientKey(form.formKey()), subject,
                serviceDate, now);
        claim.describe(new ClaimDetails(center.getProvince().getId(), centerId, null, serviceTypeId, null,
                cover.map(Cover::getId).orElse(null), amount, null, null, false, null, procedure), now);
        em.persist(claim);
        flushOnce();
        records.record(claim, claim.drafted(viewer.username()), null);
        long invoiceType = catalog.documentTypes().stream().filter(t -> INVOICE_TYPE.equals(t.getCode()))
                .findFirst().map(DocumentType::getId).orElseThrow();
        for (StagedUpload s : images) {
            StoredFile file = em.find(StoredFile.class, s.getFileId());
            em.remove(s);
            em.persist(new ClaimDocument(claim, file.getId(), invoiceType, file.getFileName(), file.getSha256(), 0,
                    viewer.username(), now));
        }
        em.createNativeQuery("update treatment_center set billing_iban = ? where id = ?").setParameter(1, iban)
                .setParameter(2, centerId).executeUpdate();
        ClaimEvent event = claim.submitBill(viewer.username(), records.newTrackingCode(),
                new Claim.Bill(letter.getId(), invoiceNumber, invoiceDate, iban), now);
        records.record(claim, event, "billing.sms.billed", claim.getTrackingCode(), center.getName(),
                letter.getLetterNumber());
        return claim;
    }

    /** The bill this centre user made with this form key, if any (a double click finds the first one). */
    public Optional<Claim> byClientKey(Viewer viewer, FormKey key) {
        center(viewer);
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Claim c where c.createdBy = :u and c.clientKey = :k", Claim.class)
                .setParameter("u", viewer.username()).setParameter("k", key.value())
                .getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- the centre's bills

    public long billCount(Viewer viewer) {
        long centerId = center(viewer);
        return em.createQuery("select count(c) from Claim c where c.centerId = :c and c.channel = :ch", Long.class)
                .setParameter("c", centerId).setParameter("ch", ClaimChannel.CENTER).getSingleResult();
    }

    /** A page of the centre's bills, newest first (index {@code ix_claim_center_bills}). */
    public List<BillRow> bills(Viewer viewer, int first, int size) {
        long centerId = center(viewer);
        return em.createQuery("select c, r.letterNumber from Claim c, ReferralRequest r where r.id = c.referralId "
                        + "and c.centerId = :c and c.channel = :ch order by c.id desc", Object[].class)
                .setParameter("c", centerId).setParameter("ch", ClaimChannel.CENTER)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList().stream().map(r -> row((Claim) r[0], (String) r[1])).toList();
    }

    /** One of the centre's bills. */
    public Claim bill(Viewer viewer, long claimId) {
        long centerId = center(viewer);
        Claim c = em.find(Claim.class, claimId);
        if (c == null || c.getChannel() != ClaimChannel.CENTER || c.getCenterId() == null
                || c.getCenterId() != centerId) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        return c;
    }

    // ---------------------------------------------------------------- pieces

    /** What the letter's bills that are not rejected asked, together. */
    long billed(long letterId) {
        Object sum = em.createNativeQuery("select coalesce(sum(requested_amount), 0) from claim "
                        + "where referral_id = ? and state <> 'REJECTED'")
                .setParameter(1, letterId).getSingleResult();
        return ((Number) sum).longValue();
    }

    /**
     * The franchise % of the letter a centre's bill is against (the member pays only the letter's franchise), or
     * {@code null} for a claim that is not a bill: the assessment uses it in place of the plan's franchise.
     */
    static Integer letterFranchise(EntityManager em, Claim c) {
        if (c.getReferralId() == null) {
            return null;
        }
        ReferralRequest letter = em.find(ReferralRequest.class, c.getReferralId());
        return letter == null ? null : letter.getFranchisePercent();
    }

    /** The cover a letter's ceiling and franchise come from: the plan's largest, as the referral unit issues it. */
    static Optional<Cover> letterCover(InsuranceContract contract) {
        return contract.getCovers().stream().max(Comparator.comparingLong(Cover::getAnnualCeiling));
    }

    private static BillRow row(Claim c, String letterNumber) {
        return new BillRow(c.getId(), c.getTrackingCode(), c.getRegisteredAt(), c.getPatientName(),
                c.getNationalId(), letterNumber, c.getInvoiceNumber(), c.getServiceDate(),
                c.getRequestedAmount() == null ? 0 : c.getRequestedAmount(), c.getState(), c.getPayableAmount());
    }

    private static long center(Viewer viewer) {
        if (viewer == null || !viewer.isCenter()) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
        return viewer.centerId();
    }

    private static UploadOwner owner(Viewer viewer) {
        return UploadOwner.account(viewer.username());
    }

    private static String clientKey(FormKey key) {
        return key == null ? null : key.value();
    }

    private void flushOnce() {
        FormSubmissions.flushOnce(em, context, ClaimSubmission.REPEATED);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
