package ir.hami.demo;

import ir.hami.platform.security.Role;
import ir.hami.membership.Coverage;
import ir.hami.membership.Relation;
import ir.hami.membership.demo.DemoLogins;
import ir.hami.platform.files.Staging;
import ir.hami.platform.files.UploadOwner;
import ir.hami.platform.web.FormKey;
import ir.hami.platform.files.UploadRule;
import ir.hami.referral.CenterRequestForm;
import ir.hami.referral.ExamAppointment;
import ir.hami.referral.MemberRequestForm;
import ir.hami.referral.ReferralDesk;
import ir.hami.referral.ReferralRequest;
import ir.hami.referral.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data only ({@code hami.demo.data=true}), once, into a database without referral requests: the demo centre
 * {@code DEMO-C1} issues letters online and is contracted with every insurer; the demo member's family gets requests
 * in every state (issued, awaiting review, documents asked, exam booked, refused) and the centre one letter issued at
 * once, all made through {@link ReferralDesk} as people would, so the history, notifications and SMS outbox are real.
 */
@Singleton
@Startup
@DependsOn("DemoCenter")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoReferrals {

    private static final Logger LOG = Logger.getLogger(DemoReferrals.class.getName());
    /** A 1×1 PNG standing for the photographed doctor's order and national card. */
    private static final byte[] PICTURE = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Inject
    @ConfigProperty(name = "hami.demo.data", defaultValue = "false")
    boolean enabled;

    @PersistenceContext
    EntityManager em;

    @EJB
    ReferralDesk desk;

    @EJB
    Staging staging;

    @EJB
    DemoCenterSetup setup;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        try {
            if (em.createQuery("select count(r) from ReferralRequest r", Long.class).getSingleResult() > 0) {
                return;
            }
            long centerId = setup.prepareDemoCenter();
            List<Coverage> family = em.createQuery("select c from Coverage c join c.mainPerson m "
                            + "where m.nationalId = :n order by c.id", Coverage.class)
                    .setParameter("n", DemoLogins.ACTIVATED_NATIONAL_ID).getResultList().stream()
                    .filter(c -> c.isActiveOn(LocalDate.now(clock))).toList();
            if (family.isEmpty()) {
                return;
            }
            Coverage main = family.stream().filter(c -> c.getRelation() == Relation.SELF).findFirst()
                    .orElse(family.get(0));
            long mainId = main.getMainPerson().getId();
            Viewer member = new Viewer(Role.MEMBER, DemoLogins.ACTIVATED_NATIONAL_ID, mainId, null);
            Viewer unit = new Viewer(Role.REFERRAL, "referral", null, null);
            Viewer centre = new Viewer(Role.CENTER, "center", null, centerId);
            List<Long> others = em.createQuery("select c.id from TreatmentCenter c where c.issuesReferrals = true "
                    + "and c.active = true and c.id <> :d order by c.id", Long.class)
                    .setParameter("d", centerId).setMaxResults(5).getResultList();
            LocalDate today = LocalDate.now(clock);
            Coverage spouse = family.stream().filter(c -> c.getRelation() == Relation.SPOUSE).findFirst().orElse(main);
            Coverage child = family.stream().filter(c -> c.getRelation() == Relation.CHILD).findFirst().orElse(main);

            ReferralRequest issued = request(member, main, centerId, today.plusDays(3), 5L, "دکتر محمد رضایی");
            desk.issue(unit, issued.getId(), issued.getVersion(), desk.proposedTerms(unit, issued.getId()));
            request(member, main, others.isEmpty() ? centerId : others.get(0), today.plusDays(10), 7L,
                    "دکتر سارا احمدی");
            ReferralRequest docs = request(member, spouse, others.size() > 1 ? others.get(1) : centerId,
                    today.plusDays(6), 3L, "دکتر مریم کریمی");
            desk.requestDocuments(unit, docs.getId(), docs.getVersion(), "تصویر گزارش سونوگرافی اخیر");
            ReferralRequest exam = request(member, child, centerId, today.plusDays(20), 12L, "دکتر علی نوری");
            exam = desk.requireExam(unit, exam.getId(), exam.getVersion(), "عمل بینی نیاز به تایید پزشک معتمد دارد");
            desk.bookExam(unit, exam.getId(), exam.getVersion(), new ExamAppointment("دکتر حسن معتمدی",
                    today.plusDays(2), "10:30", "تهران، خیابان ولیعصر، ساختمان حامی، طبقه ۲"));
            ReferralRequest refused = request(member, main, others.size() > 2 ? others.get(2) : centerId,
                    today.plusDays(4), 14L, "دکتر نگار صادقی");
            desk.refuse(unit, refused.getId(), refused.getVersion(), "جراحی‌های زیبایی در تعهد قرارداد شما نیست.");
            desk.requestByCenter(centre, new CenterRequestForm(spouse.getPerson().getNationalId(), 1L, null,
                    "دکتر رضا مرادی", today, null));
            // a queue for the referral unit: requests of other families, awaiting review
            List<Coverage> mains = em.createQuery("select c from Coverage c where c.relation = :self "
                            + "and c.mainPerson.nationalId <> :n order by c.id", Coverage.class)
                    .setParameter("self", Relation.SELF).setParameter("n", DemoLogins.ACTIVATED_NATIONAL_ID)
                    .setMaxResults(60).getResultList().stream().filter(c -> c.isActiveOn(today)).limit(15).toList();
            long[] procedures = {1, 2, 3, 5, 6, 8, 9, 17};
            String[] physicians = {"دکتر فرهاد امینی", "دکتر لیلا شریفی", "دکتر کاوه رحیمی", "دکتر نسرین جعفری"};
            int i = 0;
            for (Coverage c : mains) {
                Viewer other = new Viewer(Role.MEMBER, c.getPerson().getNationalId(), c.getPerson().getId(), null);
                request(other, c, others.isEmpty() ? centerId : others.get(i % others.size()),
                        today.plusDays(1 + i * 2L), procedures[i % procedures.length],
                        physicians[i % physicians.length]);
                i++;
            }
            LOG.info("Demo data: referral requests of the demo family and " + i + " others loaded.");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo referral requests could not be loaded", e);
        }
    }

    private ReferralRequest request(Viewer member, Coverage who, long centerId, LocalDate admission, long procedure,
                                    String physician) {
        // as the request page does: both images staged on the form first, then claimed by the submit
        UploadOwner owner = UploadOwner.account(member.username());
        FormKey form = FormKey.random();
        UploadRule rule = UploadRule.documents(UploadRule.DEFAULT_MAX_BYTES);
        long order = staging.stage(owner, form, Staging.ANY_SLOT, "دستور پزشک.png", PICTURE, rule).getId();
        long card = staging.stage(owner, form, Staging.ANY_SLOT, "کارت ملی.png", PICTURE, rule).getId();
        return desk.submitByMember(member, new MemberRequestForm(who.getPerson().getId(), who.getContract().getId(),
                centerId, admission, physician, procedure, null, order, card, form));
    }
}
