package ir.hami.claims;

import ir.hami.membership.Coverage;
import ir.hami.membership.FamilyService;
import ir.hami.membership.Person;
import ir.hami.notification.Notifications;
import ir.hami.platform.ValidationException;
import ir.hami.platform.files.StoredFile;
import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.FormKey;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admissions (پذیرش, seed 003): a member makes one for a person of the family under a contract, adds document images
 * to it, changes or deletes them, and "I confirm" (تایید می‌کنم) completes and freezes it; staff may then reject it
 * with a reason the member reads. Who may see an admission is the claims rule: the person it is about and the main
 * member stored on it ({@link ClaimViewer}); anyone else, and an unknown id, get the same {@link #REFUSED}.
 */
@Stateless
@RolesAllowed({Roles.MEMBER, Roles.ASSESSOR, Roles.FINANCE, Roles.ADMIN})
public class Admissions {

    /** No such admission, or not this viewer's. */
    public static final String REFUSED = "admissions.refused";
    public static final String NOT_COVERED = "admissions.notCovered";
    public static final String TITLE_REQUIRED = "admissions.title.required";
    public static final String TITLE_TOO_LONG = "admissions.title.tooLong";
    public static final String DESCRIPTION_TOO_LONG = "admissions.description.tooLong";
    public static final String NOTE_TOO_LONG = "admissions.note.tooLong";
    public static final String NO_DOCUMENTS = "admissions.confirm.noDocuments";
    public static final String TOO_MANY = "admissions.files.tooMany";
    public static final String REASON_TOO_LONG = "admissions.reject.tooLong";
    public static final String REPEATED = "form.repeated";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClaimFiles claimFiles;

    @Inject
    FamilyService family;

    @Inject
    ClaimCatalog catalog;

    @Inject
    Notifications notifications;

    @Resource
    SessionContext context;

    @Inject
    FormSubmissions forms;

    /** The kind of form submission an upload with a client's key is recorded as. */
    static final String UPLOAD_FORM = "admission-document";

    /** hami.admissions.max-files: images per admission. */
    @Inject
    @ConfigProperty(name = "hami.admissions.max-files", defaultValue = "20")
    int maxFiles;


    /** What the member types to start an admission. */
    public record Form(long personId, long contractId, String title, String description, FormKey formKey) {
    }

    /**
     * A new admission, in progress, for a person of the viewer's family covered today under the contract. The same
     * form key gives back the admission it made.
     *
     * @throws ValidationException {@code family.refused}, {@link #NOT_COVERED}, {@link #TITLE_REQUIRED},
     *                             {@link #TITLE_TOO_LONG}, {@link #DESCRIPTION_TOO_LONG}, {@link #REPEATED}
     */
    @RolesAllowed(Roles.MEMBER)
    public Admission create(ClaimViewer viewer, Form form) {
        requireMember(viewer);
        Optional<Admission> earlier = byClientKey(viewer.username(), form.formKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Coverage coverage = family.coverageForRecord(viewer.personId(), form.personId(), form.contractId());
        if (!coverage.isActiveOn(LocalDate.now(clock))) {
            throw new ValidationException(NOT_COVERED);
        }
        String title = TextLimit.line(form.title(), Admission.TITLE_LENGTH, TITLE_TOO_LONG);
        if (title == null) {
            throw new ValidationException(TITLE_REQUIRED);
        }
        String description = TextLimit.paragraphs(form.description(), Admission.DESCRIPTION_LENGTH,
                DESCRIPTION_TOO_LONG);
        Admission a = new Admission(newTrackingCode(), viewer.username(),
                form.formKey() == null ? null : form.formKey().value(), form.personId(),
                coverage.getMainPerson().getId(), form.contractId(), title, description, now());
        em.persist(a);
        try {
            em.flush(); // a racing twin of the same form stops here, at the unique form key
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            throw new ValidationException(e, REPEATED);
        }
        return a;
    }

    /** The admission this viewer made with this form key, if any. */
    public Optional<Admission> byClientKey(String username, FormKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Admission a where a.createdBy = :u and a.clientKey = :k",
                        Admission.class)
                .setParameter("u", username).setParameter("k", key.value()).getResultStream().findFirst();
    }

    /** The admission, if this viewer may see it; otherwise {@link #REFUSED}. */
    public Admission visible(ClaimViewer viewer, long admissionId) {
        Admission a = em.find(Admission.class, admissionId);
        if (a == null || !maySee(viewer, a)) {
            throw new ValidationException(REFUSED);
        }
        return a;
    }

    static boolean maySee(ClaimViewer viewer, Admission a) {
        if (viewer.isClaimsStaff()) {
            return true;
        }
        return viewer.isMember() && ir.hami.membership.FamilyRules.maySeeRecord(viewer.personId(), a.getPersonId(),
                a.getMainPersonId());
    }

    /** Changes the title and description of an admission in progress. */
    @RolesAllowed(Roles.MEMBER)
    public Admission edit(ClaimViewer viewer, long admissionId, String title, String description) {
        Admission a = forMemberChange(viewer, admissionId);
        String t = TextLimit.line(title, Admission.TITLE_LENGTH, TITLE_TOO_LONG);
        if (t == null) {
            throw new ValidationException(TITLE_REQUIRED);
        }
        a.edit(t, TextLimit.paragraphs(description, Admission.DESCRIPTION_LENGTH, DESCRIPTION_TOO_LONG), now());
        return a;
    }

    /**
     * Adds a document image (JPEG or PNG, told from its bytes) to an admission in progress, counted under the
     * admission's row lock so two tabs cannot pass the limit together.
     *
     * @throws ValidationException {@link #REFUSED}, {@link Admission#NOT_ALLOWED}, {@link ClaimFiles#KEY_DOCUMENT_TYPE},
     *                             {@link #TOO_MANY}, {@link ClaimFiles#KEY_TYPE}, {@code upload.empty},
     *                             {@code upload.tooLarge}, {@link #NOTE_TOO_LONG}
     */
    @RolesAllowed(Roles.MEMBER)
    public AdmissionDocument addDocument(ClaimViewer viewer, long admissionId, long documentTypeId, String note,
                                         String fileName, byte[] data) {
        Admission a = forMemberChange(viewer, admissionId);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        a.requireEditable();
        requireDocumentType(documentTypeId);
        String n = TextLimit.line(note, AdmissionDocument.NOTE_LENGTH, NOTE_TOO_LONG);
        long count = documentCount(admissionId);
        if (count >= maxFiles) {
            throw new ValidationException(TOO_MANY, maxFiles);
        }
        StoredFile file = claimFiles.storeImage(fileName, data);
        Instant now = now();
        AdmissionDocument doc = new AdmissionDocument(admissionId, file.getId(), documentTypeId, file.getFileName(),
                n, now);
        em.persist(doc);
        a.edit(a.getTitle(), a.getDescription(), now);
        return doc;
    }

    /**
     * {@link #addDocument} once per form key (the members' API's {@code Idempotency-Key}): a retried upload answers
     * with the document the first one added; a racing twin stops at the recorded key with
     * {@link FormSubmissions#REPEATED} and keeps nothing.
     */
    @RolesAllowed(Roles.MEMBER)
    public AdmissionDocument addDocument(ClaimViewer viewer, long admissionId, long documentTypeId, String note,
                                         String fileName, byte[] data, FormKey key) {
        Optional<Long> earlier = forms.earlier(key, UPLOAD_FORM);
        if (earlier.isPresent()) {
            AdmissionDocument doc = earlier.get() == null ? null : em.find(AdmissionDocument.class, earlier.get());
            if (doc == null || doc.getAdmissionId() != admissionId) {
                throw new ValidationException(REPEATED);
            }
            visible(viewer, admissionId);
            return doc;
        }
        AdmissionDocument doc = addDocument(viewer, admissionId, documentTypeId, note, fileName, data);
        em.flush();
        forms.record(key, UPLOAD_FORM, doc.getId(), viewer.username());
        return doc;
    }

    /** Changes a document's type and note while its admission is in progress. */
    @RolesAllowed(Roles.MEMBER)
    public AdmissionDocument changeDocument(ClaimViewer viewer, long documentId, long documentTypeId, String note) {
        AdmissionDocument doc = document(documentId);
        Admission a = forMemberChange(viewer, doc.getAdmissionId());
        requireDocumentType(documentTypeId);
        doc.change(documentTypeId, TextLimit.line(note, AdmissionDocument.NOTE_LENGTH, NOTE_TOO_LONG));
        a.edit(a.getTitle(), a.getDescription(), now());
        return doc;
    }

    /** Deletes a document (and its stored file) while its admission is in progress. */
    @RolesAllowed(Roles.MEMBER)
    public void removeDocument(ClaimViewer viewer, long documentId) {
        AdmissionDocument doc = document(documentId);
        Admission a = forMemberChange(viewer, doc.getAdmissionId());
        removeWithFile(doc);
        a.edit(a.getTitle(), a.getDescription(), now());
    }

    /** Deletes an admission in progress with its documents. */
    @RolesAllowed(Roles.MEMBER)
    public void delete(ClaimViewer viewer, long admissionId) {
        Admission a = forMemberChange(viewer, admissionId);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        a.requireEditable();
        for (AdmissionDocument d : documents(admissionId)) {
            removeWithFile(d);
        }
        em.flush();
        em.remove(a);
    }

    /**
     * "I confirm": the admission is completed and frozen, ready for the assessors.
     *
     * @throws ValidationException {@link #NO_DOCUMENTS} when it has no image yet
     */
    @RolesAllowed(Roles.MEMBER)
    public Admission confirm(ClaimViewer viewer, long admissionId) {
        Admission a = forMemberChange(viewer, admissionId);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        if (documentCount(admissionId) == 0) {
            throw new ValidationException(NO_DOCUMENTS);
        }
        a.confirm(now());
        return a;
    }

    /** Staff reject a completed admission; the family's main member is told the reason (portal and SMS). */
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public Admission reject(ClaimViewer viewer, long admissionId, String reason) {
        if (!viewer.isClaimsStaff()) {
            throw new ValidationException(REFUSED);
        }
        Admission a = visible(viewer, admissionId);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        a.reject(TextLimit.paragraphs(reason, Claim.NOTE_LENGTH, REASON_TOO_LONG), now());
        notifications.notify(a.getMainPersonId(), "ADMISSION", "/member/admission.xhtml?id=" + a.getId(),
                "admissions.sms.rejected", a.getTrackingCode(), a.getRejectReason());
        return a;
    }

    /** An admission as its page shows it: the person's name and its documents with their types' titles. */
    public record Details(Admission admission, String personName, List<DocumentRow> documents)
            implements java.io.Serializable {
        public Admission getAdmission() { return admission; }
        public String getPersonName() { return personName; }
        public List<DocumentRow> getDocuments() { return documents; }
    }

    /** One document of an admission with its type's title. */
    public record DocumentRow(long id, String fileName, long typeId, String typeTitle, String note,
                              Instant addedAt) implements java.io.Serializable {
        public long getId() { return id; }
        public String getFileName() { return fileName; }
        public long getTypeId() { return typeId; }
        public String getTypeTitle() { return typeTitle; }
        public String getNote() { return note; }
        public Instant getAddedAt() { return addedAt; }
    }

    /** The admission with its documents, if the viewer may see it. */
    public Details details(ClaimViewer viewer, long admissionId) {
        Admission a = visible(viewer, admissionId);
        Person p = em.find(Person.class, a.getPersonId());
        List<Object[]> rows = em.createQuery("select d, t.title from AdmissionDocument d, DocumentType t "
                        + "where d.admissionId = :a and t.id = d.documentTypeId order by d.id", Object[].class)
                .setParameter("a", admissionId).getResultList();
        List<DocumentRow> docs = rows.stream().map(r -> {
            AdmissionDocument d = (AdmissionDocument) r[0];
            return new DocumentRow(d.getId(), d.getFileName(), d.getDocumentTypeId(), (String) r[1], d.getNote(),
                    d.getAddedAt());
        }).toList();
        return new Details(a, p == null ? "" : p.getFullName(), docs);
    }

    /** The documents of an admission the viewer may see, as added. */
    public List<AdmissionDocument> documents(ClaimViewer viewer, long admissionId) {
        visible(viewer, admissionId);
        return documents(admissionId);
    }

    /** A document's stored image, if the viewer may see its admission. */
    public StoredFile file(ClaimViewer viewer, long documentId) {
        AdmissionDocument doc = document(documentId);
        visible(viewer, doc.getAdmissionId());
        return em.find(StoredFile.class, doc.getFileId());
    }

    /**
     * How many admissions of this person in this state the viewer may see: all of them for the person themself;
     * for a main member, those made under a coverage whose main member they were.
     */
    public long ofPersonCount(ClaimViewer viewer, long personId, AdmissionState state) {
        TypedQuery<Long> q = em.createQuery("select count(a) from Admission a " + personWhere(viewer, personId),
                Long.class);
        return bind(q, viewer, personId, state).getSingleResult();
    }

    /** A page of them, newest first (index {@code ix_admission_person}). */
    public List<Admission> ofPerson(ClaimViewer viewer, long personId, AdmissionState state, int first, int size) {
        TypedQuery<Admission> q = em.createQuery("select a from Admission a " + personWhere(viewer, personId)
                + " order by a.createdAt desc, a.id desc", Admission.class);
        return bind(q, viewer, personId, state).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
    }

    /** Completed admissions waiting for the assessors, oldest first (index {@code ix_admission_state}). */
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    public List<Admission> completed(int first, int size) {
        return em.createQuery("select a from Admission a where a.state = :s order by a.confirmedAt, a.id",
                        Admission.class).setParameter("s", AdmissionState.COMPLETED)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
    }

    public int maxFiles() {
        return maxFiles;
    }

    public int maxFileMb() {
        return claimFiles.maxFileMb();
    }

    // ---------------------------------------------------------------- helpers

    private String personWhere(ClaimViewer viewer, long personId) {
        if (!viewer.isMember() && !viewer.isClaimsStaff()) {
            throw new ValidationException(REFUSED);
        }
        boolean all = viewer.isClaimsStaff() || viewer.personId() == personId;
        return "where a.personId = :p and a.state = :s" + (all ? "" : " and a.mainPersonId = :v");
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q, ClaimViewer viewer, long personId, AdmissionState state) {
        q.setParameter("p", personId).setParameter("s", state);
        if (!viewer.isClaimsStaff() && viewer.personId() != personId) {
            q.setParameter("v", viewer.personId());
        }
        return q;
    }

    private Admission forMemberChange(ClaimViewer viewer, long admissionId) {
        requireMember(viewer);
        Admission a = visible(viewer, admissionId);
        a.requireEditable();
        return a;
    }

    private static void requireMember(ClaimViewer viewer) {
        if (!viewer.isMember()) {
            throw new ValidationException(REFUSED);
        }
    }

    private AdmissionDocument document(long documentId) {
        AdmissionDocument doc = em.find(AdmissionDocument.class, documentId);
        if (doc == null) {
            throw new ValidationException(REFUSED);
        }
        return doc;
    }

    private void requireDocumentType(long documentTypeId) {
        if (catalog.documentType(documentTypeId).filter(DocumentType::isActive).isEmpty()) {
            throw new ValidationException(ClaimFiles.KEY_DOCUMENT_TYPE);
        }
    }

    private List<AdmissionDocument> documents(long admissionId) {
        return em.createQuery("select d from AdmissionDocument d where d.admissionId = :a order by d.id",
                AdmissionDocument.class).setParameter("a", admissionId).getResultList();
    }

    private long documentCount(long admissionId) {
        return em.createQuery("select count(d) from AdmissionDocument d where d.admissionId = :a", Long.class)
                .setParameter("a", admissionId).getSingleResult();
    }

    private void removeWithFile(AdmissionDocument doc) {
        em.remove(doc);
        em.flush();
        StoredFile file = em.find(StoredFile.class, doc.getFileId());
        if (file != null) {
            em.remove(file);
        }
    }

    private String newTrackingCode() {
        for (int i = 0; i < 10; i++) {
            String code = TrackingCodes.next();
            if (em.createQuery("select count(a) from Admission a where a.trackingCode = :t", Long.class)
                    .setParameter("t", code).getSingleResult() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after 10 draws");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
