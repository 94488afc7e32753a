package ir.hami.claims;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Test only: claims made through the model, as the submission wizard leaves them (a draft described, then submitted
 * with its tracking code, event, notification and SMS), for {@link ClaimTrackingIT}.
 */
@Stateless
@PermitAll
public class TrackingFixtures {

    /** The starter catalogue of V15: a general practitioner's visit, which asks for an invoice (type 1). */
    public static final long VISIT_TYPE = 1;
    public static final long GP_VISIT = 1;
    public static final long INVOICE = 1;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimRecords records;

    @Inject
    Clock clock;

    /** A draft of {@code createdBy} for this person under this main member and contract; its id. */
    public long draft(String createdBy, long personId, long mainPersonId, long contractId, String nationalId,
                      String name, LocalDate serviceDate, long amount) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long insurer = ((Number) em.createNativeQuery("select insurer_id from insurance_contract where id = ?")
                .setParameter(1, contractId).getSingleResult()).longValue();
        Claim c = new Claim(ClaimChannel.MEMBER, createdBy, null,
                new Claim.Subject(personId, mainPersonId, contractId, insurer, nationalId, name), serviceDate, now);
        em.persist(c);
        em.flush();
        records.record(c, c.drafted(createdBy), null);
        c.describe(new ClaimDetails(null, null, "درمانگاه آزمون", VISIT_TYPE, GP_VISIT, null, amount,
                BasicInsurance.SALAMAT, null, false, null, "ویزیت"), now);
        return c.getId();
    }

    /** A submitted claim (REGISTERED); its id. */
    public long submitted(String createdBy, long personId, long mainPersonId, long contractId, String nationalId,
                          String name, LocalDate serviceDate, long amount) {
        long id = draft(createdBy, personId, mainPersonId, contractId, nationalId, name, serviceDate, amount);
        Claim c = em.find(Claim.class, id);
        String code = records.newTrackingCode();
        records.record(c, c.submit(createdBy, code, null, null, clock.instant().truncatedTo(ChronoUnit.SECONDS)),
                "claims.sms.submitted", code);
        return id;
    }

    public Claim claim(long id) {
        return em.find(Claim.class, id);
    }
}
