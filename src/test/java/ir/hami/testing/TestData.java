package ir.hami.testing;

import ir.hami.platform.id.NationalId;
import ir.hami.platform.persistence.ConnectionSource;
import ir.hami.platform.security.PasswordHasher;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builders that write test fixtures straight into the test database with JDBC, using the same id sequences as the
 * portal. Every fixture is new and unique (fresh national IDs, usernames and contract numbers), so tests do not
 * depend on each other or on the demo data.
 */
public final class TestData {

    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    /** Where fixtures go: a JDBC URL from outside the portal, or the portal's own datasource inside it. */
    private final ConnectionSource connections;

    private TestData(ConnectionSource connections) {
        this.connections = connections;
    }

    public static TestData on(String jdbcUrl) {
        return new TestData(() -> ItDatabase.connect(jdbcUrl));
    }

    /** A database of a test's own with its own user (e.g. a fault test's private MariaDB). */
    public static TestData on(String jdbcUrl, String user, String password) {
        return new TestData(() -> java.sql.DriverManager.getConnection(jdbcUrl, user, password));
    }

    /** Inside an Arquillian deployment: the portal's datasource. */
    public static TestData on(javax.sql.DataSource dataSource) {
        return new TestData(dataSource::getConnection);
    }

    /** The database of the portal that browser tests drive (starting that portal first, so its schema exists). */
    public static TestData browser() {
        PortalServer.baseUrl();
        return on(ItDatabase.browserUrl());
    }

