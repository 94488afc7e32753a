package ir.hami.claims;

import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.membership.ContractChoice;
import ir.hami.membership.Cover;
import ir.hami.membership.Coverage;
import ir.hami.membership.FamilyService;
import ir.hami.membership.InsuranceContract;
import ir.hami.membership.Person;
import ir.hami.network.Province;
import ir.hami.network.TreatmentCenter;
import ir.hami.notification.VerificationCodes;
import ir.hami.notification.VerificationPurpose;
import ir.hami.platform.ValidationException;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.web.FormKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A member's claim, made step by step as seed 002 shows it: who, which contract and when (1), the service and what
 * was paid (2), the document images ({@link ClaimFiles}, 3), the main member's mobile confirmed by an SMS code (4),
 * then the review and the submit (5). Every step is saved on a {@link ClaimState#DRAFT} claim at once, so nothing
 * typed is lost when the browser closes; only its writer sees a draft.
 *
 * <p>Rules: a claim for oneself or for a person whose coverage the viewer is the main member of
 * ({@link FamilyService#coverageForRecord}), covered today, under a contract in force today that takes electronic
 * claims, for a service date inside that coverage ({@link ClaimWizardRules}). Step 1 is idempotent by the form's
 * key; the submit by the claim's state under its row lock (a second submit returns the first one's claim as it is).
 */
@Stateless
@RolesAllowed(Roles.MEMBER)
public class ClaimSubmission {

    /** The same form was sent twice at once; the first one's draft stands. */
    public static final String REPEATED = "form.repeated";
    public static final String NO_MOBILE = "claims.new.mobile.none";
    /** How many drafts the member's list shows. */
    public static final int MAX_DRAFTS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FamilyService family;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    @Inject
    VerificationCodes codes;

    @Resource
    SessionContext context;

    /** Step 2 as the form sends it. */
    public record DetailsForm(Long provinceId, Long centerId, boolean centerNotFound, String centerName,
                              Long amount, Long serviceTypeId, Long serviceId, BasicInsurance basicInsurance,
                              String councilCode, Boolean ePrescription, String ePrescriptionCode,
                              String description) implements Serializable {
    }

    /** A likely duplicate found before submit: the earlier claim's tracking code and why it looks the same. */
    public record Duplicate(String trackingCode, boolean sameImage) implements Serializable {
        public String getTrackingCode() { return trackingCode; }
        public boolean isSameImage() { return sameImage; }
    }

    // ---------------------------------------------------------------- step 1

    /** The viewer's contracts a claim may be made under today: in force and open to electronic claims. */
    public List<ContractChoice> contracts(ClaimViewer viewer) {
        member(viewer);
        return family.contractsOf(viewer.personId()).stream().filter(ContractChoice::active)
                .filter(c -> em.find(InsuranceContract.class, c.contractId()).isElectronicClaims()).toList();
    }

    /**
     * Step 1 of a new claim: a draft. The same form key gives back the draft it made.
     *
     * @throws ValidationException {@link FamilyService#REFUSED}, the step 1 keys of {@link ClaimWizardRules}
     */
    public Claim start(ClaimViewer viewer, FormKey key, long personId, long contractId, LocalDate serviceDate) {
        member(viewer);
        Optional<Claim> earlier = byClientKey(viewer, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Claim.Subject subject = subject(viewer, personId, contractId, serviceDate);
        Claim claim = new Claim(ClaimChannel.MEMBER, viewer.username(), key == null ? null : key.value(), subject,
                serviceDate, now());
        em.persist(claim);
        flushOnce();
        records.record(claim, claim.drafted(viewer.username()), null);
        return claim;
    }

    /** Step 1 again on a draft: another person, contract or date. */
    public Claim changeStep1(ClaimViewer viewer, long claimId, long seenVersion, long personId, long contractId,
                             LocalDate serviceDate) {
        Claim claim = draftForChange(viewer, claimId, seenVersion);
        claim.changeSubject(subject(viewer, personId, contractId, serviceDate), serviceDate, now());
        return claim;
    }

    /** The draft this viewer made with this form key, if any (a double click finds the first one). */
    public Optional<Claim> byClientKey(ClaimViewer viewer, FormKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Claim c where c.createdBy = :u and c.clientKey = :k", Claim.class)
                .setParameter("u", viewer.username()).setParameter("k", key.value())
                .getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- step 2

    /**
     * Step 2: the service and what was paid, stored on the draft.
     *
     * @throws ValidationException the step 2 keys of {@link ClaimWizardRules}
     */
    public Claim describe(ClaimViewer viewer, long claimId, long seenVersion, DetailsForm form) {
        Claim claim = draftForChange(viewer, claimId, seenVersion);
        claim.describe(checkDetails(claim, form), now());
        claim.reachStep(Math.max(claim.getDraftStep(), 3), now());
        return claim;
    }

    private ClaimDetails checkDetails(Claim claim, DetailsForm f) {
        Long provinceId = ClaimWizardRules.required(f.provinceId(), ClaimWizardRules.PROVINCE_REQUIRED);
        if (em.find(Province.class, provinceId) == null) {
            throw new ValidationException(ClaimWizardRules.PROVINCE_REQUIRED);
        }
        String centerName = ClaimWizardRules.center(f.centerId(), f.centerNotFound(), f.centerName());
        Long centerId = null;
        if (!f.centerNotFound()) {
            TreatmentCenter center = em.find(TreatmentCenter.class, f.centerId());
            if (center == null || !center.isActive()) {
                throw new ValidationException(ClaimWizardRules.CENTER_REQUIRED);
            }
            centerId = center.getId();
        }
        long amount = ClaimWizardRules.amount(f.amount());
        ServiceType type = catalog.serviceType(f.serviceTypeId()).filter(ServiceType::isActive)
                .orElseThrow(() -> new ValidationException(ClaimWizardRules.SERVICE_TYPE_REQUIRED));
        MedicalService service = catalog.service(f.serviceId())
                .filter(s -> s.isActive() && s.getTypeId() == type.getId())
                .orElseThrow(() -> new ValidationException(ClaimWizardRules.SERVICE_REQUIRED));
        InsuranceContract contract = em.find(InsuranceContract.class, claim.getContractId());
        Cover cover = catalog.coverFor(contract, type)
                .orElseThrow(() -> new ValidationException(ClaimWizardRules.NO_COVER, type.getTitle()));
        BasicInsurance basic = ClaimWizardRules.required(f.basicInsurance(), ClaimWizardRules.BASIC_REQUIRED);
        String council = ClaimWizardRules.councilCode(f.councilCode());
        String prescription = ClaimWizardRules.prescriptionCode(f.ePrescription(), f.ePrescriptionCode());
        String description = ClaimWizardRules.description(f.description());
        return new ClaimDetails(provinceId, centerId, centerName, type.getId(), service.getId(), cover.getId(),
                amount, basic, council, Boolean.TRUE.equals(f.ePrescription()), prescription, description);
    }

    // ---------------------------------------------------------------- step 3

    /** The draft's images, as added. */
    public List<ClaimDocument> documents(ClaimViewer viewer, long claimId) {
        draft(viewer, claimId);
        return records.documents(claimId);
    }

    /** What the draft's service asks for (every active type before a service is chosen). */
    public List<ClaimCatalog.Requirement> requirements(ClaimViewer viewer, long claimId) {
        Claim claim = draft(viewer, claimId);
        if (claim.getServiceId() == null) {
            return catalog.documentTypes().stream().map(t -> new ClaimCatalog.Requirement(t, false)).toList();
        }
        return catalog.requirements(claim.getServiceId());
    }

    /** The mandatory document types that still lack an image. */
    public List<DocumentType> missingDocuments(ClaimViewer viewer, long claimId) {
        Claim claim = draft(viewer, claimId);
        return missing(claim);
    }

    private List<DocumentType> missing(Claim claim) {
        if (claim.getServiceId() == null) {
            return List.of();
        }
        List<Long> have = records.documents(claim.getId()).stream().map(ClaimDocument::getDocumentTypeId).toList();
        return ClaimWizardRules.missingDocuments(catalog.requirements(claim.getServiceId()), have);
    }

    /** Leaving step 3 for 4: every mandatory document has an image. */
    public Claim documentsDone(ClaimViewer viewer, long claimId, long seenVersion) {
        Claim claim = draftForChange(viewer, claimId, seenVersion);
        requireDescribed(claim);
        ClaimWizardRules.requireDocuments(missing(claim));
        claim.reachStep(Math.max(claim.getDraftStep(), 4), now());
        return claim;
    }

    // ---------------------------------------------------------------- step 4

    /** The mobile the code goes to, masked: the family's main member's on file. */
    public String mobileOf(ClaimViewer viewer, long claimId) {
        Claim claim = draft(viewer, claimId);
        return MobileNumber.parse(mainMobile(claim)).masked();
    }

    /**
     * Sends a code to the main member's mobile; the limits of {@link VerificationCodes#issue} apply.
     *
     * @return when the code expires
     */
    public Instant sendCode(ClaimViewer viewer, long claimId, String ip) {
        Claim claim = draft(viewer, claimId);
        return codes.issue(VerificationPurpose.CLAIM, codeSubject(claim), mainMobile(claim), ip);
    }

    /**
     * The code typed back: on success the draft carries the confirmed mobile.
     *
     * @throws ValidationException the refusals of {@link VerificationCodes#verify}
     */
    public Claim confirmCode(ClaimViewer viewer, long claimId, String typed) {
        Claim claim = draft(viewer, claimId);
        String mobile = codes.verify(VerificationPurpose.CLAIM, codeSubject(claim), PersianText.digitsOnly(typed));
        em.lock(claim, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        claim.confirmMobile(mobile, now());
        claim.reachStep(5, now());
        return claim;
    }

    // ---------------------------------------------------------------- step 5

    /** A submitted claim of the family that looks like this draft (same service key, or an identical image). */
    public Optional<Duplicate> duplicate(ClaimViewer viewer, long claimId) {
        return findDuplicate(draft(viewer, claimId));
    }

    private Optional<Duplicate> findDuplicate(Claim claim) {
        if (claim.getServiceId() != null && claim.getRequestedAmount() != null) {
            Optional<Duplicate> same = em.createQuery("select c from Claim c where c.mainPersonId = :m "
                            + "and c.serviceDate = :d and c.id <> :id and c.state <> :draft order by c.id",
                            Claim.class)
                    .setParameter("m", claim.getMainPersonId()).setParameter("d", claim.getServiceDate())
                    .setParameter("id", claim.getId()).setParameter("draft", ClaimState.DRAFT)
                    .setMaxResults(50).getResultStream()
                    .filter(other -> ClaimWizardRules.duplicate(claim, other)).findFirst()
                    .map(other -> new Duplicate(other.getTrackingCode(), false));
            if (same.isPresent()) {
                return same;
            }
        }
        return em.createQuery("select c.trackingCode from ClaimDocument mine, ClaimDocument d, Claim c "
                        + "where mine.claimId = :id and d.mainPersonId = :m and d.sha256 = mine.sha256 "
                        + "and d.claimId <> :id and c.id = d.claimId and c.state <> :draft order by c.id",
                        String.class)
                .setParameter("id", claim.getId()).setParameter("m", claim.getMainPersonId())
                .setParameter("draft", ClaimState.DRAFT).setMaxResults(1)
                .getResultStream().findFirst().map(code -> new Duplicate(code, true));
    }

    /**
     * Submits the draft: checks every step again, gives the tracking code, records the event and tells the main
     * member by SMS. A claim already submitted (a double click, a resubmit, a second tab) is returned as it is.
     *
     * @throws ValidationException {@link ClaimRecords#REFUSED}, {@link ClaimRecords#CONFLICT}, the keys of
     *                             {@link ClaimWizardRules}
     */
    public Claim submit(ClaimViewer viewer, long claimId, long seenVersion, String duplicateReason) {
        member(viewer);
        // the row lock first: a second submit waits here for the first one's commit, then reads its state
        Claim locked = em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        Claim claim = records.visible(viewer, claimId);
        if (locked == null || claim.getState() != ClaimState.DRAFT) {
            return claim;
        }
        if (claim.getVersion() != seenVersion) {
            throw new ValidationException(ClaimRecords.CONFLICT);
        }
        Instant now = now();
        // step 1 again: the contract, the coverage and the date still hold
        subject(viewer, claim.getPersonId(), claim.getContractId(), claim.getServiceDate());
        requireDescribed(claim);
        checkDetails(claim, formOf(claim));
        ClaimWizardRules.requireDocuments(missing(claim));
        ClaimWizardRules.confirmed(claim.getMobileConfirmedAt(), now);
        String duplicateOf = findDuplicate(claim).map(Duplicate::trackingCode).orElse(null);
        String reason = ClaimWizardRules.duplicateReason(duplicateOf, duplicateReason);
        ClaimEvent event = claim.submit(viewer.username(), records.newTrackingCode(), duplicateOf, reason, now);
        records.record(claim, event, "claims.sms.submitted", claim.getTrackingCode());
        return claim;
    }

    // ---------------------------------------------------------------- drafts

    /** The draft, if it is this viewer's; a submitted claim is refused here (the details page shows it). */
    public Claim draft(ClaimViewer viewer, long claimId) {
        member(viewer);
        Claim claim = records.visible(viewer, claimId);
        if (claim.getState() != ClaimState.DRAFT) {
            throw new ValidationException(Claim.NOT_ALLOWED);
        }
        return claim;
    }

    /** The claim as the wizard shows it after the submit (or a draft). */
    public Claim claim(ClaimViewer viewer, long claimId) {
        member(viewer);
        return records.visible(viewer, claimId);
    }

    /** The viewer's drafts, newest first (a few). */
    public List<Claim> drafts(ClaimViewer viewer) {
        member(viewer);
        return em.createQuery("select c from Claim c where c.createdBy = :u and c.state = :s order by c.id desc",
                        Claim.class)
                .setParameter("u", viewer.username()).setParameter("s", ClaimState.DRAFT)
                .setMaxResults(MAX_DRAFTS).getResultList();
    }

    /** Throws a draft away with its images. */
    public void discard(ClaimViewer viewer, long claimId) {
        Claim claim = draft(viewer, claimId);
        em.lock(claim, LockModeType.PESSIMISTIC_WRITE);
        for (ClaimDocument d : records.documents(claimId)) {
            em.remove(d);
            Optional.ofNullable(em.find(ir.hami.platform.files.StoredFile.class, d.getFileId())).ifPresent(em::remove);
        }
        em.createQuery("delete from ClaimEvent e where e.claimId = :c").setParameter("c", claimId).executeUpdate();
        em.remove(claim);
    }

    // ---------------------------------------------------------------- pieces

    private Claim draftForChange(ClaimViewer viewer, long claimId, long seenVersion) {
        member(viewer);
        Claim claim = records.forChange(viewer, claimId, seenVersion);
        if (claim.getState() != ClaimState.DRAFT) {
            throw new ValidationException(Claim.NOT_ALLOWED);
        }
        return claim;
    }

    private Claim.Subject subject(ClaimViewer viewer, long personId, long contractId, LocalDate serviceDate) {
        Coverage coverage = family.coverageForRecord(viewer.personId(), personId, contractId);
        LocalDate today = LocalDate.now(clock);
        InsuranceContract k = coverage.getContract();
        ClaimWizardRules.contract(k.isActiveOn(today), k.isElectronicClaims());
        ClaimWizardRules.serviceDate(serviceDate, today, coverage.period());
        Person p = coverage.getPerson();
        return new Claim.Subject(p.getId(), coverage.getMainPerson().getId(), k.getId(), k.getInsurer().getId(),
                p.getNationalId(), p.getFullName());
    }

    private static void requireDescribed(Claim claim) {
        if (claim.getServiceId() == null || claim.getRequestedAmount() == null) {
            throw new ValidationException(ClaimWizardRules.SERVICE_REQUIRED);
        }
    }

    private static DetailsForm formOf(Claim c) {
        return new DetailsForm(c.getResidenceProvinceId(), c.getCenterId(), c.getCenterId() == null,
                c.getCenterName(), c.getRequestedAmount(), c.getServiceTypeId(), c.getServiceId(),
                c.getBasicInsurance(), c.getCouncilCode(), c.isEPrescription(), c.getEPrescriptionCode(),
                c.getDescription());
    }

    private String mainMobile(Claim claim) {
        Person main = em.find(Person.class, claim.getMainPersonId());
        if (main == null || main.getMobile() == null || main.getMobile().isBlank()) {
            throw new ValidationException(NO_MOBILE);
        }
        return main.getMobile();
    }

    private static String codeSubject(Claim claim) {
        return "claim:" + claim.getId();
    }

    private static void member(ClaimViewer viewer) {
        if (!viewer.isMember()) {
            throw new ValidationException(ClaimRecords.REFUSED);
        }
    }

    private void flushOnce() {
        FormSubmissions.flushOnce(em, context, REPEATED);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
