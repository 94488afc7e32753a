package ir.hami.platform.web;

import ir.hami.claims.web.BrowserClaims;
import ir.hami.referral.LetterCodes;
import ir.hami.testing.TestData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person sees on a tour of the portal: a member with a family, an issued referral letter and a message
 * thread, and a treatment centre with its user; and the pages of each (with the ids their records need).
 */
final class PortalTour {

    static final String PASSWORD = "Hami-Test-1403";

    final TestData.Family family;
    final long contract;
    final TestData.Referral referral;
    final long thread;
    final String centerUser;
    final long claim;

    PortalTour(TestData data) {
        long insurer = data.insurer(TestData.unique("بیمه البرز آزمون "));
        contract = data.contract(insurer, data.policyholder("شرکت ملی پالایش و پخش فرآورده‌های نفتی آزمون"))
                .cover("بستری و اعمال جراحی بیمارستانی", 1_500_000_000L, 10)
                .cover("پاراکلینیکی", 80_000_000L, 20).create();
        family = data.family(contract).dependents(12).lastName("حسین‌زاده قره‌باغی").create();
        data.memberAccount(family.main().personId(), family.main().nationalId(), PASSWORD);
        long city = ((Number) data.queryValue("select min(id) from city")).longValue();
        long center = data.center(TestData.unique("بیمارستان تخصصی و فوق تخصصی امام رضا (ع) آزمون "), city)
                .onlineReferrals().insurer(insurer).service("آنژیوگرافی").create();
        centerUser = data.centerUser(center, PASSWORD);
        referral = data.referral(family.dependents().get(0), family.main(), contract, center)
                .cause("آنژیوگرافی عروق کرونر و بستری یک روزه در بخش قلب")
                .physician("دکتر محمدحسین صادقی‌نژاد")
                .issued(LocalDate.now(), LocalDate.now().plusDays(30), LetterCodes.verificationCode())
                .create();
        data.referral(family.main(), family.main(), contract, center).cause("بستری").create();
        thread = thread(data, insurer);
        BrowserClaims claims = new BrowserClaims(data);
        claim = claims.submitted(family.dependents().get(0), family.main(), contract, 4_500_000L).id();
        claims.paid(claim, 4_500_000L, 450_000L, 300_000L);
    }

    private long thread(TestData data, long insurer) {
        long id = data.nextId("message_thread");
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String code = String.valueOf(7_000_000_000L + id);
        data.update("insert into message_thread (id, tracking_code, insurer_id, unit, subject, status, "
                        + "sender_person_id, sender_name, sender_mobile, created_at, last_post_at, version) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,0)", id, code, insurer, "CUSTOMER_SERVICE",
                "پرسش درباره سقف پوشش عینک طبی و لنز تماسی برای فرزندان", "OPEN", family.main().personId(),
                family.main().fullName(), family.main().mobile(), now, now);
        data.update("insert into message_post (id, thread_id, author_kind, author, body, created_at, client_key) "
                        + "values (?,?,?,?,?,?,?)", data.nextId("message_post"), id, "SENDER",
                family.main().fullName(), "سلام؛ سقف پوشش عینک طبی برای فرزندان در قرارداد امسال چقدر است؟ "
                        + "شماره قرارداد ۱۰۰۰-۲-۱۴۰۵ و کد رهگیری معرفی‌نامه قبلی ۱۵۴۸۴۳۱۲۸۵ است.", now,
                TestData.unique("tour-"));
        return id;
    }

    /** Every page a member has, the records they show included. */
    List<String> memberPages() {
        return List.of("/member/home.xhtml", "/member/family.xhtml",
                "/member/inquiry.xhtml?person=" + family.dependents().get(0).personId() + "&contract=" + contract,
                "/member/referral-request.xhtml", "/member/referrals.xhtml",
                "/member/referral.xhtml?id=" + referral.id(), "/referral/letter.xhtml?id=" + referral.id(),
                "/member/claims.xhtml", "/member/claim.xhtml?id=" + claim,
                "/member/claim-new.xhtml", "/member/admissions.xhtml", "/member/ceilings.xhtml",
                "/member/medical-file.xhtml", "/member/messages.xhtml", "/member/message.xhtml?id=" + thread,
                "/member/new-message.xhtml", "/member/profile.xhtml", "/member/centers.xhtml",
                "/account/change-password.xhtml");
    }

    /** Every page of a treatment centre's user. */
    List<String> centerPages() {
        return List.of("/center/home.xhtml", "/center/referral-request.xhtml", "/center/referrals.xhtml",
                "/center/referral.xhtml?id=" + referral.id(), "/referral/letter.xhtml?id=" + referral.id());
    }

    /** The pages anyone may open without logging in. */
    static List<String> publicPages() {
        return List.of("/login.xhtml", "/activate.xhtml", "/recover.xhtml", "/verify.xhtml",
                "/public/message.xhtml", "/public/track-message.xhtml");
    }
}
