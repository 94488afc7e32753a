package ir.hami.demo;

import ir.hami.claims.Assessment;
import ir.hami.claims.Assessment.Deduction;
import ir.hami.claims.Assessment.Item;
import ir.hami.claims.BasicInsurance;
import ir.hami.claims.Claim;
import ir.hami.claims.ClaimDetails;
import ir.hami.claims.ClaimFiles;
import ir.hami.claims.ClaimOffice;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimViewer;
import ir.hami.claims.DeductionKind;
import ir.hami.claims.ItemKind;
import ir.hami.claims.MedicalService;
import ir.hami.claims.Payment;
import ir.hami.demo.DemoClaimSteps.Insured;
import ir.hami.demo.DemoClaimSteps.Term;
import ir.hami.platform.money.Rial;
import ir.hami.platform.security.Role;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Demo data only: the claims of one family in every state, made as people would make them — the member's draft,
 * images and submission ({@link DemoClaimSteps}, {@link ClaimFiles}), the assessor's and finance's steps
 * ({@link ClaimOffice}) — so history, notifications and the SMS outbox are real; then each claim's history is moved
 * back to the days it is meant to have happened on, over the last five months. Also two admissions (one in
 * progress, one confirmed). Every call is its own transaction, as from the pages.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoClaimBook {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final String ASSESSOR_NAME = "فرزانه مرادی، کارشناس ارزیابی خسارت";
    static final String PAYING_UNIT = "اداره پرداخت خسارت، واحد مالی حامی";
    static final String BRANCH = "شعبه مرکزی حامی: تهران، خیابان ولیعصر، بالاتر از میدان ونک، پلاک ۲۴۵۰، طبقه همکف، "
            + "باجه تحویل اسناد خسارت (شنبه تا چهارشنبه، ساعت ۸ تا ۱۵)";

    /** What was made: claims by state, and the admissions. */
    public record Summary(Map<ClaimState, Integer> states, int claims, int admissions) {
        public String describe() {
            return claims + " claims (" + states + ") and " + admissions + " admissions";
        }
    }

    @EJB
    DemoClaimSteps steps;

    @EJB
    ClaimFiles files;

    @EJB
    ClaimOffice office;

    @Inject
    Clock clock;

    private final ClaimViewer assessor = new ClaimViewer(Role.ASSESSOR, "assessor", null);
    private final ClaimViewer finance = new ClaimViewer(Role.FINANCE, "finance", null);

    /**
     * Makes the demo claims of the family whose main member is {@code mainPersonId}, logged in as
     * {@code username}. The family's claims are made once: a family that has any is left alone (null returned).
     */
    public Summary fill(long mainPersonId, String username) {
        if (steps.claimCount(mainPersonId) > 0) {
            return null;
        }
        List<Insured> family = steps.family(mainPersonId);
        if (family.isEmpty()) {
            return null;
        }
        Script s = new Script(family, username);
        s.run();
        return new Summary(s.states, s.states.values().stream().mapToInt(Integer::intValue).sum(), s.admissions);
    }

    /** The demo's story, claim by claim. */
    private final class Script {
        final LocalDate today = LocalDate.now(clock);
        final Instant limit = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
        final ClaimViewer member;
        final Insured main;
        final Insured spouse;
        final Insured child;
        final Insured youngest;
        final String mobile;
        final String iban;
        final List<long[]> centers;
        final Map<ClaimState, Integer> states = new EnumMap<>(ClaimState.class);
        int admissions;
        int images;

        Script(List<Insured> family, String username) {
            main = family.get(0);
            spouse = by(family, "SPOUSE", main);
            List<Insured> children = family.stream().filter(i -> i.relation().equals("CHILD")).toList();
            child = children.isEmpty() ? main : children.get(0);
            youngest = children.size() > 1 ? children.get(1) : child;
            member = new ClaimViewer(Role.MEMBER, username, main.personId());
            String[] contact = steps.mainContact(main.personId());
            mobile = contact[0];
            iban = contact[1] != null ? contact[1] : iban("0170000000" + String.format("%012d", main.personId()));
            centers = steps.centers(6);
        }

        void run() {
            // a draft the member left at the documents step two days ago
            Flow draft = flow(main, "V-SP", 2, 12_000_000L, BasicInsurance.SOCIAL_SECURITY, 2, null,
                    "ویزیت متخصص قلب و عروق به علت تپش قلب؛ نوار قلب در مطب گرفته شد.", 3);
            draft.done();

            // registered, waiting for the assessor
            Flow registered = flow(spouse, "L-BLOOD", 6, 8_450_000L, BasicInsurance.SALAMAT, 1, "دکتر سارا احمدی",
                    "آزمایش قند ناشتا، HbA1c و پروفایل چربی به دستور پزشک داخلی.", 5);
            registered.submit();
            registered.done();

            // the assessor asked for more documents
            Flow deficiency = flow(child, "DN-FILL", 21, 35_000_000L, BasicInsurance.SOCIAL_SECURITY, 0, null,
                    "ترمیم دو دندان آسیای شیری (کامپوزیت).", 5);
            deficiency.submit();
            deficiency.days(3).deficiency("تصویر طرح درمان دندانپزشکی ارسال نشده و فاکتور مهر مطب ندارد. لطفا طرح "
                    + "درمان با مهر و امضای دندانپزشک و تصویر واضح فاکتور را ارسال کنید.");
            deficiency.done();

            // a deficiency the member fixed: back in the assessor's queue
            Flow fixed = flow(main, "I-MRI", 33, 68_000_000L, BasicInsurance.SOCIAL_SECURITY, 3, "دکتر کاوه رحیمی",
                    "ام‌آر‌آی زانوی راست به دستور پزشک ارتوپد.", 5);
            fixed.submit();
            fixed.days(4).deficiency("گزارش ام‌آر‌آی پیوست نشده است؛ لطفا تصویر گزارش پزشک رادیولوژیست را ارسال "
                    + "کنید.");
            fixed.days(1).image("IMAGING_REPORT", "گزارش ام‌آر‌آی").fix("گزارش ام‌آر‌آی زانو بارگذاری شد.");
            fixed.done();

            // the originals have to go to a branch
            Flow originals = flow(spouse, "H-SURG", 24, 420_000_000L, BasicInsurance.SOCIAL_SECURITY, 1,
                    "دکتر نگار صادقی", "جراحی لاپاراسکوپی کیسه صفرا با یک شب بستری.", 5);
            originals.submit();
            originals.days(5).originals(BRANCH);
            originals.done();

            // the originals were delivered
            Flow delivered = flow(main, "H-ADM", 48, 185_000_000L, BasicInsurance.SOCIAL_SECURITY, 2,
                    "دکتر محمد رضایی", "دو شب بستری در بخش داخلی به علت عفونت ریه.", 5);
            delivered.submit();
            delivered.days(4).originals(BRANCH);
            delivered.days(6).delivered();
            delivered.done();

            // assessed with every kind of deduction
            Flow surgery = flow(main, "H-SURG", 75, 530_000_000L, BasicInsurance.SOCIAL_SECURITY, 0,
                    "دکتر کاوه رحیمی", "جراحی آپاندیس به روش لاپاراسکوپی با سه شب بستری.", 5);
            surgery.submit();
            int f = surgery.franchise();
            LocalDate sd = surgery.serviceDate;
            surgery.days(9).assess("هزینه اتاق خصوصی تا سقف تعرفه اتاق دو تخته و حق بیهوشی تا سقف قرارداد پرداخت شد.",
                    item(ItemKind.HOSPITAL, "هزینه تخت و هتلینگ (سه شب، اتاق خصوصی)", null, null, sd, 3,
                            180_000_000L, f, 0, 30_000_000L, "نرخ اتاق خصوصی بیش از تعرفه اتاق دو تخته قرارداد است.",
                            0, null),
                    item(ItemKind.SERVICE, "حق‌العمل جراح: آپاندکتومی لاپاراسکوپی", "دکتر کاوه رحیمی", "112358", sd,
                            1, 250_000_000L, f, 0, 0, null, 0, null),
                    item(ItemKind.DRUG, "داروها و لوازم مصرفی اتاق عمل", "دکتر کاوه رحیمی", "112358", sd, 1,
                            60_000_000L, f, 0, 0, null, 8_000_000L,
                            "ست یکبار مصرف لاپاراسکوپی در تعهد قرارداد نیست."),
                    item(ItemKind.SERVICE, "حق بیهوشی", "دکتر نسرین جعفری", "98431", sd, 1, 40_000_000L, f,
                            10_000_000L, 0, null, 0, null));
            surgery.done();

            // assessed: a child's prescription, one item not covered
            Flow drugs = flow(youngest, "D-RX", 40, 3_350_000L, BasicInsurance.SALAMAT, 4, "دکتر لیلا شریفی",
                    "داروهای نسخه پزشک متخصص کودکان برای گلودرد چرکی.", 5);
            drugs.submit();
            f = drugs.franchise();
            sd = drugs.serviceDate;
            drugs.days(6).assess(null,
                    item(ItemKind.DRUG, "شربت آموکسی‌سیلین ۲۵۰ میلی‌گرم", "دکتر لیلا شریفی", "76102", sd, 2,
                            1_800_000L, f, 0, 0, null, 0, null),
                    item(ItemKind.DRUG, "قطره استامینوفن کودکان", "دکتر لیلا شریفی", "76102", sd, 1, 950_000L, f, 0,
                            0, null, 0, null),
                    item(ItemKind.DRUG, "اسپری سرم شستشوی بینی", "دکتر لیلا شریفی", "76102", sd, 1, 600_000L, f, 0,
                            0, null, 600_000L, "فرآورده‌های بهداشتی در تعهد قرارداد شما نیست."));
            drugs.done();

            // sent to finance under the core system's file number
            Flow glasses = flow(spouse, "O-GLASS", 55, 40_000_000L, BasicInsurance.SALAMAT, 3, null,
                    "عینک طبی دو دید به نسخه بینایی‌سنج.", 5);
            glasses.submit();
            f = glasses.franchise();
            sd = glasses.serviceDate;
            glasses.days(7).assess("فریم تا سقف تعرفه قرارداد پرداخت شد.",
                    item(ItemKind.OPTICS, "فریم عینک", null, null, sd, 1, 18_000_000L, f, 0, 6_000_000L,
                            "سقف تعرفه فریم عینک در قرارداد شما ۱۲٬۰۰۰٬۰۰۰ ریال است.", 0, null),
                    item(ItemKind.OPTICS, "عدسی طبی دو دید (یک جفت)", "دکتر مهسا طاهری", "O-5521", sd, 1,
                            22_000_000L, f, 0, 0, null, 0, null));
            glasses.days(3).finance("1405-28731", "پرونده برای صدور حواله به واحد مالی ارسال شد.");
            glasses.done();

            // sent to the bank, not yet deposited
            Flow physio = flow(child, "P-PHYS", 70, 30_000_000L, BasicInsurance.SOCIAL_SECURITY, 5,
                    "دکتر فرهاد امینی", "ده جلسه فیزیوتراپی پس از شکستگی مچ دست.", 5);
            physio.submit();
            f = physio.franchise();
            sd = physio.serviceDate;
            physio.days(8).assess(null,
                    item(ItemKind.SERVICE, "فیزیوتراپی (ده جلسه)", "دکتر فرهاد امینی", "65210", sd, 10,
                            30_000_000L, f, 0, 0, null, 0, null));
            physio.days(2).finance("1405-27904", null);
            physio.days(4).bank("7318842", "پایا");
            physio.done();

            // paid, with the deposit date
            Flow visit = flow(main, "V-SP", 100, 20_000_000L, BasicInsurance.SOCIAL_SECURITY, 0, "دکتر محمد رضایی",
                    "ویزیت متخصص داخلی، داروها و آزمایش چربی خون.", 5);
            visit.submit();
            f = visit.franchise();
            sd = visit.serviceDate;
            visit.days(5).assess(null,
                    item(ItemKind.VISIT, "ویزیت پزشک متخصص داخلی", "دکتر محمد رضایی", "41877", sd, 1, 9_500_000L, f,
                            0, 0, null, 0, null),
                    item(ItemKind.DRUG, "قرص آتورواستاتین ۲۰ میلی‌گرم", "دکتر محمد رضایی", "41877", sd, 3,
                            4_200_000L, f, 0, 0, null, 0, null),
                    item(ItemKind.LAB, "آزمایش پروفایل چربی خون", "دکتر محمد رضایی", "41877", sd, 1, 6_300_000L, f,
                            0, 900_000L, "مبلغ آزمایش از تعرفه مصوب آزمایشگاه بیشتر است.", 0, null));
            visit.days(2).finance("1405-25117", null);
            visit.days(5).bank("7302291", "ساتنا");
            visit.days(2).deposit();
            visit.done();

            // paid: an ultrasound under last year's contract
            Flow sono = flow(spouse, "I-SONO", 150, 14_500_000L, BasicInsurance.SALAMAT, 1, "دکتر سارا احمدی",
                    "سونوگرافی شکم و لگن.", 5);
            sono.submit();
            f = sono.franchise();
            sd = sono.serviceDate;
            sono.days(6).assess(null,
                    item(ItemKind.IMAGING, "سونوگرافی شکم و لگن", "دکتر سارا احمدی", "55309", sd, 1, 14_500_000L, f,
                            0, 0, null, 0, null));
            sono.days(3).finance("1405-21460", null);
            sono.days(6).bank("7280015", "پایا");
            sono.days(1).deposit();
            sono.done();

            // paid, then the bank returned the payment
            Flow returned = flow(youngest, "V-GP", 90, 4_700_000L, BasicInsurance.SALAMAT, 4, "دکتر علی نوری",
                    "ویزیت پزشک عمومی و داروی سرماخوردگی.", 5);
            returned.submit();
            f = returned.franchise();
            sd = returned.serviceDate;
            returned.days(4).assess(null,
                    item(ItemKind.VISIT, "ویزیت پزشک عمومی", "دکتر علی نوری", "83015", sd, 1, 3_500_000L, f, 0, 0,
                            null, 0, null),
                    item(ItemKind.DRUG, "شربت سرماخوردگی کودکان", "دکتر علی نوری", "83015", sd, 1, 1_200_000L, f, 0,
                            0, null, 0, null));
            returned.days(3).finance("1405-26350", null);
            returned.days(4).bank("7309930", "پایا");
            returned.days(2).deposit();
            returned.days(6).returned("R-1405-882");
            returned.done();

            // rejected, with the reason
            Flow rejected = flow(main, "DN-FILL", 38, 95_000_000L, BasicInsurance.SOCIAL_SECURITY, 0, null,
                    "بلیچینگ (سفید کردن) دندان‌ها در مطب دندانپزشکی.", 5);
            rejected.submit();
            rejected.days(5).reject("بلیچینگ (سفید کردن دندان) از خدمات زیبایی است و در تعهد قرارداد شما نیست.");
            rejected.done();

            admissions();
        }

        private void admissions() {
            Term inForce = term(spouse, today);
            Term earlier = term(main, today.minusDays(30));
            if (inForce == null || earlier == null) {
                return;
            }
            long invoice = steps.documentType("INVOICE");
            long discharge = steps.documentType("DISCHARGE");
            long other = steps.documentType("OTHER");
            Instant started = at(today.minusDays(1), 21, 10);
            steps.admission(member, spouse, inForce, "مدارک بستری زایمان، بیمارستان نمونه",
                    "فاکتور بیمارستان را بارگذاری کردم؛ خلاصه پرونده را بعد از ترخیص اضافه می‌کنم.",
                    List.of(DemoImages.jpeg("فاکتور بیمارستان", ++images * 7919L)), List.of(invoice), false,
                    started);
            admissions++;
            Instant confirmed = at(today.minusDays(30), 18, 40);
            steps.admission(member, main, earlier, "مدارک بستری دی‌ماه",
                    "خلاصه پرونده و فاکتورهای بستری دو شب در بخش داخلی.",
                    List.of(DemoImages.png("خلاصه پرونده", ++images * 7919L),
                            DemoImages.jpeg("فاکتور داروخانه بیمارستان", ++images * 7919L)),
                    List.of(discharge, invoice, other), true, confirmed);
            admissions++;
        }

        // ------------------------------------------------------------------------------------------------ pieces

        Flow flow(Insured who, String serviceCode, int daysAgo, long amount, BasicInsurance basic, int center,
                  String physician, String description, int step) {
            LocalDate serviceDate = today.minusDays(daysAgo);
            Term term = term(who, serviceDate);
            if (term == null) {
                term = who.terms().get(who.terms().size() - 1);
                serviceDate = term.to().isBefore(today) ? term.to() : today.minusDays(Math.min(daysAgo,
                        ChronoUnit.DAYS.between(term.from(), today)));
            }
            MedicalService service = steps.service(serviceCode);
            Long coverId = steps.cover(term.contractId(), service.getId()).map(c -> c[0]).orElse(null);
            long[] c = centers.isEmpty() ? null : centers.get(center % centers.size());
            String council = physician == null ? null : String.valueOf(10_000 + Math.abs(physician.hashCode()) % 90_000);
            ClaimDetails details = new ClaimDetails(c == null ? null : c[1], c == null ? null : c[0],
                    c == null ? "درمانگاه شبانه‌روزی نمونه" : null, service.getTypeId(), service.getId(), coverId, amount,
                    basic, council, serviceCode.equals("D-RX"), serviceCode.equals("D-RX") ? "ERX" + (1_405_000 + daysAgo)
                    : null, description);
            Claim.Subject subject = new Claim.Subject(who.personId(), who.mainPersonId(), term.contractId(),
                    term.insurerId(), who.nationalId(), who.name());
            Flow flow = new Flow(serviceDate, term);
            flow.mark(at(serviceDate.plusDays(daysAgo > 3 ? 1 : 0), 19, 5 + daysAgo % 50));
            flow.id = steps.draft(member, subject, serviceDate, details, step);
            flow.serviceId = service.getId();
            for (Long type : steps.mandatoryDocuments(service.getId()).stream().limit(3).toList()) {
                flow.upload(type, "مدرک");
            }
            return flow;
        }

        /** The person's coverage period that holds the day, the latest first. */
        Term term(Insured who, LocalDate day) {
            for (int i = who.terms().size() - 1; i >= 0; i--) {
                Term t = who.terms().get(i);
                if (!day.isBefore(t.from()) && !day.isAfter(t.to())) {
                    return t;
                }
            }
            return null;
        }

        Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(hour, minute).atZone(TEHRAN).toInstant();
        }

        Item item(ItemKind kind, String title, String physician, String council, LocalDate on, int quantity,
                  long total, int franchisePercent, long overCeiling, long outOfTariff, String tariffWhy,
                  long notCovered, String notCoveredWhy) {
            List<Deduction> d = new ArrayList<>();
            if (outOfTariff > 0) {
                d.add(new Deduction(DeductionKind.OUT_OF_TARIFF, outOfTariff, tariffWhy));
            }
            if (notCovered > 0) {
                d.add(new Deduction(DeductionKind.NOT_COVERED, notCovered, notCoveredWhy));
            }
            if (overCeiling > 0) {
                d.add(new Deduction(DeductionKind.OVER_CEILING, overCeiling,
                        PersianText.toPersianDigits("سقف پرداخت این هزینه در قرارداد شما "
                                + Rial.format(total - overCeiling) + " ریال است؛ مازاد آن پرداخت نمی‌شود.")));
            }
            long franchise = (total - outOfTariff - notCovered - overCeiling) * franchisePercent / 100 / 1000 * 1000;
            if (franchise > 0) {
                d.add(new Deduction(DeductionKind.FRANCHISE, franchise, PersianText.toPersianDigits(
                        "سهم شما طبق فرانشیز " + franchisePercent + " درصدی قرارداد.")));
            }
            return new Item(kind, title, physician, council, on, quantity, total, d);
        }

        /** One claim on its way, with the times its events are meant to have happened at. */
        final class Flow {
            final LocalDate serviceDate;
            final Term term;
            final List<Instant> marks = new ArrayList<>();
            long id;
            long serviceId;
            Instant t;
            ClaimState state = ClaimState.DRAFT;

            Flow(LocalDate serviceDate, Term term) {
                this.serviceDate = serviceDate;
                this.term = term;
            }

            Instant mark(Instant at) {
                t = at.isAfter(limit) ? limit : at;
                marks.add(t);
                return t;
            }

            /** The next step happens this many days (and a few hours) later. */
            Flow days(int days) {
                t = t.plus(days, ChronoUnit.DAYS).plus(days % 3 + 1, ChronoUnit.HOURS);
                return this;
            }

            void upload(long type, String name) {
                images++;
                DemoImages.Image image = images % 2 == 0 ? DemoImages.jpeg(name, images * 7919L)
                        : DemoImages.png(name, images * 7919L);
                files.add(member, id, type, image.name(), image.bytes());
            }

            Flow image(String typeCode, String name) {
                upload(steps.documentType(typeCode), name);
                return this;
            }

            /** The franchise percent of the cover that pays the claim's service. */
            int franchise() {
                return steps.cover(term.contractId(), serviceId).map(c -> (int) c[1]).orElse(10);
            }

            void submit() {
                mark(t.plus(25, ChronoUnit.MINUTES));
                steps.submit(member, id, mobile);
                state = ClaimState.REGISTERED;
            }

            void deficiency(String note) {
                mark(t);
                office.declareDeficiency(assessor, id, steps.version(id), note);
                state = ClaimState.DEFICIENCY;
            }

            void fix(String note) {
                mark(t);
                steps.fixDeficiency(member, id, note);
                state = ClaimState.DEFICIENCY_FIXED;
            }

            void originals(String place) {
                mark(t);
                office.requestOriginals(assessor, id, steps.version(id), place);
                state = ClaimState.AWAITING_ORIGINALS;
            }

            void delivered() {
                mark(t);
                office.originalsDelivered(assessor, id, steps.version(id));
                state = ClaimState.ORIGINALS_DELIVERED;
            }

            void assess(String remark, Item... items) {
                mark(t);
                office.assess(assessor, id, steps.version(id), ASSESSOR_NAME, new Assessment(List.of(items), remark));
                state = ClaimState.ASSESSED;
            }

            void reject(String reason) {
                mark(t);
                office.reject(assessor, id, steps.version(id), reason);
                state = ClaimState.REJECTED;
            }

            void finance(String fileNumber, String remark) {
                mark(t);
                office.sendToFinance(assessor, id, steps.version(id), fileNumber, remark);
                state = ClaimState.SENT_TO_FINANCE;
            }

            void bank(String remittance, String type) {
                mark(t);
                LocalDate day = LocalDate.ofInstant(t, TEHRAN);
                office.sendToBank(finance, id, steps.version(id), new Payment(day.minusDays(1), day, iban, remittance,
                        type, PAYING_UNIT));
            }

            void deposit() {
                mark(t);
                office.deposit(finance, id, steps.version(id), LocalDate.ofInstant(t, TEHRAN));
                state = ClaimState.PAID;
            }

            void returned(String letter) {
                mark(t);
                office.paymentReturned(finance, id, steps.version(id), letter, LocalDate.ofInstant(t, TEHRAN));
                state = ClaimState.PAYMENT_RETURNED;
            }

            void done() {
                steps.backdate(id, marks);
                states.merge(state, 1, Integer::sum);
            }
        }

        private Insured by(List<Insured> family, String relation, Insured otherwise) {
            return family.stream().filter(i -> i.relation().equals(relation)).findFirst().orElse(otherwise);
        }
    }

    /** A valid Iranian IBAN for a 22-digit BBAN (ISO 13616 check digits), for a main member without one. */
    static String iban(String bban) {
        int check = 98 - new BigInteger(bban + "182700").mod(BigInteger.valueOf(97)).intValue();
        return String.format("IR%02d%s", check, bban);
    }
}
