package ir.hami.claims;

import ir.hami.membership.CoverKind;
import ir.hami.platform.ValidationException;
import ir.hami.platform.persistence.FormSubmissions;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.FormKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Administrators keep the claims catalogue: service types (title, the kind of cover that pays them, order, active),
 * the services of each type, document types, and which document types each service requires (mandatory or
 * optional). Rows are added, edited and deactivated, never deleted (claims name them); a code is unique and fixed
 * once created; an edit names the version the administrator saw. A requirement is a setting, not a record: it may be
 * removed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ClaimCatalogAdmin {

    public static final String CODE_TAKEN = "catalogue.code.taken";
    public static final String CODE_INVALID = "catalogue.code.invalid";
    public static final String TITLE_REQUIRED = "catalogue.title.required";
    public static final String TITLE_TOO_LONG = "catalogue.title.tooLong";
    public static final String KIND_REQUIRED = "catalogue.kind.required";
    public static final String TYPE_REQUIRED = "catalogue.type.required";
    public static final String CONFLICT = "catalogue.conflict";
    public static final String NOT_FOUND = "catalogue.notFound";

    public static final int CODE_LENGTH = 30;
    public static final int TITLE_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,30}");

    static final String KIND_TYPE = "claim-service-type";
    static final String KIND_SERVICE = "claim-service";
    static final String KIND_DOCUMENT = "claim-document-type";

    @PersistenceContext
    EntityManager em;

    @Inject
    FormSubmissions submissions;

    /** What the administrator typed: a new row when {@code id} is null (then {@code code} and the form key count). */
    public record Entry(Long id, long version, String code, String title, CoverKind kind, int sortOrder, Long typeId,
                        boolean active, FormKey formKey) implements Serializable {
        public boolean isNew() {
            return id == null;
        }
    }

    /** A service's requirement with its document type, for the page. */
    public record Requirement(long id, long documentTypeId, String code, String title, boolean mandatory,
                              boolean typeActive) implements Serializable {
        public long getId() { return id; }
        public long getDocumentTypeId() { return documentTypeId; }
        public String getCode() { return code; }
        public String getTitle() { return title; }
        public boolean isMandatory() { return mandatory; }
        public boolean isTypeActive() { return typeActive; }
    }

    // ---------------------------------------------------------------- service types

    public List<ServiceType> serviceTypes() {
        return em.createQuery("select t from ServiceType t order by t.sortOrder, t.id", ServiceType.class)
                .setMaxResults(500).getResultList();
    }

    public ServiceType saveServiceType(Entry e) {
        String title = title(e.title());
        if (e.kind() == null) {
            throw new ValidationException(KIND_REQUIRED);
        }
        if (e.isNew()) {
            Optional<ServiceType> earlier = submissions.earlier(e.formKey(), KIND_TYPE)
                    .map(id -> em.find(ServiceType.class, id));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            String code = code(e.code());
            submissions.begin(e.formKey(), KIND_TYPE, "admin");
            requireFree("ServiceType", code);
            ServiceType t = new ServiceType(code, title, e.kind(), e.sortOrder());
            t.update(title, e.kind(), e.sortOrder(), e.active());
            em.persist(t);
            em.flush();
            submissions.made(e.formKey(), t.getId());
            return t;
        }
        ServiceType t = forEdit(ServiceType.class, e.id(), e.version());
        t.update(title, e.kind(), e.sortOrder(), e.active());
        em.flush();
        return t;
    }

    // ---------------------------------------------------------------- services

    /** The services of a type, active or not, by title. */
    public List<MedicalService> services(long typeId) {
        return em.createQuery("select s from MedicalService s where s.typeId = :t order by s.title, s.id",
                MedicalService.class).setParameter("t", typeId).setMaxResults(1000).getResultList();
    }

    public MedicalService saveService(Entry e) {
        String title = title(e.title());
        if (e.typeId() == null || em.find(ServiceType.class, e.typeId()) == null) {
            throw new ValidationException(TYPE_REQUIRED);
        }
        if (e.isNew()) {
            Optional<MedicalService> earlier = submissions.earlier(e.formKey(), KIND_SERVICE)
                    .map(id -> em.find(MedicalService.class, id));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            String code = code(e.code());
            submissions.begin(e.formKey(), KIND_SERVICE, "admin");
            requireFree("MedicalService", code);
            MedicalService s = new MedicalService(e.typeId(), code, title);
            s.update(e.typeId(), title, e.active());
            em.persist(s);
            em.flush();
            submissions.made(e.formKey(), s.getId());
            return s;
        }
        MedicalService s = forEdit(MedicalService.class, e.id(), e.version());
        s.update(e.typeId(), title, e.active());
        em.flush();
        return s;
    }

    // ---------------------------------------------------------------- document types

    public List<DocumentType> documentTypes() {
        return em.createQuery("select d from DocumentType d order by d.id", DocumentType.class).setMaxResults(500)
                .getResultList();
    }

    public DocumentType saveDocumentType(Entry e) {
        String title = title(e.title());
        if (e.isNew()) {
            Optional<DocumentType> earlier = submissions.earlier(e.formKey(), KIND_DOCUMENT)
                    .map(id -> em.find(DocumentType.class, id));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            String code = code(e.code());
            submissions.begin(e.formKey(), KIND_DOCUMENT, "admin");
            requireFree("DocumentType", code);
            DocumentType d = new DocumentType(code, title);
            d.update(title, e.active());
            em.persist(d);
            em.flush();
            submissions.made(e.formKey(), d.getId());
            return d;
        }
        DocumentType d = forEdit(DocumentType.class, e.id(), e.version());
        d.update(title, e.active());
        em.flush();
        return d;
    }

    // ---------------------------------------------------------------- requirements

    /** What a service requires, mandatory first. */
    public List<Requirement> requirements(long serviceId) {
        List<Object[]> rows = em.createQuery("select r, d from RequiredDocument r, DocumentType d "
                        + "where r.serviceId = :s and d.id = r.documentTypeId order by r.mandatory desc, d.id",
                Object[].class).setParameter("s", serviceId).getResultList();
        return rows.stream().map(row -> {
            RequiredDocument r = (RequiredDocument) row[0];
            DocumentType d = (DocumentType) row[1];
            return new Requirement(r.getId(), d.getId(), d.getCode(), d.getTitle(), r.isMandatory(), d.isActive());
        }).toList();
    }

    /** Makes a document type required by a service (mandatory or optional); sets it again if it already is. */
    public RequiredDocument require(long serviceId, long documentTypeId, boolean mandatory) {
        MedicalService s = em.find(MedicalService.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || em.find(DocumentType.class, documentTypeId) == null) {
            throw new ValidationException(NOT_FOUND);
        }
        Optional<RequiredDocument> existing = em.createQuery("select r from RequiredDocument r "
                                + "where r.serviceId = :s and r.documentTypeId = :d", RequiredDocument.class)
                .setParameter("s", serviceId).setParameter("d", documentTypeId).getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().mandatory(mandatory);
            return existing.get();
        }
        RequiredDocument r = new RequiredDocument(serviceId, documentTypeId, mandatory);
        em.persist(r);
        em.flush();
        return r;
    }

    /** A service no longer asks for this document type (claims already made keep their images). */
    public void unrequire(long requirementId) {
        RequiredDocument r = em.find(RequiredDocument.class, requirementId);
        if (r != null) {
            em.remove(r);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Codes are upper-case Latin letters, digits, '-' and '_' (Persian digits typed are read as Latin). */
    static String code(String typed) {
        String code = typed == null ? "" : PersianText.normalizeDigits(typed).strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException(CODE_INVALID, CODE_LENGTH);
        }
        return code;
    }

    static String title(String typed) {
        String title = TextLimit.line(typed, TITLE_LENGTH, TITLE_TOO_LONG);
        if (title == null) {
            throw new ValidationException(TITLE_REQUIRED);
        }
        return title;
    }

    private void requireFree(String entity, String code) {
        if (em.createQuery("select count(x) from " + entity + " x where x.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0) {
            throw new ValidationException(CODE_TAKEN, code);
        }
    }

    private <T> T forEdit(Class<T> type, long id, long seenVersion) {
        T row = em.find(type, id, LockModeType.OPTIMISTIC);
        if (row == null) {
            throw new ValidationException(NOT_FOUND);
        }
        long version;
        if (row instanceof ServiceType t) {
            version = t.getVersion();
        } else if (row instanceof MedicalService s) {
            version = s.getVersion();
        } else if (row instanceof DocumentType d) {
            version = d.getVersion();
        } else {
            throw new IllegalArgumentException(type.getName());
        }
        if (version != seenVersion) {
            throw new ValidationException(CONFLICT);
        }
        return row;
    }
}
