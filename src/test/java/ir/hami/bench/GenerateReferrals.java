package ir.hami.bench;

import ir.hami.platform.persistence.IdSequence;
import ir.hami.referral.LetterCodes;
import ir.hami.platform.id.TrackingCodes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;

/**
 * Adds referral requests to a benchmark database that already holds members and centres (run
 * {@link GenerateMembers} and {@link GenerateCenters} first):
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.GenerateReferrals -Dreferrals=1000000
 * </pre>
 * Options as for {@link GenerateMembers} ({@code db.url}, {@code db.user}, {@code db.password}, {@code seed});
 * {@code referrals} (1000000), {@code batch} (5000 rows per batch and commit). It migrates the schema first (so the
 * V8 indexes are there) and adds to whatever requests exist. Ids come from the portal's {@code id_sequence} through
 * {@link IdSequence}, on a second connection, like the other generators.
 *
 * <p>The mix: requests over the last three years for random covered persons (their own contract and insurer) at
 * random centres (their province); most are closed — 72% issued, 12% refused, 5% cancelled — 3% wait for documents,
 * and about 8% await the unit (5% submitted, 1.5% exam required, 1.5% exam booked), those mostly from the last two
 * months, as a real queue is. Only the request rows are written (no events or attachments: the queue reads neither).
 */
