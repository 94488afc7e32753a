package ir.hami.bench;

import ir.hami.platform.id.TrackingCodes;
import ir.hami.platform.persistence.IdSequence;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;

/**
 * Adds claims to a benchmark database that already holds members (run {@link GenerateMembers} first, and
 * {@link GenerateCenters} if the claims should name centres):
 * <pre>
 * U='jdbc:mysql://127.0.0.1:3306/hami_bench_claims?useSSL=false&amp;allowPublicKeyRetrieval=true&amp;rewriteBatchedStatements=true'
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.2:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ir.hami.bench.GenerateClaims -Dclaims=10000000 -Ddb.url="$U"
 * </pre>
 * Options as for {@link GenerateMembers} ({@code db.url}, {@code db.user}, {@code db.password}, {@code seed});
 * {@code claims} (10000000, the total the database should hold), {@code batch} (about 2000 claims per commit, whole
 * persons), {@code documents} (true: one image row per submitted claim, all naming one shared dummy stored file),
 * {@code stopAfter} (stop, at a person's end, after writing about this many: the rest comes with the next run),
 * {@code keepIndexes} (false: on MariaDB/MySQL the claim table's three indexes whose keys arrive in random order are
 * dropped while loading and built again, sorted, at the end).
 *
 * <p><b>What it writes.</b> Covered persons are walked in id order; each gets a number of claims drawn from a random
 * of its own (seed and person id): a fifth none, most up to twenty (geometric), about 8 in 100,000 persons thousands
 * (the "heavy" ones), scaled so the total is reached a little before the last person. Each claim is for one of the
 * person's coverages, on a service date in that coverage within the last three years, for a service of the starter
 * catalogue (visits and drugs most, hospital stays least) with an amount typical of it. Its state depends on its age:
 * over two months old almost all are paid or rejected; recent ones are spread over every state. Assessed ones (and
 * later) have 1–4 items with their deductions (out of tariff, not covered, the franchise of the cover, over ceiling
 * when the person's — or for a family cover the family's — year of claims passed the cover's ceiling) and are
 * charged to {@code cover_usage}, so the remaining-ceiling card adds up. Every claim has 1–4 events of its path.
 *
 * <p><b>Idempotent and resumable.</b> A person's claims are committed together with everything that hangs on them
 * and the walk is deterministic, so a new run reads how many claims there are and the highest person that has any,
 * and goes on after that person (a database that already holds {@code claims} claims is left alone). Resume with
 * the same {@code claims} and {@code seed}: the number per person is drawn for that total. Ids come from
 * the portal's {@code id_sequence} (second connection), tracking codes from the id (Luhn check digit).
 */
public final class GenerateClaims {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final int YEARS = 3;
    /** A 1×1 PNG: the shared stored file every benchmark document row names. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final String BENCH_FILE = "bench-claim-document.png";

    private static final String INSERT_CLAIM = "insert into claim (id, tracking_code, channel, created_by, person_id, "
            + "main_person_id, contract_id, insurer_id, national_id, patient_name, service_date, residence_province_id, "
            + "center_id, center_name, service_type_id, service_id, cover_id, requested_amount, basic_insurance, "
            + "e_prescription, description, confirmed_mobile, mobile_confirmed_at, draft_step, state, created_at, "
            + "registered_at, updated_at, deficiency_note, deficiency_round, reject_reason, received_at, "
            + "originals_place, originals_requested_at, originals_delivered_at, assessed_at, assessor, sent_to_finance_at, "
            + "finance_file_number, paying_unit, payment_issued_on, sent_to_bank_on, deposited_on, payment_iban, "
            + "remittance_number, remittance_type, return_letter_number, returned_on, total_amount, franchise_amount, "
            + "over_ceiling_amount, out_of_tariff_amount, not_covered_amount, commitment_amount, payable_amount, version) "
            + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
            + "?,?,?,?,?,?,0)";
    private static final String INSERT_ITEM = "insert into claim_item (id, claim_id, line_no, item_kind, title, "
            + "physician, council_code, prescribed_on, quantity, total_amount, deducted_amount, payable_amount) "
            + "values (?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_DEDUCTION = "insert into claim_deduction (id, claim_id, item_id, kind, amount, "
            + "explanation) values (?,?,?,?,?,?)";
    private static final String INSERT_EVENT = "insert into claim_event (id, claim_id, at_time, actor, action, "
            + "from_state, to_state, note) values (?,?,?,?,?,?,?,?)";
    private static final String INSERT_DOCUMENT = "insert into claim_document (id, claim_id, main_person_id, file_id, "
            + "document_type_id, file_name, sha256, round_no, added_by, added_at) values (?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_USAGE = "insert into cover_usage (id, cover_id, contract_id, person_id, "
            + "main_person_id, used_amount, claim_count, version) values (?,?,?,?,?,?,?,0)";

    /** Indexes of {@code claim} whose keys come in random order (state and date; username): built at the end. */
    private static final Map<String, String> LATE_INDEXES = new LinkedHashMap<>();

    static {
        LATE_INDEXES.put("ix_claim_state", "create index ix_claim_state on claim (state, registered_at, id)");
        LATE_INDEXES.put("ix_claim_creator", "create index ix_claim_creator on claim (created_by, state, id)");
        LATE_INDEXES.put("uq_claim_client",
                "alter table claim add constraint uq_claim_client unique (created_by, client_key)");
    }

    // ------------------------------------------------------------------------------------------------ vocabulary

    enum Kind { HOSPITAL, OUTPATIENT, PARACLINIC, DRUG, DENTAL, OPTICS, OTHER }

