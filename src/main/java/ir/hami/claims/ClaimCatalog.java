package ir.hami.claims;

import java.io.Serializable;
import ir.hami.membership.Cover;
import ir.hami.membership.CoverKind;
import ir.hami.membership.InsuranceContract;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue a claim is made from: service types, their services, the document types each service requires, and
 * which of a contract's covers pays a service type. Small tables, read often.
 */
@Stateless
@PermitAll
public class ClaimCatalog {

    @PersistenceContext
    EntityManager em;

    public List<ServiceType> serviceTypes() {
        return em.createQuery("select t from ServiceType t where t.active = true order by t.sortOrder, t.id",
                ServiceType.class).getResultList();
    }

    public List<MedicalService> services(long typeId) {
        return em.createQuery("select s from MedicalService s where s.typeId = :t and s.active = true "
                + "order by s.title, s.id", MedicalService.class).setParameter("t", typeId).getResultList();
    }

    public Optional<ServiceType> serviceType(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ServiceType.class, id));
    }

    public Optional<MedicalService> service(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(MedicalService.class, id));
    }

    public Optional<DocumentType> documentType(long id) {
        return Optional.ofNullable(em.find(DocumentType.class, id));
    }

    public List<DocumentType> documentTypes() {
        return em.createQuery("select d from DocumentType d where d.active = true order by d.id", DocumentType.class)
                .getResultList();
    }

    /** What a service asks for: its document types (mandatory first), then "other documents" if not listed. */
    public List<Requirement> requirements(long serviceId) {
        List<Object[]> rows = em.createQuery("select d, r.mandatory from RequiredDocument r, DocumentType d "
                        + "where r.serviceId = :s and d.id = r.documentTypeId and d.active = true "
                        + "order by r.mandatory desc, d.id", Object[].class)
                .setParameter("s", serviceId).getResultList();
        List<Requirement> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(new Requirement((DocumentType) row[0], (Boolean) row[1]));
        }
        if (out.stream().noneMatch(r -> DocumentType.OTHER.equals(r.type().getCode()))) {
            em.createQuery("select d from DocumentType d where d.code = :c and d.active = true", DocumentType.class)
                    .setParameter("c", DocumentType.OTHER).getResultStream().findFirst()
                    .ifPresent(d -> out.add(new Requirement(d, false)));
        }
        return out;
    }

    /** A document type a service takes, mandatory or not. */
    public record Requirement(DocumentType type, boolean mandatory) implements Serializable {
        public DocumentType getType() { return type; }
        public boolean isMandatory() { return mandatory; }
    }

    /**
     * The contract's cover that pays a service type: the cover of its kind; else a cover with no kind set (the
     * largest); else none (the service type is not covered by this plan).
     */
    public Optional<Cover> coverFor(InsuranceContract contract, ServiceType type) {
        return coverFor(contract.getCovers(), type.getCoverKind());
    }

    static Optional<Cover> coverFor(List<Cover> covers, CoverKind kind) {
        Optional<Cover> exact = covers.stream().filter(c -> c.getKind() == kind).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return covers.stream().filter(c -> c.getKind() == null).max(Comparator.comparingLong(Cover::getAnnualCeiling));
    }
}