    public static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet();
    }

    /** A random national ID with a correct check digit, never all-equal digits. */
    public static String newNationalId() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            String id = digits.toString() + NationalId.checkDigit(digits.toString());
            if (!id.chars().allMatch(c -> c == id.charAt(0))) {
                return id;
            }
        }
    }

    public static String newMobile() {
        return "0912" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    public long insurer(String name) {
        long id = nextId("insurer");
        update("insert into insurer (id, code, name, version) values (?,?,?,0)", id, unique("I"), name);
        return id;
    }

    public long policyholder(String name) {
        long id = nextId("policyholder");
        update("insert into policyholder (id, name, version) values (?,?,0)", id, name);
        return id;
    }

    public ContractBuilder contract(long insurerId, long policyholderId) {
        return new ContractBuilder(insurerId, policyholderId);
    }

    public FamilyBuilder family(long contractId) {
        return new FamilyBuilder(contractId);
    }

    /** A member account with a password (activated), for the person with this national ID. */
    public long memberAccount(long personId, String nationalId, String password) {
        long id = nextId("user_account");
        update("insert into user_account (id, username, person_id, role, display_name, password_hash, "
                        + "password_changed_at, must_change_password, enabled, created_at, version) "
                        + "values (?,?,?,?,?,?,?,?,?,?,0)",
                id, nationalId, personId, "MEMBER", "member " + nationalId, PasswordHasher.hash(password),
                now(), false, true, now());
        return id;
    }

    /** A staff or treatment-centre user. */
    public String staff(String role, String password) {
        String username = unique(role.toLowerCase() + "_");
        update("insert into user_account (id, username, role, display_name, password_hash, password_changed_at, "
                        + "must_change_password, enabled, created_at, version) values (?,?,?,?,?,?,?,?,?,0)",
                nextId("user_account"), username, role, "کاربر " + role, PasswordHasher.hash(password), now(),
                false, true, now());
        return username;
    }

    /** A treatment centre in the first city of the reference data (provinces are never invented); returns its id. */
    public long center(String name) {
        long city = ((Number) queryValue("select min(id) from city")).longValue();
        long province = ((Number) queryValue("select province_id from city where id = ?", city)).longValue();
        long id = nextId("treatment_center");
        update("insert into treatment_center (id, code, name, search_name, center_type, contract_type, province_id, "
                + "city_id, issues_referrals, online_referrals, active, version) values (?,?,?,?,?,?,?,?,?,?,?,0)",
                id, unique("TC"), name, name, "PRIVATE_HOSPITAL", "DIRECT", province, city, false, false, true);
        nameIndex(id, name);
        return id;
    }

    /** A treatment-centre user of this centre; returns the username. */
    public String centerUser(long centerId, String password) {
        String username = staff("CENTER", password);
        update("update user_account set center_id = ? where username = ?", centerId, username);
        return username;
    }

    /** An API key of a centre (stored hashed, like the portal does); returns the key. */
    public String apiKey(long centerId, boolean revoked) {
        String key = unique("hami_test_key_") + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        update("insert into api_key (id, center_id, key_prefix, key_hash, label, created_at, created_by, revoked_at) "
                        + "values (?,?,?,?,?,?,?,?)", nextId("api_key"), centerId, key.substring(0, 12),
                PasswordHasher.sha256(key), "test", now(), "test", revoked ? now() : null);
        return key;
    }

    public final class ContractBuilder {
        private final long insurerId;
        private final long policyholderId;
        private String number = unique("C-");
        private String membershipType = "GROUP";
        private String loginPolicy = "STANDARD";
        private LocalDate start = LocalDate.now().minusMonths(3);
        private LocalDate end = LocalDate.now().plusMonths(9);
        private final List<Object[]> covers = new ArrayList<>();

        private ContractBuilder(long insurerId, long policyholderId) {
            this.insurerId = insurerId;
            this.policyholderId = policyholderId;
        }

        public ContractBuilder number(String value) { number = value; return this; }
        public ContractBuilder membershipType(String value) { membershipType = value; return this; }
        public ContractBuilder legacyLogin() { loginPolicy = "LEGACY"; return this; }
        public ContractBuilder period(LocalDate from, LocalDate to) { start = from; end = to; return this; }
        public ContractBuilder cover(String title, long ceiling, int franchise) {
            covers.add(new Object[] {title, ceiling, franchise});
            return this;
        }

        public String number() { return number; }

        public long create() {
            long id = nextId("insurance_contract");
            update("insert into insurance_contract (id, contract_number, insurer_id, policyholder_id, membership_type, "
                            + "start_date, end_date, e_claims, login_policy, version) values (?,?,?,?,?,?,?,?,?,0)",
                    id, number, insurerId, policyholderId, membershipType, start, end, true, loginPolicy);
            int order = 0;
            for (Object[] cover : covers) {
                update("insert into contract_cover (id, contract_id, title, annual_ceiling, franchise_percent, "
                        + "sort_order) values (?,?,?,?,?,?)", nextId("contract_cover"), id, cover[0], cover[1],
                        cover[2], order++);
            }
            return id;
        }
    }

    /** A person as created: ids and what a test types. */
    public record Member(long personId, String nationalId, String memberCode, String mobile, String firstName,
                         String lastName) {
        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public record Family(Member main, List<Member> dependents) {
    }

    public final class FamilyBuilder {
        private final long contractId;
        private String mobile = newMobile();
        private boolean withMobile = true;
        private int dependents;
        private String lastName = "تست‌زاده";
        private LocalDate start;
        private LocalDate end;

        private FamilyBuilder(long contractId) {
            this.contractId = contractId;
        }

        public FamilyBuilder mobile(String value) { mobile = value; return this; }
        public FamilyBuilder noMobile() { withMobile = false; return this; }
        public FamilyBuilder dependents(int count) { dependents = count; return this; }
        public FamilyBuilder lastName(String value) { lastName = value; return this; }
        public FamilyBuilder period(LocalDate from, LocalDate to) { start = from; end = to; return this; }

        public Family create() {
            LocalDate[] period = contractPeriod();
            LocalDate from = start != null ? start : period[0];
            LocalDate to = end != null ? end : period[1];
            Member main = person("علی", lastName, "MALE", withMobile ? mobile : null);
            coverage(main, main, "SELF", from, to);
            List<Member> deps = new ArrayList<>();
            for (int i = 0; i < dependents; i++) {
                String[] names = {"زهرا", "مریم", "حسین", "فاطمه", "رضا", "سارا", "محمد", "نرگس"};
                Member dep = person(names[i % names.length], lastName, i % 2 == 0 ? "FEMALE" : "MALE", null);
                coverage(dep, main, i == 0 ? "SPOUSE" : "CHILD", from, to);
                deps.add(dep);
            }
            return new Family(main, deps);
        }

        private LocalDate[] contractPeriod() {
            try (Connection c = connections.open();
                 PreparedStatement s = c.prepareStatement(
                         "select start_date, end_date from insurance_contract where id = ?")) {
                s.setLong(1, contractId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()};
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private Member person(String first, String last, String gender, String mobileNumber) {
            long id = nextId("person");
            String nationalId = newNationalId();
            update("insert into person (id, national_id, first_name, last_name, father_name, gender, birth_date, "
                            + "birth_certificate_no, mobile, version) values (?,?,?,?,?,?,?,?,?,0)",
                    id, nationalId, first, last, "حسن", gender, LocalDate.of(1985, 3, 21), "1234", mobileNumber);
            return new Member(id, nationalId, unique("M"), mobileNumber, first, last);
        }

        private void coverage(Member person, Member main, String relation, LocalDate from, LocalDate to) {
            update("insert into coverage (id, contract_id, person_id, main_person_id, member_code, relation, "
                            + "start_date, end_date, version) values (?,?,?,?,?,?,?,?,0)",
                    nextId("coverage"), contractId, person.personId(), main.personId(), person.memberCode(),
                    relation, from, to);
        }
    }

    /** A new treatment centre in a reference city (by its id in V3, e.g. 1 = تبریز, 160 = شیراز). */
    public CenterBuilder center(String name, long cityId) {
        return new CenterBuilder(name, cityId);
    }

    /** The referral unit's lines for an insurer's members. */
    public long referralContact(long insurerId, String hours, String office, String afterHours) {
        long id = nextId("referral_contact");
        update("insert into referral_contact (id, insurer_id, office_hours, office_phones, after_hours_phones, version)"
                + " values (?,?,?,?,?,0)", id, insurerId, hours, office, afterHours);
        return id;
    }

    public final class CenterBuilder {
        private final String name;
        private final long cityId;
        private String type = "PRIVATE_HOSPITAL";
        private String contractType = "DIRECT";
        private boolean issues;
        private boolean online;
        private boolean active = true;
        private String address;
        private Double latitude;
        private Double longitude;
        private final List<Long> insurers = new java.util.ArrayList<>();
        private final List<String> services = new java.util.ArrayList<>();
        private final List<String[]> physicians = new java.util.ArrayList<>();

        private CenterBuilder(String name, long cityId) {
            this.name = name;
            this.cityId = cityId;
        }

        public CenterBuilder type(String value) { type = value; return this; }
        public CenterBuilder contractType(String value) { contractType = value; return this; }
        public CenterBuilder issuesReferrals() { issues = true; return this; }
        public CenterBuilder onlineReferrals() { issues = true; online = true; return this; }
        public CenterBuilder inactive() { active = false; return this; }
        public CenterBuilder address(String value) { address = value; return this; }
        public CenterBuilder at(double lat, double lng) { latitude = lat; longitude = lng; return this; }
        public CenterBuilder insurer(long id) { insurers.add(id); return this; }
        public CenterBuilder service(String title) { services.add(title); return this; }
        public CenterBuilder physician(String name, String specialty, String code) {
            physicians.add(new String[] {name, specialty, code});
            return this;
        }

        public long create() {
            long id = nextId("treatment_center");
            Object province = queryValue("select province_id from city where id = ?", cityId);
            update("insert into treatment_center (id, code, name, search_name, center_type, contract_type, province_id,"
                            + " city_id, address, phone, latitude, longitude, issues_referrals, online_referrals, active,"
                            + " version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                    id, unique("TC"), ir.hami.platform.text.PersianText.normalize(name),
                    ir.hami.network.TreatmentCenter.searchForm(name), type, contractType, province, cityId, address,
                    "021-88000000", latitude == null ? null : java.math.BigDecimal.valueOf(latitude),
                    longitude == null ? null : java.math.BigDecimal.valueOf(longitude), issues, online, active);
            nameIndex(id, name);
            for (long insurer : insurers) {
                update("insert into center_insurer (center_id, insurer_id) values (?,?)", id, insurer);
            }
            for (String title : services) {
                update("insert into center_service (id, center_id, title) values (?,?,?)", nextId("center_service"),
                        id, title);
            }
            for (String[] p : physicians) {
                update("insert into physician (id, center_id, name, specialty, council_code) values (?,?,?,?,?)",
                        nextId("physician"), id, p[0], p[1], p[2]);
            }
            return id;
        }
    }

    /** A stored file (an upload as the portal keeps it); returns its id. */
    public long storedFile(String name, String contentType, byte[] bytes) {
        long id = nextId("stored_file");
        update("insert into stored_file (id, file_name, content_type, size_bytes, sha256, data, created_at) "
                + "values (?,?,?,?,?,?,?)", id, name, contentType, (long) bytes.length,
                ir.hami.platform.files.FileStore.sha256(bytes), bytes, now());
        return id;
    }

    /** A tiny valid PNG (1×1), what a photographed document stands for in tests. */
    public static byte[] png() {
        return java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
                + "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }

    /** A referral request written straight into the database (as a member's request, SUBMITTED unless told). */
    public ReferralBuilder referral(Member patient, Member main, long contractId, long centerId) {
        return new ReferralBuilder(patient, main, contractId, centerId);
    }

    /** A referral request as created: its id and tracking code. */
    public record Referral(long id, String trackingCode) {
    }

    public final class ReferralBuilder {
        private final Member patient;
        private final Member main;
        private final long contractId;
        private final long centerId;
        private String status = "SUBMITTED";
        private String channel = "MEMBER";
        private String requestedBy = "test";
        private String cause = "بستری عمومی";
        private String physician = "دکتر آزمون";
        private Long procedureId;
        private boolean examRequired;
        private LocalDate admission = LocalDate.now().plusDays(3);
        private Instant requestedAt = now();
        private LocalDate validFrom;
        private LocalDate validTo;
        private String verificationCode;

        private ReferralBuilder(Member patient, Member main, long contractId, long centerId) {
            this.patient = patient;
            this.main = main;
            this.contractId = contractId;
            this.centerId = centerId;
        }

        public ReferralBuilder status(String value) { status = value; return this; }
        public ReferralBuilder byCenter(String username) { channel = "CENTER"; requestedBy = username; return this; }
        public ReferralBuilder requestedBy(String username) { requestedBy = username; return this; }
        public ReferralBuilder cause(String value) { cause = value; return this; }
        public ReferralBuilder physician(String value) { physician = value; return this; }
        public ReferralBuilder procedure(long id, boolean requiresExam) {
            procedureId = id;
            examRequired = requiresExam;
            return this;
        }
        public ReferralBuilder admission(LocalDate value) { admission = value; return this; }
        public ReferralBuilder requestedAt(Instant value) { requestedAt = value.truncatedTo(ChronoUnit.SECONDS); return this; }
        /** ISSUED with these dates and this verification code (20 characters of the letter alphabet). */
        public ReferralBuilder issued(LocalDate from, LocalDate to, String code) {
            status = "ISSUED";
            validFrom = from;
            validTo = to;
            verificationCode = code;
            return this;
        }

        public Referral create() {
            long id = nextId("referral_request");
            String nine = String.valueOf(100_000_000L + id);
            String tracking = nine + ir.hami.platform.id.TrackingCodes.luhnDigit(nine);
            Object insurer = queryValue("select insurer_id from insurance_contract where id = ?", contractId);
            Object province = queryValue("select province_id from treatment_center where id = ?", centerId);
            boolean awaiting = status.equals("SUBMITTED") || status.equals("EXAM_REQUIRED")
                    || status.equals("EXAM_BOOKED");
            boolean issued = status.equals("ISSUED");
            update("insert into referral_request (id, tracking_code, channel, requested_by, person_id, main_person_id, "
                            + "contract_id, insurer_id, national_id, patient_name, center_id, province_id, procedure_id, "
                            + "cause, physician, admission_date, status, awaiting_unit, exam_required, requested_at, "
                            + "updated_at, letter_number, verification_code, letter_valid_from, letter_valid_to, "
                            + "covered_procedure, commitment_ceiling, franchise_percent, decided_by, decided_at, version)"
                            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                    id, tracking, channel, requestedBy, patient.personId(), main.personId(), contractId, insurer,
                    patient.nationalId(), patient.fullName(), centerId, province, procedureId, cause, physician,
                    admission, status, awaiting, examRequired, requestedAt, requestedAt,
                    issued ? "1405-" + String.format("%08d", id) : null, issued ? verificationCode : null,
                    issued ? validFrom : null, issued ? validTo : null, issued ? cause : null,
                    issued ? 500_000_000L : null, issued ? 10 : null, issued ? "referral" : null,
                    issued ? requestedAt : null);
            update("insert into referral_event (id, request_id, at_time, actor, action, from_status, to_status, note) "
                    + "values (?,?,?,?,?,?,?,?)", nextId("referral_event"), id, requestedAt, requestedBy, "SUBMITTED",
                    null, "SUBMITTED", null);
            return new Referral(id, tracking);
        }
    }

    /** Runs any statement on the test database, for what the builders do not cover. */
    public int update(String sql, Object... args) {
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row, or null. */
    public Object queryValue(String sql, Object... args) {
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * The value of {@code sql} once it is {@code expected} (numbers compared by value), asking again for up to 10 s:
     * for what the portal writes moments after it answers (the API's audit rows). Returns the last value read, so the
     * caller's assertEquals shows what was there when the time ran out.
     */
    public Object queryValueSoon(Object expected, String sql, Object... args) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Object value = queryValue(sql, args);
            boolean same = expected instanceof Number e && value instanceof Number v
                    ? e.longValue() == v.longValue() : java.util.Objects.equals(expected, value);
            if (same || System.nanoTime() - deadline > 0) {
                return value instanceof Number v && expected instanceof Long ? (Object) v.longValue() : value;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return value;
            }
        }
    }

    /** The centre's rows of the name index, as the portal writes them. */
    private void nameIndex(long centerId, String name) {
        try (Connection c = connections.open(); PreparedStatement insert = c.prepareStatement(
                ir.hami.network.CenterNameIndex.INSERT)) {
            ir.hami.network.CenterNameIndex.add(insert, centerId, name);
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reserves one id from the portal's own sequence table, in a transaction, like EclipseLink does. */
    public long nextId(String sequence) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            try (PreparedStatement up = c.prepareStatement(
                    "update id_sequence set next_val = next_val + 1 where seq_name = ?");
                 PreparedStatement read = c.prepareStatement(
                         "select next_val from id_sequence where seq_name = ?")) {
                up.setString(1, sequence);
                up.executeUpdate();
                read.setString(1, sequence);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    c.commit();
                    return id;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof LocalDate date) {
                s.setDate(i + 1, Date.valueOf(date));
            } else if (arg instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                s.setObject(i + 1, arg);
            }
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