    /** A service type of the catalogue, how often members claim it and the range of its invoices in Rials. */
    record TypeMix(String code, int weight, long min, long max, String itemKind, String[] titles) {
    }

    private static final List<TypeMix> MIX = List.of(
            new TypeMix("VISIT", 25, 1_500_000, 15_000_000, "VISIT",
                    new String[] {"ویزیت پزشک عمومی", "ویزیت پزشک متخصص", "ویزیت فوق تخصص"}),
            new TypeMix("DRUG", 25, 800_000, 40_000_000, "DRUG",
                    new String[] {"آموکسی‌سیلین ۵۰۰", "متفورمین ۵۰۰", "آتورواستاتین ۲۰", "لووتیروکسین ۱۰۰",
                        "امپرازول ۲۰", "سرترالین ۵۰", "انسولین گلارژین", "سالبوتامول اسپری"}),
            new TypeMix("LAB", 15, 2_000_000, 30_000_000, "LAB",
                    new String[] {"آزمایش CBC", "قند ناشتا و HbA1c", "پروفایل چربی", "آزمایش تیروئید"}),
            new TypeMix("IMAGING", 10, 5_000_000, 80_000_000, "IMAGING",
                    new String[] {"سونوگرافی شکم و لگن", "ام‌آر‌آی زانو", "رادیوگرافی قفسه سینه", "سی‌تی اسکن ریه"}),
            new TypeMix("HOSPITAL", 7, 50_000_000, 1_500_000_000, "HOSPITAL",
                    new String[] {"هزینه تخت و هتلینگ", "حق‌العمل جراح", "داروها و لوازم مصرفی اتاق عمل",
                        "حق بیهوشی"}),
            new TypeMix("DENTAL", 8, 10_000_000, 150_000_000, "DENTAL",
                    new String[] {"ترمیم کامپوزیت", "درمان ریشه", "کشیدن دندان", "جرم‌گیری"}),
            new TypeMix("OPTICS", 5, 10_000_000, 60_000_000, "OPTICS",
                    new String[] {"فریم عینک", "عدسی طبی", "لنز تماسی"}),
            new TypeMix("PHYSIO", 5, 5_000_000, 40_000_000, "SERVICE",
                    new String[] {"جلسه فیزیوتراپی", "لیزر درمانی", "تحریک الکتریکی"}));

    private static final String[] PHYSICIANS = {"دکتر رضایی", "دکتر کریمی", "دکتر محمدی", "دکتر حسینی",
        "دکتر احمدی", "دکتر موسوی", "دکتر جعفری", "دکتر صادقی", "دکتر نوری", "دکتر امینی"};
    private static final String[] ASSESSORS = {"فرزانه مرادی", "حمید نیک‌نام", "سمیه رستمی", "کامران یزدانی"};
    private static final String[] DEFICIENCIES = {"تصویر نسخه پزشک ناخوانا است؛ لطفا تصویر واضح‌تری ارسال کنید.",
        "مهر و امضای پزشک روی صورتحساب دیده نمی‌شود.", "جواب آزمایش پیوست نشده است."};
    private static final String[] REJECTIONS = {"این خدمت در تعهدات قرارداد شما نیست.",
        "مدارک ارسالی مربوط به پیش از شروع پوشش بیمه است.", "این هزینه پیش‌تر با کد رهگیری دیگری پرداخت شده است."};
    private static final String[] PLACES = {"شعبه مرکزی تهران، خیابان ولیعصر، پلاک ۲۴۵۰",
        "شعبه اصفهان، خیابان چهارباغ بالا، ساختمان حامی", "شعبه مشهد، بلوار سجاد، پلاک ۱۲"};

    // ------------------------------------------------------------------------------------------------ data read

    record Cover(long id, Kind kind, long ceiling, int franchise, boolean family) {
    }

    record Service(long id, long typeId, String typeCode, Kind kind) {
    }

    record Coverage(long personId, long mainPersonId, long contractId, long insurerId, String nationalId, String name,
                    LocalDate start, LocalDate end, String mainNationalId, String mainIban, String mainMobile) {
    }

    record Center(long id, long provinceId) {
    }

    private GenerateClaims() {
    }

