package ir.hami.demo;

import ir.hami.claims.Admission;
import ir.hami.claims.AdmissionDocument;
import ir.hami.claims.Claim;
import ir.hami.claims.ClaimAction;
import ir.hami.claims.ClaimCatalog;
import ir.hami.claims.ClaimChannel;
import ir.hami.claims.ClaimDetails;
import ir.hami.claims.ClaimEvent;
import ir.hami.claims.ClaimRecords;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.DocumentType;
import ir.hami.claims.MedicalService;
import ir.hami.claims.ServiceType;
import ir.hami.membership.Coverage;
import ir.hami.membership.InsuranceContract;
import ir.hami.membership.Person;
import ir.hami.platform.files.FileStore;
import ir.hami.platform.files.UploadRule;
import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo data only: the steps of the demo claims that are the member's own (a draft, its submission, a deficiency
 * fixed) or that no service offers yet (an admission), each in its own transaction and through the model's own
 * methods and {@link ClaimRecords#record}, as the submission service does; and, last, the move of a finished demo
 * claim's history back to the days it is meant to have happened on.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoClaimSteps {

    /** The claim columns set by each action (the first event of that action names the time). */
    private static final Map<ClaimAction, List<String>> STAGE_COLUMNS = new EnumMap<>(Map.of(
            ClaimAction.SUBMITTED, List.of("registered_at", "received_at"),
            ClaimAction.ORIGINALS_REQUESTED, List.of("originals_requested_at"),
            ClaimAction.ORIGINALS_DELIVERED, List.of("originals_delivered_at"),
            ClaimAction.ASSESSED, List.of("assessed_at"),
            ClaimAction.SENT_TO_FINANCE, List.of("sent_to_finance_at")));
    /** The actions whose recording tells the member (a notification each). */
    private static final Set<ClaimAction> TOLD = Set.of(ClaimAction.SUBMITTED, ClaimAction.DEFICIENCY_DECLARED,
            ClaimAction.DEFICIENCY_FIXED, ClaimAction.ORIGINALS_REQUESTED, ClaimAction.ORIGINALS_DELIVERED,
            ClaimAction.ASSESSED, ClaimAction.REJECTED, ClaimAction.SENT_TO_BANK, ClaimAction.DEPOSITED,
            ClaimAction.PAYMENT_RETURNED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClaimRecords records;

    @Inject
    ClaimCatalog catalog;

    @Inject
    FileStore files;

    /** One insured person of a family, as a claim names them. */
    public record Insured(long personId, long mainPersonId, String nationalId, String name, String relation,
                          List<Term> terms) {
    }

    /** A coverage period of the person under one contract. */
    public record Term(long contractId, long insurerId, LocalDate from, LocalDate to) {
    }

    /** The family of a main member: the main member first, with each person's coverage periods. */
    public List<Insured> family(long mainPersonId) {
        List<Coverage> rows = em.createQuery("select c from Coverage c where c.mainPerson.id = :m "
                + "order by c.person.id, c.startDate", Coverage.class).setParameter("m", mainPersonId).getResultList();
        List<Insured> out = new ArrayList<>();
        for (Coverage c : rows) {
            Person p = c.getPerson();
            Term term = new Term(c.getContract().getId(), c.getContract().getInsurer().getId(), c.getStartDate(),
                    c.getEndDate());
            Optional<Insured> known = out.stream().filter(i -> i.personId() == p.getId()).findFirst();
            if (known.isPresent()) {
                known.get().terms().add(term);
            } else {
                List<Term> terms = new ArrayList<>();
                terms.add(term);
                Insured insured = new Insured(p.getId(), mainPersonId, p.getNationalId(), p.getFullName(),
                        c.getRelation().name(), terms);
                if (p.getId() == mainPersonId) {
                    out.add(0, insured);
                } else {
                    out.add(insured);
                }
            }
        }
        return out;
    }

    /** The main member's mobile and IBAN (the account a payment goes to). */
    public String[] mainContact(long mainPersonId) {
        Person p = em.find(Person.class, mainPersonId);
        return new String[] {p.getMobile(), p.getIban()};
    }

    /** Claims already made for this family (the demo claims are loaded once). */
    public long claimCount(long mainPersonId) {
        return em.createQuery("select count(c) from Claim c where c.mainPersonId = :m", Long.class)
                .setParameter("m", mainPersonId).getSingleResult();
    }

    public Optional<Long> mainPersonOf(String nationalId) {
        return em.createQuery("select c.mainPerson.id from Coverage c where c.person.nationalId = :n "
                        + "and c.relation = ir.hami.membership.Relation.SELF order by c.endDate desc", Long.class)
                .setParameter("n", nationalId).setMaxResults(1).getResultStream().findFirst();
    }

    public MedicalService service(String code) {
        return em.createQuery("select s from MedicalService s where s.code = :c", MedicalService.class)
                .setParameter("c", code).getSingleResult();
    }

    public long documentType(String code) {
        return em.createQuery("select d from DocumentType d where d.code = :c", DocumentType.class)
                .setParameter("c", code).getSingleResult().getId();
    }

    /** The mandatory document types of a service (the images a submission needs). */
    public List<Long> mandatoryDocuments(long serviceId) {
        return catalog.requirements(serviceId).stream().filter(ClaimCatalog.Requirement::mandatory)
                .map(r -> r.type().getId()).toList();
    }

    /** A few active centres and their provinces, DEMO-C1 first. */
    public List<long[]> centers(int max) {
        List<Object[]> rows = em.createQuery("select c.id, c.province.id from TreatmentCenter c where c.active = true "
                + "order by case when c.code = :demo then 0 else 1 end, c.id", Object[].class)
                .setParameter("demo", DemoCenter.CODE).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new long[] {(Long) r[0], (Long) r[1]}).toList();
    }

    /** The contract's cover that pays the service (its id and franchise percent), if the plan covers it. */
    public Optional<long[]> cover(long contractId, long serviceId) {
        InsuranceContract k = em.find(InsuranceContract.class, contractId);
        MedicalService s = em.find(MedicalService.class, serviceId);
        Optional<ServiceType> type = catalog.serviceType(s.getTypeId());
        return type.flatMap(t -> catalog.coverFor(k, t))
                .map(c -> new long[] {c.getId(), c.getFranchisePercent()});
    }

    /** A member's draft, steps 1 and 2 done and the wizard at {@code step}, as the wizard leaves it. */
    public long draft(ClaimViewer member, Claim.Subject subject, LocalDate serviceDate, ClaimDetails details,
                      int step) {
        Instant now = now();
        Claim c = new Claim(ClaimChannel.MEMBER, member.username(), null, subject, serviceDate, now);
        em.persist(c);
        em.flush();
        records.record(c, c.drafted(member.username()), null);
        c.describe(details, now);
        c.reachStep(step, now);
        return c.getId();
    }

    /** Steps 4 and 5: the mobile confirmed by its code, then submitted with a tracking code, told by SMS. */
    public String submit(ClaimViewer member, long claimId, String mobile) {
        Claim c = records.visible(member, claimId);
        Instant now = now();
        c.confirmMobile(mobile == null ? "09190000000" : mobile, now);
        String code = records.newTrackingCode();
        records.record(c, c.submit(member.username(), code, null, null, now), "claims.sms.submitted", code);
        return code;
    }

    /** The member sent the images asked for: back to the assessor. */
    public void fixDeficiency(ClaimViewer member, long claimId, String note) {
        Claim c = records.visible(member, claimId);
        records.record(c, c.fixDeficiency(member.username(), note, now()), "claims.sms.deficiencyFixed",
                c.getTrackingCode());
    }

    public long version(long claimId) {
        return em.find(Claim.class, claimId).getVersion();
    }

    /** An admission with its document images; confirmed ("I confirm") if asked. */
    public long admission(ClaimViewer member, Insured who, Term term, String title, String description,
                          List<DemoImages.Image> images, List<Long> types, boolean confirm, Instant at) {
        Admission a = new Admission(TrackingCodes.next(), member.username(), null, who.personId(),
                who.mainPersonId(), term.contractId(), title, description, at);
        em.persist(a);
        em.flush();
        for (int i = 0; i < images.size(); i++) {
            DemoImages.Image image = images.get(i);
            long fileId = files.store(image.name(), image.bytes(),
                    UploadRule.documents(UploadRule.DEFAULT_MAX_BYTES)).getId();
            em.flush(); // the document row names its file by id
            em.persist(new AdmissionDocument(a.getId(), fileId, types.get(i % types.size()), image.name(), null,
                    at.plusSeconds(60L * (i + 1))));
        }
        if (confirm) {
            a.confirm(at.plusSeconds(3_600));
        }
        return a.getId();
    }

    /**
     * Moves a demo claim's history to the given times, one per event in order: the events, the stage columns they
     * set, its images (sent just before the submission or the fix of their round) and the notifications the family
     * got about it (those over two weeks old read). The SMS outbox rows stay as queued: they are the log's.
     */
    public void backdate(long claimId, List<Instant> times) {
        List<ClaimEvent> events = records.events(claimId);
        int n = Math.min(events.size(), times.size());
        if (n == 0) {
            return;
        }
        List<Instant> told = new ArrayList<>();
        Map<ClaimAction, Instant> firstOf = new EnumMap<>(ClaimAction.class);
        int round = 0;
        for (int i = 0; i < n; i++) {
            ClaimEvent e = events.get(i);
            Instant at = times.get(i);
            em.createNativeQuery("update claim_event set at_time = ? where id = ?")
                    .setParameter(1, Timestamp.from(at)).setParameter(2, e.getId()).executeUpdate();
            firstOf.putIfAbsent(e.getAction(), at);
            if (TOLD.contains(e.getAction())) {
                told.add(at);
            }
            if (e.getAction() == ClaimAction.SUBMITTED || e.getAction() == ClaimAction.DEFICIENCY_FIXED) {
                documentsAt(claimId, round, at.minusSeconds(600));
                round++;
            }
        }
        if (!firstOf.containsKey(ClaimAction.SUBMITTED)) {
            documentsAt(claimId, 0, times.get(n - 1).plusSeconds(300)); // a draft's images came after step 2
        }
        Instant first = times.get(0);
        Instant last = times.get(n - 1);
        if (!firstOf.containsKey(ClaimAction.SUBMITTED)) {
            last = last.plusSeconds(600);
        }
        em.createNativeQuery("update claim set created_at = ?, updated_at = ? where id = ?")
                .setParameter(1, Timestamp.from(first)).setParameter(2, Timestamp.from(last))
                .setParameter(3, claimId).executeUpdate();
        for (Map.Entry<ClaimAction, List<String>> stage : STAGE_COLUMNS.entrySet()) {
            Instant at = firstOf.get(stage.getKey());
            if (at == null) {
                continue;
            }
            for (String column : stage.getValue()) {
                em.createNativeQuery("update claim set " + column + " = ? where id = ?")
                        .setParameter(1, Timestamp.from(at)).setParameter(2, claimId).executeUpdate();
            }
        }
        Instant submitted = firstOf.get(ClaimAction.SUBMITTED);
        if (submitted != null) {
            em.createNativeQuery("update claim set mobile_confirmed_at = ? where id = ?")
                    .setParameter(1, Timestamp.from(submitted.minusSeconds(90))).setParameter(2, claimId)
                    .executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Number> notes = em.createNativeQuery("select id from member_notification where link = ? order by id")
                .setParameter(1, "/member/claim.xhtml?id=" + claimId).getResultList();
        Instant now = now();
        for (int i = 0; i < notes.size() && !told.isEmpty(); i++) {
            Instant at = told.get(Math.min(i, told.size() - 1));
            boolean old = at.isBefore(now.minus(14, ChronoUnit.DAYS));
            em.createNativeQuery("update member_notification set created_at = ? where id = ?")
                    .setParameter(1, Timestamp.from(at)).setParameter(2, notes.get(i).longValue()).executeUpdate();
            if (old) {
                em.createNativeQuery("update member_notification set read_at = ? where id = ?")
                        .setParameter(1, Timestamp.from(at.plus(1, ChronoUnit.DAYS)))
                        .setParameter(2, notes.get(i).longValue()).executeUpdate();
            }
        }
    }

    private void documentsAt(long claimId, int round, Instant at) {
        em.createNativeQuery("update claim_document set added_at = ? where claim_id = ? and round_no = ?")
                .setParameter(1, Timestamp.from(at)).setParameter(2, claimId).setParameter(3, round).executeUpdate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