public final class GenerateReferrals {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final String INSERT = "insert into referral_request (id, tracking_code, channel, requested_by, "
            + "person_id, main_person_id, contract_id, insurer_id, national_id, patient_name, center_id, province_id, "
            + "procedure_id, cause, physician, admission_date, status, awaiting_unit, exam_required, requested_at, "
            + "updated_at, letter_number, verification_code, letter_valid_from, letter_valid_to, covered_procedure, "
            + "commitment_ceiling, franchise_percent, decided_by, decided_at, unit_note, version) "
            + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)";
    private static final String[] CAUSES = {"بستری عمومی", "جراحی عمومی", "زایمان (سزارین)", "زایمان طبیعی",
        "آپاندکتومی", "کله‌سیستکتومی (برداشتن کیسه صفرا)", "آنژیوگرافی", "عمل آب مروارید", "آندوسکوپی و کولونوسکوپی",
        "ام‌آر‌آی", "سی‌تی اسکن", "عمل بینی (رینوپلاستی)", "عمل انحراف بینی (سپتوپلاستی)", "لیزیک و جراحی رفرکتیو چشم",
        "جراحی واریس", "جراحی چاقی", "جراحی فتق", "جراحی ارتوپدی"};
    private static final String[] PHYSICIANS = {"دکتر رضایی", "دکتر کریمی", "دکتر محمدی", "دکتر حسینی",
        "دکتر احمدی", "دکتر موسوی", "دکتر جعفری", "دکتر صادقی"};

    private record Patient(long personId, long mainPersonId, long contractId, long insurerId, String nationalId,
                           String name) {
    }

    private record Center(long id, long provinceId) {
    }

    private GenerateReferrals() {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        String url = options.url();
        long total = options.getLong("referrals", 1_000_000);
        int batch = (int) options.getLong("batch", 5_000);
        SplittableRandom random = new SplittableRandom(options.getLong("seed", 1405));
        Flyway.configure(GenerateReferrals.class.getClassLoader()).dataSource(url, options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        long t = System.nanoTime();
        try (Connection writes = DriverManager.getConnection(url, options.user(), options.password());
             Connection ids = DriverManager.getConnection(url, options.user(), options.password())) {
            List<Patient> patients = patients(writes);
            List<Center> centers = centers(writes);
            if (patients.isEmpty() || centers.isEmpty()) {
                throw new IllegalStateException("Run GenerateMembers and GenerateCenters into this database first.");
            }
            System.out.printf(Locale.ROOT, "Writing %,d referral requests for %,d covered persons at %,d centres%n",
                    total, patients.size(), centers.size());
            writes.setAutoCommit(false);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            LocalDate today = LocalDate.ofInstant(now, TEHRAN);
            try (PreparedStatement s = writes.prepareStatement(INSERT)) {
                long written = 0;
                while (written < total) {
                    int n = (int) Math.min(batch, total - written);
                    long first = IdSequence.reserve(ids, "referral_request", n);
                    for (int i = 0; i < n; i++) {
                        bind(s, first + i, patients.get(random.nextInt(patients.size())),
                                centers.get(random.nextInt(centers.size())), random, now, today);
                        s.addBatch();
                    }
                    s.executeBatch();
                    writes.commit();
                    written += n;
                    if (written % 100_000 == 0 || written == total) {
                        System.out.printf(Locale.ROOT, "  %,d written (%.0f s)%n", written,
                                (System.nanoTime() - t) / 1e9);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%,d referral requests written in %.1f s%n", total,
                Duration.ofNanos(System.nanoTime() - t).toMillis() / 1000.0);
    }

    private static void bind(PreparedStatement s, long id, Patient p, Center c, SplittableRandom random, Instant now,
                             LocalDate today) throws SQLException {
        int roll = random.nextInt(1000);
        String status = roll < 720 ? "ISSUED" : roll < 840 ? "REFUSED" : roll < 890 ? "CANCELLED"
                : roll < 920 ? "DOCUMENTS_REQUESTED" : roll < 970 ? "SUBMITTED" : roll < 985 ? "EXAM_REQUIRED"
                : "EXAM_BOOKED";
        boolean awaiting = status.equals("SUBMITTED") || status.equals("EXAM_REQUIRED")
                || status.equals("EXAM_BOOKED");
        // closed ones over three years; awaiting ones mostly recent (a tenth left over from older months)
        long maxAgeSeconds = awaiting && random.nextInt(10) > 0 ? 60L * 86_400 : 3L * 365 * 86_400;
        Instant requested = now.minusSeconds(random.nextLong(maxAgeSeconds));
        LocalDate requestedOn = LocalDate.ofInstant(requested, TEHRAN);
        LocalDate admission = requestedOn.plusDays(random.nextInt(10));
        int cause = random.nextInt(CAUSES.length);
        boolean exam = cause >= 11 && cause <= 15 || status.startsWith("EXAM");
        boolean issued = status.equals("ISSUED");
        boolean decided = issued || status.equals("REFUSED");
        Instant decidedAt = requested.plusSeconds(600 + random.nextInt(2 * 86_400));
        if (decidedAt.isAfter(now)) {
            decidedAt = now;
        }
        String nine = String.valueOf(100_000_000L + id % 900_000_000L);
        int k = 1;
        s.setLong(k++, id);
        s.setString(k++, nine + TrackingCodes.luhnDigit(nine));
        boolean byCenter = random.nextInt(3) == 0;
        s.setString(k++, byCenter ? "CENTER" : "MEMBER");
        s.setString(k++, byCenter ? "center" + c.id() : p.nationalId());
        s.setLong(k++, p.personId());
        s.setLong(k++, p.mainPersonId());
        s.setLong(k++, p.contractId());
        s.setLong(k++, p.insurerId());
        s.setString(k++, p.nationalId());
        s.setString(k++, p.name());
        s.setLong(k++, c.id());
        s.setLong(k++, c.provinceId());
        s.setLong(k++, cause + 1);
        s.setString(k++, CAUSES[cause]);
        s.setString(k++, PHYSICIANS[random.nextInt(PHYSICIANS.length)]);
        s.setObject(k++, admission);
        s.setString(k++, status);
        s.setBoolean(k++, awaiting);
        s.setBoolean(k++, exam);
        s.setTimestamp(k++, Timestamp.from(requested));
        s.setTimestamp(k++, Timestamp.from(decided ? decidedAt : requested));
        s.setString(k++, issued ? LetterCodes.letterNumber(id, LocalDate.ofInstant(decidedAt, TEHRAN)) : null);
        s.setString(k++, issued ? LetterCodes.verificationCode() : null);
        s.setObject(k++, issued ? admission : null);
        s.setObject(k++, issued ? admission.plusDays(6) : null);
        s.setString(k++, issued ? CAUSES[cause] : null);
        s.setObject(k++, issued ? 500_000_000L : null);
        s.setObject(k++, issued ? 10 : null);
        s.setString(k++, decided ? "referral" : null);
        s.setTimestamp(k++, decided ? Timestamp.from(decidedAt) : null);
        s.setString(k++, status.equals("REFUSED") ? "خارج از تعهد قرارداد" : null);
    }

    private static List<Patient> patients(Connection c) throws SQLException {
        List<Patient> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select v.person_id, v.main_person_id, v.contract_id, "
                + "k.insurer_id, p.national_id, concat(p.first_name, ' ', p.last_name) from coverage v "
                + "join insurance_contract k on k.id = v.contract_id join person p on p.id = v.person_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                list.add(new Patient(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        return list;
    }

    private static List<Center> centers(Connection c) throws SQLException {
        List<Center> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id, province_id from treatment_center");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                list.add(new Center(rs.getLong(1), rs.getLong(2)));
            }
        }
        return list;
    }
}