    public static void main(String[] args) throws SQLException {
        BenchOptions options = new BenchOptions(args);
        String url = options.url();
        long total = options.getLong("claims", 10_000_000);
        int batch = (int) options.getLong("batch", 2_000);
        long seed = options.getLong("seed", 1405);
        boolean documents = Boolean.parseBoolean(options.get("documents", "true"));
        boolean mysql = options.isMysql();
        boolean lateIndexes = mysql && !Boolean.parseBoolean(options.get("keepIndexes", "false"));
        Flyway.configure(GenerateClaims.class.getClassLoader()).dataSource(url, options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        long started = System.nanoTime();
        try (Connection reads = DriverManager.getConnection(url, options.user(), options.password());
             Connection writes = DriverManager.getConnection(url, options.user(), options.password());
             Connection ids = DriverManager.getConnection(url, options.user(), options.password())) {
            long existing;
            long afterPerson;
            try (Statement s = writes.createStatement();
                 ResultSet rs = s.executeQuery("select count(*), coalesce(max(person_id), 0) from claim")) {
                rs.next();
                existing = rs.getLong(1);
                afterPerson = rs.getLong(2);
            }
            if (existing >= total) {
                System.out.printf(Locale.ROOT, "The database already has %,d claims (asked for %,d): nothing to do.%n",
                        existing, total);
                if (lateIndexes) {
                    buildLateIndexes(writes);
                }
                return;
            }
            LocalDate today = LocalDate.now(TEHRAN);
            long persons = single(writes, "select count(distinct person_id) from coverage where start_date <= date '"
                    + today + "' and end_date >= date '" + today.minusYears(YEARS) + "'");
            if (persons == 0) {
                throw new IllegalStateException("Run GenerateMembers into this database first.");
            }
            Generator g = new Generator(writes, ids, seed, total, persons, documents, mysql);
            g.load();
            if (lateIndexes) {
                dropLateIndexes(writes);
            }
            if (mysql) {
                try (Statement s = writes.createStatement()) {
                    s.execute("set session foreign_key_checks = 0");
                }
            }
            writes.setAutoCommit(false);
            System.out.printf(Locale.ROOT, "Writing %,d claims (%,d there already, resuming after person %d) for "
                    + "%,d covered persons, %,d centres, documents %s%n", total - existing, existing, afterPerson,
                    persons, g.centers.size(), documents ? "on" : "off");
            g.run(reads, afterPerson, existing, options.getLong("stopAfter", Long.MAX_VALUE), batch, started);
            if (lateIndexes) {
                buildLateIndexes(writes);
            }
            System.out.printf(Locale.ROOT, "Done: %,d claims, %,d items, %,d deductions, %,d events, %,d documents, "
                            + "%,d cover usages written in %.0f s (%,.0f claims/s)%n", g.claims, g.items, g.deductions,
                    g.events, g.documents, g.usages, seconds(started), g.claims / Math.max(1, seconds(started)));
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean hasIndex(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from information_schema.statistics "
                + "where table_schema = database() and table_name = 'claim' and index_name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static void dropLateIndexes(Connection c) throws SQLException {
        for (String name : LATE_INDEXES.keySet()) {
            if (hasIndex(c, name)) {
                try (Statement s = c.createStatement()) {
                    s.execute("alter table claim drop index " + name);
                }
                System.out.println("  index " + name + " dropped while loading");
            }
        }
    }

    private static void buildLateIndexes(Connection c) throws SQLException {
        for (Map.Entry<String, String> e : LATE_INDEXES.entrySet()) {
            if (!hasIndex(c, e.getKey())) {
                long t = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    s.execute(e.getValue());
                }
                System.out.printf(Locale.ROOT, "  index %s built in %.0f s%n", e.getKey(), seconds(t));
            }
        }
    }

    /** A valid Iranian IBAN for a 22-digit BBAN (ISO 13616 check digits). */
    static String iban(String bban) {
        BigInteger n = new BigInteger(bban + "182700");
        int check = 98 - n.mod(BigInteger.valueOf(97)).intValue();
        return String.format("IR%02d%s", check, bban);
    }

    /** The claim's tracking code, unique per id: nine digits from the id and the Luhn check digit. */
    static String trackingCode(long id) {
        String nine = String.valueOf(100_000_000L + id % 900_000_000L);
        return nine + TrackingCodes.luhnDigit(nine);
    }

    // ------------------------------------------------------------------------------------------------ the walk

    static final class Generator {
        final Connection writes;
        final Connection idConnection;
        final long seed;
        final long total;
        final boolean withDocuments;
        final boolean mysql;
        final double meanPerPerson;
        final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        final LocalDate today = LocalDate.ofInstant(now, TEHRAN);
        final Map<Long, List<Cover>> covers = new HashMap<>();
        final Map<String, List<Service>> services = new HashMap<>();
        final Map<String, Long> documentTypes = new HashMap<>();
        final List<Center> centers = new ArrayList<>();
        final String[] explanations = new String[4];
        long fileId;
        String fileSha;
        final int[] mixWeights;

        long claims;
        long items;
        long deductions;
        long events;
        long documents;
        long usages;

        PreparedStatement claimInsert;
        PreparedStatement itemInsert;
        PreparedStatement deductionInsert;
        PreparedStatement eventInsert;
        PreparedStatement documentInsert;
        PreparedStatement usageInsert;
        IdSequence.Block claimIds;
        IdSequence.Block itemIds;
        IdSequence.Block deductionIds;
        IdSequence.Block eventIds;
        IdSequence.Block documentIds;
        IdSequence.Block usageIds;

        /** What assessed claims used of each cover: this person's, and this family's (family ceilings). */
        final Map<Long, long[]> personUsage = new LinkedHashMap<>();
        final Map<Long, Long> familyUsage = new HashMap<>();
        long familyOf = -1;

        Generator(Connection writes, Connection ids, long seed, long total, long persons, boolean documents,
                  boolean mysql) {
            this.writes = writes;
            this.idConnection = ids;
            this.seed = seed;
            this.total = total;
            this.withDocuments = documents;
            this.mysql = mysql;
            // a little more than needed on average, so the total is reached before the last person
            this.meanPerPerson = 1.06 * total / persons;
            this.mixWeights = MIX.stream().mapToInt(TypeMix::weight).toArray();
        }

        void load() throws SQLException {
            try (Statement s = writes.createStatement()) {
                try (ResultSet rs = s.executeQuery("select id, contract_id, cover_kind, annual_ceiling, "
                        + "franchise_percent, family_ceiling from contract_cover order by contract_id, sort_order, id")) {
                    while (rs.next()) {
                        String kind = rs.getString(3);
                        covers.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Cover(rs.getLong(1),
                                kind == null ? null : Kind.valueOf(kind), rs.getLong(4), rs.getInt(5),
                                rs.getBoolean(6)));
                    }
                }
                try (ResultSet rs = s.executeQuery("select s.id, s.type_id, t.code, t.cover_kind from claim_service s "
                        + "join claim_service_type t on t.id = s.type_id where s.active = true order by s.id")) {
                    while (rs.next()) {
                        services.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(new Service(
                                rs.getLong(1), rs.getLong(2), rs.getString(3), Kind.valueOf(rs.getString(4))));
                    }
                }
                try (ResultSet rs = s.executeQuery("select id, code from claim_document_type")) {
                    while (rs.next()) {
                        documentTypes.put(rs.getString(2), rs.getLong(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("select id, province_id from treatment_center where active = true")) {
                    while (rs.next()) {
                        centers.add(new Center(rs.getLong(1), rs.getLong(2)));
                    }
                }
            }
            for (TypeMix m : MIX) {
                if (!services.containsKey(m.code())) {
                    throw new IllegalStateException("The catalogue has no service type " + m.code());
                }
            }
            ResourceBundle fa = ResourceBundle.getBundle("ir.hami.i18n.messages", Locale.forLanguageTag("fa"));
            String[] kinds = {"FRANCHISE", "OVER_CEILING", "OUT_OF_TARIFF", "NOT_COVERED"};
            for (int i = 0; i < kinds.length; i++) {
                explanations[i] = fa.getString("claims.deduction." + kinds[i] + ".explained");
            }
            fileSha = ir.hami.platform.files.FileStore.sha256(PNG);
            try (PreparedStatement s = writes.prepareStatement("select id from stored_file where file_name = ?")) {
                s.setString(1, BENCH_FILE);
                try (ResultSet rs = s.executeQuery()) {
                    fileId = rs.next() ? rs.getLong(1) : 0;
                }
            }
            if (fileId == 0 && withDocuments) {
                fileId = IdSequence.reserve(idConnection, "stored_file", 1);
                try (PreparedStatement s = writes.prepareStatement("insert into stored_file (id, file_name, "
                        + "content_type, size_bytes, sha256, data, created_at) values (?,?,?,?,?,?,?)")) {
                    s.setLong(1, fileId);
                    s.setString(2, BENCH_FILE);
                    s.setString(3, "image/png");
                    s.setLong(4, PNG.length);
                    s.setString(5, fileSha);
                    s.setBytes(6, PNG);
                    s.setTimestamp(7, Timestamp.from(now));
                    s.executeUpdate();
                }
            }
        }

        void run(Connection reads, long afterPerson, long existing, long stopAfter, int batch, long started)
                throws SQLException {
            int block = Math.max(batch * 4, 1_000);
            claimIds = new IdSequence.Block(idConnection, "claim", block);
            itemIds = new IdSequence.Block(idConnection, "claim_item", block * 2);
            deductionIds = new IdSequence.Block(idConnection, "claim_deduction", block * 3);
            eventIds = new IdSequence.Block(idConnection, "claim_event", block * 3);
            documentIds = new IdSequence.Block(idConnection, "claim_document", block);
            usageIds = new IdSequence.Block(idConnection, "cover_usage", block);
            long left = total - existing;
            long nextProgress = 100_000;
            int pending = 0;
            String sql = "select v.person_id, v.main_person_id, v.contract_id, k.insurer_id, p.national_id, "
                    + "concat(p.first_name, ' ', p.last_name), v.start_date, v.end_date, m.national_id, m.iban, "
                    + "m.mobile from coverage v join insurance_contract k on k.id = v.contract_id "
                    + "join person p on p.id = v.person_id join person m on m.id = v.main_person_id "
                    + "where v.person_id > ? order by v.person_id, v.start_date";
            // two sets of statements: one is filled while the writer thread sends the other and commits it, so the
            // database and this thread work at the same time (the connection is only ever used by the writer)
            PreparedStatement[][] sets = new PreparedStatement[2][];
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try (PreparedStatement q = reads.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                for (int n = 0; n < 2; n++) {
                    sets[n] = new PreparedStatement[] {writes.prepareStatement(INSERT_CLAIM),
                        writes.prepareStatement(INSERT_ITEM), writes.prepareStatement(INSERT_DEDUCTION),
                        writes.prepareStatement(INSERT_EVENT), writes.prepareStatement(INSERT_DOCUMENT),
                        writes.prepareStatement(INSERT_USAGE)};
                }
                this.sets = sets;
                this.writer = writer;
                use(0);
                if (mysql) {
                    q.setFetchSize(Integer.MIN_VALUE); // stream the rows: a million persons need not fit in memory
                }
                q.setLong(1, afterPerson);
                try (ResultSet rs = q.executeQuery()) {
                    List<Coverage> person = new ArrayList<>();
                    boolean more = rs.next();
                    while (more && left > 0 && claims < stopAfter) {
                        Coverage row = coverage(rs);
                        if (!person.isEmpty() && person.get(0).personId() != row.personId()) {
                            int written = person(person, left);
                            left -= written;
                            pending += written;
                            person.clear();
                            if (pending >= batch) {
                                flush();
                                pending = 0;
                            }
                        }
                        person.add(row);
                        more = rs.next();
                        if (!more && left > 0 && claims < stopAfter) {
                            left -= person(person, left);
                        }
                        if (claims >= nextProgress) {
                            nextProgress += 100_000;
                            double s = seconds(started);
                            System.out.printf(Locale.ROOT, "  %,d claims, %,d items, %,d events, %.0f s, "
                                    + "%,.0f claims/s%n", claims, items, events, s, claims / Math.max(s, 0.001));
                        }
                    }
                    if (left > 0 && claims < stopAfter) {
                        System.out.printf(Locale.ROOT, "Every person walked; %,d claims short of the total.%n", left);
                    }
                    // the rest of the persons are not needed: closing a streamed result reads them to the end
                }
                flush();
                awaitWriter();
            } finally {
                writer.shutdownNow();
                for (PreparedStatement[] set : sets) {
                    if (set != null) {
                        for (PreparedStatement st : set) {
                            st.close();
                        }
                    }
                }
            }
        }

        private PreparedStatement[][] sets;
        private ExecutorService writer;
        private Future<?> inFlight;
        private int current;

        private void use(int n) {
            current = n;
            PreparedStatement[] set = sets[n];
            claimInsert = set[0];
            itemInsert = set[1];
            deductionInsert = set[2];
            eventInsert = set[3];
            documentInsert = set[4];
            usageInsert = set[5];
        }

        /** Waits for the batch the writer is sending; its failure is this thread's. */
        private void awaitWriter() throws SQLException {
            if (inFlight == null) {
                return;
            }
            try {
                inFlight.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                inFlight = null;
            }
        }

        private static Coverage coverage(ResultSet rs) throws SQLException {
            return new Coverage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                    rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                    rs.getString(9), rs.getString(10), rs.getString(11));
        }

        /** Hands the filled statements to the writer (after the previous batch is in) and fills the other set. */
        private void flush() throws SQLException {
            awaitWriter();
            PreparedStatement[] full = sets[current];
            inFlight = writer.submit(() -> {
                for (PreparedStatement st : full) {
                    st.executeBatch(); // claims first, then what names them
                }
                writes.commit();
                return null;
            });
            use(1 - current);
        }

        /** How many claims a person has: none, a few, or (rarely) thousands; mean {@link #meanPerPerson}. */
        int claimCount(SplittableRandom r) {
            double heavyShare = 0.08 / 1000; // persons
            double heavyMean = Math.max(200, 0.02 * meanPerPerson / heavyShare); // 2% of the claims
            if (r.nextDouble() < heavyShare) {
                return (int) (heavyMean * (0.5 + r.nextDouble()));
            }
            double mean = (meanPerPerson - heavyShare * heavyMean) / (1 - heavyShare);
            double zero = 0.2;
            if (mean < 1 - zero) {
                zero = 1 - Math.max(mean, 0);
                return r.nextDouble() < zero ? 0 : 1;
            }
            if (r.nextDouble() < zero) {
                return 0;
            }
            double extra = mean / (1 - zero) - 1; // geometric beyond the first
            double p = 1 / (1 + extra);
            int n = 1;
            while (n < 120 && r.nextDouble() > p) {
                n++;
            }
            return n;
        }

        /** Writes one person's claims (at most {@code left}); returns how many. */
        int person(List<Coverage> coverages, long left) throws SQLException {
            Coverage first = coverages.get(0);
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + first.personId());
            int count = (int) Math.min(claimCount(r), left);
            if (first.mainPersonId() != familyOf) {
                familyOf = first.mainPersonId();
                familyUsage.clear();
            }
            personUsage.clear();
            LocalDate from = today.minusYears(YEARS);
            List<Coverage> usable = coverages.stream()
                    .filter(c -> !c.start().isAfter(today) && !c.end().isBefore(from)).toList();
            if (count == 0 || usable.isEmpty()) {
                return 0;
            }
            List<Planned> plans = new ArrayList<>(count);
            for (int n = 0; n < count; n++) {
                Coverage c = usable.get(r.nextInt(usable.size()));
                LocalDate a = c.start().isBefore(from) ? from : c.start();
                LocalDate b = c.end().isAfter(today) ? today : c.end();
                LocalDate day = a.plusDays(r.nextLong(ChronoUnit.DAYS.between(a, b) + 1));
                Instant created = day.atTime(8, 0).atZone(TEHRAN).toInstant()
                        .plusSeconds(r.nextLong(3 * 86_400L + 12 * 3_600L));
                if (created.isAfter(now.minusSeconds(7_200))) {
                    created = now.minusSeconds(7_200 + r.nextInt(3_600)); // submitted before now
                }
                plans.add(new Planned(c, day, created, r.split()));
            }
            plans.sort(Comparator.comparing(Planned::created));
            for (Planned p : plans) {
                claim(p);
            }
            for (Map.Entry<Long, long[]> e : personUsage.entrySet()) {
                long[] v = e.getValue(); // used, count, contract
                usageInsert.setLong(1, usageIds.next());
                usageInsert.setLong(2, e.getKey());
                usageInsert.setLong(3, v[2]);
                usageInsert.setLong(4, first.personId());
                usageInsert.setLong(5, first.mainPersonId());
                usageInsert.setLong(6, v[0]);
                usageInsert.setInt(7, (int) v[1]);
                usageInsert.addBatch();
                usages++;
            }
            return count;
        }

        record Planned(Coverage coverage, LocalDate serviceDate, Instant created, SplittableRandom random) {
        }

        /** A claim's state by its age: old ones are closed; recent ones anywhere on their way. */
        String state(SplittableRandom r, long ageDays, boolean covered) {
            int roll = r.nextInt(1000);
            String state;
            if (ageDays > 60) {
                state = roll < 850 ? "PAID" : roll < 935 ? "REJECTED" : roll < 945 ? "PAYMENT_RETURNED"
                        : roll < 960 ? "SENT_TO_FINANCE" : "DRAFT";
            } else {
                state = roll < 250 ? "PAID" : roll < 310 ? "REJECTED" : roll < 315 ? "PAYMENT_RETURNED"
                        : roll < 430 ? "SENT_TO_FINANCE" : roll < 520 ? "ASSESSED" : roll < 700 ? "REGISTERED"
                        : roll < 770 ? "DEFICIENCY" : roll < 810 ? "DEFICIENCY_FIXED" : roll < 860
                        ? "AWAITING_ORIGINALS" : roll < 890 ? "ORIGINALS_DELIVERED" : "DRAFT";
            }
            if (!covered && isAssessed(state)) {
                return "REJECTED";
            }
            return state;
        }

        static boolean isAssessed(String state) {
            return state.equals("ASSESSED") || state.equals("SENT_TO_FINANCE") || state.equals("PAID")
                    || state.equals("PAYMENT_RETURNED");
        }

        static Cover coverFor(List<Cover> covers, Kind kind) {
            Cover fallback = null;
            for (Cover c : covers) {
                if (c.kind() == kind) {
                    return c;
                }
                if (c.kind() == null && (fallback == null || c.ceiling() > fallback.ceiling())) {
                    fallback = c;
                }
            }
            return fallback;
        }

        private void claim(Planned p) throws SQLException {
            SplittableRandom r = p.random();
            Coverage k = p.coverage();
            // members claim mostly what their plan covers: a service type the plan has no cover for is drawn again
            // (twice), and if it stays uncovered the claim is rejected
            TypeMix mix = null;
            Service service = null;
            Cover cover = null;
            for (int attempt = 0; attempt < 3 && cover == null; attempt++) {
                mix = MIX.get(pick(r, mixWeights));
                List<Service> ofType = services.get(mix.code());
                service = ofType.get(r.nextInt(ofType.size()));
                cover = coverFor(covers.getOrDefault(k.contractId(), List.of()), service.kind());
            }
            String state = state(r, ChronoUnit.DAYS.between(p.created(), now), cover != null);
            long requested = (mix.min() + r.nextLong(mix.max() - mix.min() + 1)) / 10_000 * 10_000;
            long id = claimIds.next();
            Center center = centers.isEmpty() || r.nextInt(10) == 0 ? null : centers.get(r.nextInt(centers.size()));
            boolean draft = state.equals("DRAFT");

            // the path: its events' times, from the submission on
            Instant t = p.created();
            List<Object[]> path = new ArrayList<>(); // at, action, from, to, note, actor
            String actor = k.mainNationalId();
            String assessor = ASSESSORS[r.nextInt(ASSESSORS.length)];
            if (draft || r.nextInt(2) == 0) {
                path.add(new Object[] {t, "DRAFTED", null, "DRAFT", null, actor});
            }
            Instant registered = null;
            String deficiencyNote = null;
            String rejectReason = null;
            String place = null;
            Instant originalsRequested = null;
            Instant originalsDelivered = null;
            Instant assessedAt = null;
            Instant financeAt = null;
            LocalDate issuedOn = null;
            LocalDate bankOn = null;
            LocalDate depositedOn = null;
            LocalDate returnedOn = null;
            int round = 0;
            if (!draft) {
                t = t.plusSeconds(600 + r.nextInt(3_600));
                registered = t;
                path.add(new Object[] {t, "SUBMITTED", "DRAFT", "REGISTERED", null, actor});
                switch (state) {
                    case "DEFICIENCY", "DEFICIENCY_FIXED" -> {
                        t = later(t, r, 1, 5);
                        deficiencyNote = DEFICIENCIES[r.nextInt(DEFICIENCIES.length)];
                        round = 1;
                        path.add(new Object[] {t, "DEFICIENCY_DECLARED", "REGISTERED", "DEFICIENCY", deficiencyNote,
                                "assessor"});
                        if (state.equals("DEFICIENCY_FIXED")) {
                            t = later(t, r, 1, 4);
                            path.add(new Object[] {t, "DEFICIENCY_FIXED", "DEFICIENCY", "DEFICIENCY_FIXED", null,
                                    actor});
                        }
                    }
                    case "AWAITING_ORIGINALS", "ORIGINALS_DELIVERED" -> {
                        t = later(t, r, 1, 5);
                        place = PLACES[r.nextInt(PLACES.length)];
                        originalsRequested = t;
                        path.add(new Object[] {t, "ORIGINALS_REQUESTED", "REGISTERED", "AWAITING_ORIGINALS", place,
                                "assessor"});
                        if (state.equals("ORIGINALS_DELIVERED")) {
                            t = later(t, r, 2, 10);
                            originalsDelivered = t;
                            path.add(new Object[] {t, "ORIGINALS_DELIVERED", "AWAITING_ORIGINALS",
                                    "ORIGINALS_DELIVERED", place, "assessor"});
                        }
                    }
                    case "REJECTED" -> {
                        t = later(t, r, 2, 12);
                        rejectReason = cover == null ? REJECTIONS[0] : REJECTIONS[r.nextInt(REJECTIONS.length)];
                        path.add(new Object[] {t, "REJECTED", "REGISTERED", "REJECTED", rejectReason, "assessor"});
                    }
                    case "ASSESSED", "SENT_TO_FINANCE", "PAID", "PAYMENT_RETURNED" -> {
                        t = later(t, r, 2, 15);
                        assessedAt = t;
                        path.add(new Object[] {t, "ASSESSED", "REGISTERED", "ASSESSED", null, "assessor"});
                        if (!state.equals("ASSESSED")) {
                            t = later(t, r, 1, 7);
                            financeAt = t;
                            path.add(new Object[] {t, "SENT_TO_FINANCE", "ASSESSED", "SENT_TO_FINANCE", null,
                                    "assessor"});
                            boolean toBank = !state.equals("SENT_TO_FINANCE") || r.nextInt(2) == 0;
                            if (toBank) {
                                t = later(t, r, 2, 10);
                                issuedOn = day(t).minusDays(1);
                                bankOn = day(t);
                                if (state.equals("SENT_TO_FINANCE")) {
                                    path.add(new Object[] {t, "SENT_TO_BANK", "SENT_TO_FINANCE", "SENT_TO_FINANCE",
                                            null, "finance"});
                                }
                            }
                            if (state.equals("PAID") || state.equals("PAYMENT_RETURNED")) {
                                t = later(t, r, 1, 3);
                                depositedOn = day(t);
                                path.add(new Object[] {t, "DEPOSITED", "SENT_TO_FINANCE", "PAID", null, "finance"});
                            }
                            if (state.equals("PAYMENT_RETURNED")) {
                                t = later(t, r, 2, 8);
                                returnedOn = day(t);
                                path.add(new Object[] {t, "PAYMENT_RETURNED", "PAID", "PAYMENT_RETURNED",
                                        "ب/" + (1000 + id % 9000), "finance"});
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            // a two-step path keeps its first two events; the longest keep four (the member's timeline reads the
            // claim's stage columns, the history its events)
            while (path.size() > 4) {
                path.remove(0);
            }

            // the assessment
            long[] sums = new long[5]; // franchise, over ceiling, out of tariff, not covered, total
            long payable = 0;
            if (isAssessed(state)) {
                payable = assess(r, id, mix, cover, k, requested, p.serviceDate(), sums);
            }

            PreparedStatement s = claimInsert;
            int n = 1;
            s.setLong(n++, id);
            s.setString(n++, draft ? null : trackingCode(id));
            s.setString(n++, "MEMBER");
            s.setString(n++, actor);
            s.setLong(n++, k.personId());
            s.setLong(n++, k.mainPersonId());
            s.setLong(n++, k.contractId());
            s.setLong(n++, k.insurerId());
            s.setString(n++, k.nationalId());
            s.setString(n++, k.name());
            s.setObject(n++, p.serviceDate());
            setLong(s, n++, center == null ? null : center.provinceId());
            setLong(s, n++, center == null ? null : center.id());
            s.setString(n++, center == null ? "درمانگاه " + PHYSICIANS[r.nextInt(PHYSICIANS.length)] : null);
            s.setLong(n++, service.typeId());
            s.setLong(n++, service.id());
            setLong(s, n++, cover == null ? null : cover.id());
            s.setLong(n++, requested);
            s.setString(n++, switch (r.nextInt(4)) {
                case 0 -> "SOCIAL_SECURITY";
                case 1 -> "SALAMAT";
                case 2 -> "ARMED_FORCES";
                default -> "OTHER_OR_NONE";
            });
            s.setBoolean(n++, mix.code().equals("DRUG") && r.nextInt(2) == 0);
            s.setString(n++, null);
            s.setString(n++, draft ? null : k.mainMobile());
            setTime(s, n++, draft || k.mainMobile() == null ? null : registered.minusSeconds(60));
            s.setInt(n++, draft ? 1 + r.nextInt(5) : 5);
            s.setString(n++, state);
            s.setTimestamp(n++, Timestamp.from(p.created()));
            setTime(s, n++, registered);
            s.setTimestamp(n++, Timestamp.from(t));
            s.setString(n++, deficiencyNote);
            s.setInt(n++, round);
            s.setString(n++, rejectReason);
            setTime(s, n++, registered);
            s.setString(n++, place);
            setTime(s, n++, originalsRequested);
            setTime(s, n++, originalsDelivered);
            setTime(s, n++, assessedAt);
            s.setString(n++, assessedAt == null ? null : assessor);
            setTime(s, n++, financeAt);
            s.setString(n++, financeAt == null ? null : "F-" + (1_400_000 + id % 8_000_000));
            s.setString(n++, bankOn == null ? null : "اداره پرداخت خسارت");
            s.setObject(n++, issuedOn);
            s.setObject(n++, bankOn);
            s.setObject(n++, depositedOn);
            s.setString(n++, bankOn == null ? null : k.mainIban() != null ? k.mainIban()
                    : iban(String.format("0170000000%012d", k.mainPersonId())));
            s.setString(n++, bankOn == null ? null : String.valueOf(70_000_000 + id % 20_000_000));
            s.setString(n++, bankOn == null ? null : r.nextInt(3) == 0 ? "ساتنا" : "پایا");
            s.setString(n++, returnedOn == null ? null : "ب/" + (1000 + id % 9000));
            s.setObject(n++, returnedOn);
            Long[] amounts = new Long[7];
            if (isAssessed(state)) {
                amounts = new Long[] {sums[4], sums[0], sums[1], sums[2], sums[3], sums[4] - sums[1] - sums[2] - sums[3],
                    payable};
            }
            for (Long a : amounts) {
                setLong(s, n++, a);
            }
            s.addBatch();
            claims++;

            for (Object[] ev : path) {
                eventInsert.setLong(1, eventIds.next());
                eventInsert.setLong(2, id);
                eventInsert.setTimestamp(3, Timestamp.from((Instant) ev[0]));
                eventInsert.setString(4, (String) ev[5]);
                eventInsert.setString(5, (String) ev[1]);
                eventInsert.setString(6, (String) ev[2]);
                eventInsert.setString(7, (String) ev[3]);
                eventInsert.setString(8, (String) ev[4]);
                eventInsert.addBatch();
                events++;
            }
            if (withDocuments && !draft) {
                documentInsert.setLong(1, documentIds.next());
                documentInsert.setLong(2, id);
                documentInsert.setLong(3, k.mainPersonId());
                documentInsert.setLong(4, fileId);
                documentInsert.setLong(5, documentTypes.getOrDefault("INVOICE", 1L));
                documentInsert.setString(6, "صورتحساب.png");
                documentInsert.setString(7, fileSha);
                documentInsert.setInt(8, 0);
                documentInsert.setString(9, actor);
                documentInsert.setTimestamp(10, Timestamp.from(p.created()));
                documentInsert.addBatch();
                documents++;
            }
        }

        /**
         * The claim's items and deductions; returns the payable amount and adds the sums by kind into {@code sums}
         * (franchise, over ceiling, out of tariff, not covered, total). Charges the cover's usage.
         */
        private long assess(SplittableRandom r, long claimId, TypeMix mix, Cover cover, Coverage k, long requested,
                            LocalDate serviceDate, long[] sums) throws SQLException {
            int roll = r.nextInt(100);
            int count = roll < 45 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 : 4;
            long[] totals = new long[count];
            long rest = requested;
            for (int i = 0; i < count - 1; i++) {
                totals[i] = rest / (count - i) / 10_000 * 10_000;
                rest -= totals[i];
            }
            totals[count - 1] = rest;
            long[][] cut = new long[count][4]; // franchise, over ceiling, out of tariff, not covered
            long payable = 0;
            for (int i = 0; i < count; i++) {
                long tot = totals[i];
                if (r.nextInt(100) < 25) {
                    cut[i][2] = tot * (5 + r.nextInt(26)) / 100 / 1000 * 1000;
                }
                if (r.nextInt(100) < 5) {
                    cut[i][3] = (tot - cut[i][2]) * (10 + r.nextInt(91)) / 100 / 1000 * 1000;
                }
                cut[i][0] = (tot - cut[i][2] - cut[i][3]) * cover.franchise() / 100;
                payable += tot - cut[i][0] - cut[i][2] - cut[i][3];
            }
            // over the cover's ceiling: what this person (or family) has left of it this contract year
            long used = cover.family() ? familyUsage.getOrDefault(cover.id(), 0L)
                    : personUsage.containsKey(cover.id()) ? personUsage.get(cover.id())[0] : 0;
            long over = Math.max(0, payable - Math.max(0, cover.ceiling() - used));
            for (int i = count - 1; i >= 0 && over > 0; i--) {
                long itemPayable = totals[i] - cut[i][0] - cut[i][2] - cut[i][3];
                long take = Math.min(itemPayable, over);
                cut[i][1] = take;
                over -= take;
                payable -= take;
            }
            String[] titles = mix.titles();
            for (int i = 0; i < count; i++) {
                long itemId = itemIds.next();
                long deducted = cut[i][0] + cut[i][1] + cut[i][2] + cut[i][3];
                boolean withPhysician = !mix.itemKind().equals("OPTICS");
                itemInsert.setLong(1, itemId);
                itemInsert.setLong(2, claimId);
                itemInsert.setInt(3, i + 1);
                itemInsert.setString(4, mix.itemKind());
                itemInsert.setString(5, titles[(i + r.nextInt(titles.length)) % titles.length]);
                itemInsert.setString(6, withPhysician ? PHYSICIANS[r.nextInt(PHYSICIANS.length)] : null);
                itemInsert.setString(7, withPhysician ? String.valueOf(10_000 + r.nextInt(190_000)) : null);
                itemInsert.setObject(8, serviceDate);
                itemInsert.setInt(9, mix.itemKind().equals("DRUG") ? 1 + r.nextInt(3) : 1);
                itemInsert.setLong(10, totals[i]);
                itemInsert.setLong(11, deducted);
                itemInsert.setLong(12, totals[i] - deducted);
                itemInsert.addBatch();
                items++;
                String[] kinds = {"FRANCHISE", "OVER_CEILING", "OUT_OF_TARIFF", "NOT_COVERED"};
                for (int kind = 0; kind < 4; kind++) {
                    if (cut[i][kind] == 0) {
                        continue;
                    }
                    deductionInsert.setLong(1, deductionIds.next());
                    deductionInsert.setLong(2, claimId);
                    deductionInsert.setLong(3, itemId);
                    deductionInsert.setString(4, kinds[kind]);
                    deductionInsert.setLong(5, cut[i][kind]);
                    deductionInsert.setString(6, explanations[kind]);
                    deductionInsert.addBatch();
                    deductions++;
                    sums[kind] += cut[i][kind];
                }
                sums[4] += totals[i];
            }
            long[] usage = personUsage.computeIfAbsent(cover.id(), c -> new long[] {0, 0, k.contractId()});
            usage[0] += payable;
            usage[1]++;
            if (cover.family()) {
                familyUsage.merge(cover.id(), payable, Long::sum);
            }
            return payable;
        }

        private Instant later(Instant t, SplittableRandom r, int minDays, int maxDays) {
            Instant next = t.plusSeconds(minDays * 86_400L + r.nextLong((maxDays - minDays + 1) * 86_400L));
            return next.isAfter(now) ? now : next;
        }

        private static LocalDate day(Instant t) {
            return LocalDate.ofInstant(t, TEHRAN);
        }

        private static int pick(SplittableRandom r, int[] weights) {
            int sum = 0;
            for (int w : weights) {
                sum += w;
            }
            int x = r.nextInt(sum);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
            if (v == null) {
                s.setNull(i, Types.BIGINT);
            } else {
                s.setLong(i, v);
            }
        }

        private static void setTime(PreparedStatement s, int i, Instant v) throws SQLException {
            if (v == null) {
                s.setNull(i, Types.TIMESTAMP);
            } else {
                s.setTimestamp(i, Timestamp.from(v));
            }
        }
    }
}
