package ir.hami.referral;

import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.membership.Coverage;
import ir.hami.membership.CoveragePeriod;
import ir.hami.membership.Cover;
import ir.hami.membership.FamilyRules;
import ir.hami.membership.FamilyService;
import ir.hami.membership.InsuranceContract;
import ir.hami.membership.Person;
import ir.hami.notification.Notifications;
import ir.hami.network.TreatmentCenter;
import ir.hami.platform.ValidationException;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.files.StagedUpload;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.time.Jalali;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Referral requests and every action on them: a member's request, a centre's online request (issued at once or
 * queued, see {@link AutoIssue}), the referral unit's decisions (issue, refuse, ask for documents, require and book
 * the trusted-physician exam), the member's cancel and added documents. Each change is recorded as a
 * {@link ReferralEvent} and told to the family's main member by SMS and on the portal.
 *
 * <p>Rules of access: a member sees and acts on a request about themself or made under a coverage whose main
 * member they were ({@link FamilyRules#maySeeRecord}: the request keeps that main member), and makes new ones only
 * for themself or a person whose coverage in force they are the main member of ({@link FamilyService}); a centre
 * the requests for its own centre; the referral unit and administrators all. A staff action names the version the
 * person saw: if someone else acted in between, it is refused with {@link #CONFLICT} and nothing changes.
 */
@Stateless
public class ReferralDesk {

    public static final String REFUSED = "referral.refused";
    public static final String CONFLICT = "referral.conflict";
    public static final String NOT_FOUND = "referral.notFound";
    /** Message keys of a text longer than its column ({@link TextLimit}), each shown beside its field. */
    public static final String CAUSE_TOO_LONG = "referral.cause.tooLong";
    public static final String PHYSICIAN_TOO_LONG = "referral.physician.tooLong";
    public static final String REASON_TOO_LONG = "referral.refuse.tooLong";
    public static final String DOCUMENTS_NOTE_TOO_LONG = "referral.documents.tooLong";
    public static final String EXAM_NOTE_TOO_LONG = "referral.exam.note.tooLong";
    /** The same form was submitted twice at once; the first one's request stands. */
    public static final String REPEATED = "form.repeated";

    /** How far ahead a member may plan an admission. */
    public static final int MAX_DAYS_AHEAD = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FamilyService family;

    @Inject
    Notifications notifications;

    @Inject
    Staging staging;

    @Resource
    SessionContext context;

    /** hami.referral.letter-days: how many days a letter issued at once to a centre stays valid. */
    @Inject
    @ConfigProperty(name = "hami.referral.letter-days", defaultValue = "7")
    int letterDays;

    // ---------------------------------------------------------------- requests

    /**
     * A member's request for a person of their family. Idempotent by the form's key: the same key gives back the
     * request it made.
     *
     * @throws ValidationException with the key of the first refused field: {@code family.refused},
     *                             {@code referral.notCovered}, {@code referral.admission.*}, {@code referral.center.*},
     *                             {@code referral.cause.*}, {@code referral.physician.required},
     *                             {@code referral.doctorOrder.required}, {@code referral.nationalCard.required}
     */
    public ReferralRequest submitByMember(Viewer viewer, MemberRequestForm form) {
        if (!viewer.isMember()) {
            throw new ValidationException(REFUSED);
        }
        Optional<ReferralRequest> earlier = byClientKey(viewer.username(), form.formKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // made under this coverage: the person themself or its main member, and only while it is in force
        Coverage coverage = family.coverageForRecord(viewer.personId(), form.personId(), form.contractId());
        LocalDate today = today();
        if (!coverage.isActiveOn(today)) {
            throw new ValidationException("referral.notCovered");
        }
        LocalDate admission = form.admissionDate();
        if (admission == null) {
            throw new ValidationException("referral.admission.required");
        }
        if (admission.isBefore(today)) {
            throw new ValidationException("referral.admission.past");
        }
        if (admission.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new ValidationException("referral.admission.tooFar", MAX_DAYS_AHEAD);
        }
        if (!coverage.isActiveOn(admission)) {
            throw new ValidationException("referral.admission.afterCoverage",
                    Jalali.format(coverage.period().to()));
        }
        TreatmentCenter center = form.centerId() == null ? null : em.find(TreatmentCenter.class, form.centerId());
        if (center == null) {
            throw new ValidationException("referral.center.required");
        }
        if (!center.isActive() || !center.isIssuesReferrals()) {
            throw new ValidationException("referral.center.noReferrals");
        }
        ReferralProcedure procedure = procedure(form.procedureId());
        String cause = cause(form.cause(), procedure, ReferralRequest.CAUSE_LENGTH);
        String physician = TextLimit.line(form.physician(), ReferralRequest.PHYSICIAN_LENGTH, PHYSICIAN_TOO_LONG);
        if (physician == null) {
            throw new ValidationException("referral.physician.required");
        }
        UploadOwner owner = UploadOwner.account(viewer.username());
        StagedUpload order = staging.claim(owner, form.doctorOrderUploadId(), "referral.doctorOrder.required");
        StagedUpload card = staging.claim(owner, form.nationalCardUploadId(), "referral.nationalCard.required");
        flushOnce(); // a second submit racing with this one stops here, at the files the first one claimed

        Instant now = now();
        ReferralRequest request = new ReferralRequest(newTrackingCode(), ReferralChannel.MEMBER, viewer.username(),
                clientKey(form.formKey()), subject(coverage, center), procedure, cause, physician, admission, now);
        em.persist(request);
        flushOnce(); // rows that refer to the request by id come after it (no mapped relationship orders them)
        em.persist(request.submitted(viewer.username(), ReferralAction.SUBMITTED, null));
        em.persist(new ReferralAttachment(request.getId(), AttachmentKind.DOCTOR_ORDER, order.getFileId(),
                viewer.username(), now));
        em.persist(new ReferralAttachment(request.getId(), AttachmentKind.NATIONAL_CARD, card.getFileId(),
                viewer.username(), now));
        flushOnce();
        tell(request, "referral.sms.submitted", request.getTrackingCode());
        return request;
    }

    /** What a centre's online request came to: the request (issued, or queued with the reason the centre is told). */
    public record CenterOutcome(ReferralRequest request, boolean issued, String queuedReason) {
        public ReferralRequest getRequest() { return request; }
        public boolean isIssued() { return issued; }
        public String getQueuedReason() { return queuedReason; }
    }

    /**
     * A centre's online request for a patient at its desk, by national ID (seed 004). Issued at once, or queued for
     * the unit; refused with nothing recorded when the centre has no online flag or the person is not covered today.
     * Idempotent by the form's key.
     *
     * @throws ValidationException {@code nationalId.*}, {@link AutoIssue#NOT_ONLINE}, {@link AutoIssue#NOT_COVERED},
     *                             {@code referral.admission.*}, {@code referral.cause.*}
     */
    public CenterOutcome requestByCenter(Viewer viewer, CenterRequestForm form) {
        if (!viewer.isCenter()) {
            throw new ValidationException(REFUSED);
        }
        Optional<ReferralRequest> earlier = byClientKey(viewer.username(), form.formKey());
        if (earlier.isPresent()) {
            ReferralRequest r = earlier.get();
            return new CenterOutcome(r, r.getStatus() == ReferralStatus.ISSUED, null);
        }
        TreatmentCenter center = em.find(TreatmentCenter.class, viewer.centerId());
        String nationalId = NationalId.parse(form.nationalId()).value();
        LocalDate today = today();
        LocalDate admission = form.admissionDate() == null ? today : form.admissionDate();
        if (admission.isBefore(today)) {
            throw new ValidationException("referral.admission.past");
        }
        if (admission.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new ValidationException("referral.admission.tooFar", MAX_DAYS_AHEAD);
        }
        ReferralProcedure procedure = procedure(form.procedureId());
        // a centre's cause becomes the covered procedure of the letter issued at once: at most that column's length
        String cause = cause(form.cause(), procedure, ReferralRequest.COVERED_PROCEDURE_LENGTH);
        String physician = TextLimit.line(form.physician(), ReferralRequest.PHYSICIAN_LENGTH, PHYSICIAN_TOO_LONG);
        Optional<Coverage> coverage = activeCoverage(nationalId, today);
        boolean contracted = coverage.isPresent() && center.getInsurers().stream()
                .anyMatch(i -> i.getId().equals(coverage.get().getContract().getInsurer().getId()));
        AutoIssue.Decision decision = AutoIssue.decide(center.isActive() && center.isOnlineReferrals(),
                coverage.isPresent(), contracted, procedure != null, procedure != null && procedure.isRequiresExam());
        if (decision.outcome() == AutoIssue.Outcome.REFUSE) {
            throw new ValidationException(decision.reason());
        }
        Coverage k = coverage.orElseThrow();
        Optional<Cover> plan = mainCover(k.getContract());
        String queued = decision.issued() && plan.isEmpty() ? "referral.center.queued.noPlan" : decision.reason();

        // the letter's terms are checked before anything is written
        LetterTerms terms = queued != null ? null : new LetterTerms(admission,
                admission.plusDays(Math.max(0, letterDays - 1)), cause, plan.get().getAnnualCeiling(),
                plan.get().getFranchisePercent(), null).validate();

        Instant now = now();
        ReferralRequest request = new ReferralRequest(newTrackingCode(), ReferralChannel.CENTER, viewer.username(),
                clientKey(form.formKey()), subject(k, center), procedure, cause, physician, admission, now);
        em.persist(request);
        flushOnce(); // rows that refer to the request by id come after it (no mapped relationship orders them)
        if (queued == null) {
            em.persist(request.submitted(viewer.username(), ReferralAction.SUBMITTED, null));
            em.persist(request.issueAutomatically(terms, LetterCodes.letterNumber(request.getId(), today),
                    LetterCodes.verificationCode(), today, now));
            tell(request, "referral.sms.issued", request.getTrackingCode(), center.getName());
            return new CenterOutcome(request, true, null);
        }
        em.persist(request.submitted(viewer.username(), ReferralAction.QUEUED_BY_CENTER, null));
        tell(request, "referral.sms.submitted", request.getTrackingCode());
        return new CenterOutcome(request, false, queued);
    }

    // ---------------------------------------------------------------- the member's actions

    /** The member cancels a request nobody has decided yet. */
    public ReferralRequest cancel(Viewer viewer, long requestId) {
        ReferralRequest r = visible(viewer, requestId);
        if (!viewer.isMember()) {
            throw new ValidationException(REFUSED);
        }
        em.persist(r.cancel(viewer.username(), now()));
        return r;
    }

    /**
     * The member adds the documents the unit asked for (their own staged uploads, by id); the request goes back to
     * the unit.
     */
    public ReferralRequest addDocuments(Viewer viewer, long requestId, List<Long> uploadIds) {
        ReferralRequest r = visible(viewer, requestId);
        if (!viewer.isMember()) {
            throw new ValidationException(REFUSED);
        }
        if (uploadIds == null || uploadIds.isEmpty()) {
            throw new ValidationException("referral.documents.none");
        }
        // every file checked before the request changes (a refusal also rolls the transaction back)
        UploadOwner owner = UploadOwner.account(viewer.username());
        List<StagedUpload> files = uploadIds.stream().map(id -> staging.claim(owner, id, "upload.missing")).toList();
        Instant now = now();
        ReferralEvent event = r.documentsAdded(viewer.username(), now);
        for (StagedUpload f : files) {
            em.persist(new ReferralAttachment(r.getId(), AttachmentKind.OTHER, f.getFileId(), viewer.username(), now));
        }
        em.persist(event);
        flushOnce();
        return r;
    }

    // ---------------------------------------------------------------- the referral unit's actions

    public ReferralRequest issue(Viewer viewer, long requestId, long seenVersion, LetterTerms terms) {
        ReferralRequest r = forUnit(viewer, requestId, seenVersion);
        LetterTerms valid = terms.validate();
        LocalDate today = today();
        em.persist(r.issue(viewer.username(), valid, LetterCodes.letterNumber(r.getId(), today),
                LetterCodes.verificationCode(), today, now()));
        tell(r, "referral.sms.issued", r.getTrackingCode(), centerName(r.getCenterId()));
        return r;
    }

    public ReferralRequest refuse(Viewer viewer, long requestId, long seenVersion, String reason) {
        ReferralRequest r = forUnit(viewer, requestId, seenVersion);
        em.persist(r.refuse(viewer.username(),
                TextLimit.paragraphs(reason, ReferralRequest.UNIT_NOTE_LENGTH, REASON_TOO_LONG), now()));
        tell(r, "referral.sms.refused", r.getTrackingCode(), excerpt(r.getUnitNote()));
        return r;
    }

    public ReferralRequest requestDocuments(Viewer viewer, long requestId, long seenVersion, String note) {
        ReferralRequest r = forUnit(viewer, requestId, seenVersion);
        String text = TextLimit.paragraphs(note, ReferralRequest.UNIT_NOTE_LENGTH, DOCUMENTS_NOTE_TOO_LONG);
        if (text == null) {
            throw new ValidationException("referral.documents.note");
        }
        em.persist(r.requestDocuments(viewer.username(), text, now()));
        tell(r, "referral.sms.documents", r.getTrackingCode(), excerpt(r.getUnitNote()));
        return r;
    }

    public ReferralRequest requireExam(Viewer viewer, long requestId, long seenVersion, String note) {
        ReferralRequest r = forUnit(viewer, requestId, seenVersion);
        em.persist(r.requireExam(viewer.username(),
                TextLimit.paragraphs(note, ReferralRequest.UNIT_NOTE_LENGTH, EXAM_NOTE_TOO_LONG), now()));
        tell(r, "referral.sms.examRequired", r.getTrackingCode());
        return r;
    }

    public ReferralRequest bookExam(Viewer viewer, long requestId, long seenVersion, ExamAppointment exam) {
        ReferralRequest r = forUnit(viewer, requestId, seenVersion);
        ExamAppointment valid = exam.validate(today());
        em.persist(r.bookExam(viewer.username(), valid, now()));
        tell(r, "referral.sms.examBooked", r.getTrackingCode(), valid.physician(), Jalali.format(valid.date()),
                valid.time(), valid.place());
        return r;
    }

    /**
     * The letter's terms the unit starts from: the admission date for a week (hami.referral.letter-days), the cause,
     * the ceiling and franchise of the contract's largest cover.
     */
    public LetterTerms proposedTerms(Viewer viewer, long requestId) {
        ReferralRequest r = visible(viewer, requestId);
        InsuranceContract contract = em.find(InsuranceContract.class, r.getContractId());
        Optional<Cover> plan = mainCover(contract);
        return new LetterTerms(r.getAdmissionDate(), r.getAdmissionDate().plusDays(Math.max(0, letterDays - 1)),
                r.getCause(), plan.map(Cover::getAnnualCeiling).orElse(null),
                plan.map(Cover::getFranchisePercent).orElse(null), null);
    }

    // ---------------------------------------------------------------- reading one request

    /**
     * One request with its names, attachments and history, for whoever may see it.
     *
     * @throws ValidationException {@link #REFUSED} (also for an id that does not exist: nobody learns which ids do)
     */
    public ReferralDetails details(Viewer viewer, long requestId) {
        ReferralRequest r = visible(viewer, requestId);
        TreatmentCenter center = em.find(TreatmentCenter.class, r.getCenterId());
        InsuranceContract contract = em.find(InsuranceContract.class, r.getContractId());
        ReferralProcedure procedure = r.getProcedureId() == null ? null
                : em.find(ReferralProcedure.class, r.getProcedureId());
        List<ReferralAttachment> attachments = em.createQuery(
                        "select a from ReferralAttachment a where a.requestId = :r order by a.id", ReferralAttachment.class)
                .setParameter("r", r.getId()).setMaxResults(100).getResultList();
        List<ReferralEvent> events = em.createQuery(
                        "select e from ReferralEvent e where e.requestId = :r order by e.id", ReferralEvent.class)
                .setParameter("r", r.getId()).setMaxResults(200).getResultList();
        return new ReferralDetails(r, center.getName(), center.getAddress(), contract.getInsurer().getName(),
                contract.getInsurer().getId(), contract.getNumber(), contract.getPolicyholder().getName(),
                procedure == null ? null : procedure.getTitle(), attachments, events);
    }

    /**
     * The printable letter of an issued request, for whoever may see the request.
     *
     * @throws ValidationException {@link #REFUSED}, or {@code referral.letter.notIssued} while the request has no
     *                             letter (any status but ISSUED)
     */
    public ReferralLetter letter(Viewer viewer, long requestId) {
        ReferralDetails d = details(viewer, requestId);
        if (d.request().getStatus() != ReferralStatus.ISSUED) {
            throw new ValidationException("referral.letter.notIssued");
        }
        Person main = em.find(Person.class, d.request().getMainPersonId());
        return new ReferralLetter(d, main == null ? null : main.getFullName());
    }

    /**
     * The member's eligibility today under the request's contract, for the unit beside the request: read from the
     * membership data (the person's coverage in that contract and the contract's plan); unlike a centre's check it
     * writes no audit row.
     *
     * @throws ValidationException {@link #REFUSED} for anyone but the referral unit and administrators
     */
    public CoverageToday coverageToday(Viewer viewer, long requestId) {
        if (!viewer.isReferralStaff()) {
            throw new ValidationException(REFUSED);
        }
        ReferralRequest r = visible(viewer, requestId);
        LocalDate today = today();
        Optional<Coverage> found = coverageIn(r.getPersonId(), r.getContractId());
        InsuranceContract k = em.find(InsuranceContract.class, r.getContractId());
        List<CoverageToday.Line> covers = k.getCovers().stream()
                .sorted(Comparator.comparingInt(Cover::getSortOrder).thenComparing(Cover::getId))
                .map(c -> new CoverageToday.Line(c.getTitle(), c.getAnnualCeiling(), c.getFranchisePercent()))
                .toList();
        Optional<CoveragePeriod> period = found.map(Coverage::period);
        LocalDate from = period.map(CoveragePeriod::from).orElse(k.getStartDate());
        LocalDate to = period.map(CoveragePeriod::to).orElse(k.getEndDate());
        return new CoverageToday(found.isPresent() && found.get().isActiveOn(today), today, k.getInsurer().getName(),
                k.getNumber(), k.getPolicyholder().getName(), from, to, covers);
    }

    /**
     * An attachment's file, for whoever may see its request.
     *
     * @throws ValidationException {@link #REFUSED}
     */
    public StoredFile attachment(Viewer viewer, long attachmentId) {
        ReferralAttachment a = em.find(ReferralAttachment.class, attachmentId);
        if (a == null) {
            throw new ValidationException(REFUSED);
        }
        visible(viewer, a.getRequestId());
        return em.find(StoredFile.class, a.getFileId());
    }

    /** The request this viewer made with this form key, if any (a double submit finds the first one). */
    public Optional<ReferralRequest> byClientKey(String username, FormKey clientKey) {
        if (clientKey == null) {
            return Optional.empty();
        }
        return em.createQuery("select r from ReferralRequest r where r.requestedBy = :u and r.clientKey = :k",
                        ReferralRequest.class)
                .setParameter("u", username).setParameter("k", clientKey(clientKey))
                .getResultStream().findFirst();
    }

    /** The procedures of the list a request may name, by title words, active ones only. */
    public List<ReferralProcedure> procedures(String search, int max) {
        String like = "%" + (search == null ? "" : ir.hami.platform.text.PersianText.normalize(search)) + "%";
        return em.createQuery("select p from ReferralProcedure p where p.active = true and p.title like :t "
                        + "order by p.title", ReferralProcedure.class)
                .setParameter("t", like).setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    public Optional<ReferralProcedure> procedureById(long id) {
        return Optional.ofNullable(em.find(ReferralProcedure.class, id));
    }

    // ---------------------------------------------------------------- rules of access

    /** The request, if this viewer may see it; otherwise {@link #REFUSED}. */
    ReferralRequest visible(Viewer viewer, long requestId) {
        ReferralRequest r = em.find(ReferralRequest.class, requestId);
        if (r == null) {
            throw new ValidationException(REFUSED);
        }
        if (viewer.isReferralStaff()) {
            return r;
        }
        if (viewer.isCenter() && viewer.centerId() == r.getCenterId()) {
            return r;
        }
        if (viewer.isMember()
                && FamilyRules.maySeeRecord(viewer.personId(), r.getPersonId(), r.getMainPersonId())) {
            return r;
        }
        throw new ValidationException(REFUSED);
    }

    private ReferralRequest forUnit(Viewer viewer, long requestId, long seenVersion) {
        if (!viewer.isReferralStaff()) {
            throw new ValidationException(REFUSED);
        }
        ReferralRequest r = visible(viewer, requestId);
        if (r.getVersion() != seenVersion) {
            throw new ValidationException(CONFLICT);
        }
        return r;
    }

    // ---------------------------------------------------------------- pieces

    private void tell(ReferralRequest r, String key, Object... args) {
        notifications.notify(r.getMainPersonId(), "REFERRAL", "/member/referral.xhtml?id=" + r.getId(), key, args);
    }

    private Optional<Coverage> coverageIn(long personId, long contractId) {
        return em.createQuery("select c from Coverage c where c.person.id = :p and c.contract.id = :k", Coverage.class)
                .setParameter("p", personId).setParameter("k", contractId)
                .getResultStream().findFirst();
    }

    /** The person's coverage in force today (the one ending last), by national ID. */
    private Optional<Coverage> activeCoverage(String nationalId, LocalDate today) {
        return em.createQuery("select c from Coverage c where c.person.nationalId = :n order by c.endDate desc, c.id",
                        Coverage.class)
                .setParameter("n", nationalId).setMaxResults(20)
                .getResultStream().filter(c -> c.isActiveOn(today)).findFirst();
    }

    /** The cover a letter's ceiling and franchise come from: the plan's largest (usually hospitalisation). */
    private static Optional<Cover> mainCover(InsuranceContract contract) {
        return contract.getCovers().stream().max(Comparator.comparingLong(Cover::getAnnualCeiling));
    }

    private ReferralRequest.Subject subject(Coverage c, TreatmentCenter center) {
        Person p = c.getPerson();
        InsuranceContract k = c.getContract();
        return new ReferralRequest.Subject(p.getId(), c.getMainPerson().getId(), k.getId(), k.getInsurer().getId(),
                p.getNationalId(), p.getFullName(), center.getId(), center.getProvince().getId());
    }

    private ReferralProcedure procedure(Long id) {
        if (id == null) {
            return null;
        }
        ReferralProcedure p = em.find(ReferralProcedure.class, id);
        if (p == null || !p.isActive()) {
            throw new ValidationException("referral.procedure.unknown");
        }
        return p;
    }

    private static String cause(String typed, ReferralProcedure procedure, int max) {
        String cause = TextLimit.line(typed, max, CAUSE_TOO_LONG);
        if (cause == null && procedure != null) {
            cause = procedure.getTitle();
        }
        if (cause == null) {
            throw new ValidationException("referral.cause.required");
        }
        return cause;
    }

    private String centerName(long centerId) {
        return em.find(TreatmentCenter.class, centerId).getName();
    }

    /** A tracking code no request has yet (random codes collide rarely; a collision just draws again). */
    private String newTrackingCode() {
        for (int i = 0; i < 10; i++) {
            String code = TrackingCodes.next();
            if (em.createQuery("select count(r) from ReferralRequest r where r.trackingCode = :c", Long.class)
                    .setParameter("c", code).getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 10 draws");
    }

    /**
     * The unit's note as an SMS and a notification quote it: its first {@value #EXCERPT} characters (the whole note,
     * up to {@value ReferralRequest#UNIT_NOTE_LENGTH}, is on the request's page), so the message stays within the
     * SMS and notification columns (700 and 500).
     */
    static String excerpt(String note) {
        return note == null || note.length() <= EXCERPT ? note : note.substring(0, EXCERPT - 1) + "…";
    }

    private static final int EXCERPT = 300;

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String clientKey(FormKey key) {
        return key == null ? null : key.value();
    }

    /**
     * Writes now: a second submit of the same form that raced past {@link #byClientKey} stops at the unique form key
     * (or at a staged file the first one claimed), and nothing of it is kept: {@link #REPEATED}, after which
     * {@link #byClientKey} answers with the first one's request.
     */
    private void flushOnce() {
        FormSubmissions.flushOnce(em, context, REPEATED);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
