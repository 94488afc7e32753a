package ir.hami.membership.demo;

import ir.hami.platform.security.Role;
import ir.hami.membership.Gender;
import ir.hami.membership.Relation;
import ir.hami.membership.demo.DemoCatalog.AnnouncementEntry;
import ir.hami.membership.demo.DemoCatalog.CoverEntry;
import ir.hami.membership.demo.DemoCatalog.InsurerEntry;
import ir.hami.membership.demo.DemoLogins.MemberLogin;
import ir.hami.membership.demo.DemoLogins.StaffLogin;
import ir.hami.membership.demo.FamilyFactory.FixedDependent;
import ir.hami.membership.demo.FamilyFactory.Member;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.persistence.ConnectionSource;
import ir.hami.platform.persistence.IdSequence;
import ir.hami.platform.security.PasswordHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fills an empty, migrated Hami database with believable Persian demo data, with plain JDBC batches: insurers,
 * policyholders, contracts with their plans of covers, families (persons and their coverage), announcements and, if
 * asked, the demo logins ({@link DemoLogins}).
 *
 * <p>The same seed and the same day give the same data. Rows are streamed: nothing generated is kept beyond the
 * batch being written, so a million members take the same memory as a thousand. Ids come from {@code id_sequence}
 * in blocks ({@link IdSequence}), so the portal's JPA inserts never collide with these rows. Batches are committed
 * every {@link #batchRows} persons; a set smaller than one batch (the small demo set) is one transaction, all or
 * nothing.
 *
 * <p>National IDs come from a fixed sequence per seed: run it once per database (the loader and the benchmark
 * command both refuse a database that already has insurers).
 */
public final class DemoDataGenerator {

    /** The size the demo loader uses by default ({@code hami.demo.members=small}). */
    public static final long SMALL = 2_000;
    public static final long DEFAULT_SEED = 1405;
    public static final int DEFAULT_BATCH_ROWS = 5_000;

    /** What a run wrote. */
    public record Summary(int insurers, int policyholders, int contracts, int covers, long persons, long coverages,
                          int accounts, int announcements, Duration elapsed, DemoLogins logins) {

        public String describe() {
            return String.format(Locale.ROOT,
                    "%,d insurers, %,d policyholders, %,d contracts (%,d covers), %,d persons, %,d coverages, "
                            + "%,d accounts, %,d announcements in %.1f s",
                    insurers, policyholders, contracts, covers, persons, coverages, accounts, announcements,
                    elapsed.toMillis() / 1000.0);
        }
    }

    private static final String INSERT_INSURER = "insert into insurer (id, code, name, version) values (?,?,?,0)";
    private static final String INSERT_POLICYHOLDER =
            "insert into policyholder (id, name, registration_code, version) values (?,?,?,0)";
    private static final String INSERT_CONTRACT = "insert into insurance_contract (id, contract_number, insurer_id, "
            + "policyholder_id, membership_type, start_date, end_date, e_claims, login_policy, version) "
            + "values (?,?,?,?,?,?,?,?,?,0)";
    private static final String INSERT_COVER = "insert into contract_cover (id, contract_id, title, annual_ceiling, "
            + "franchise_percent, sort_order, cover_kind, family_ceiling) values (?,?,?,?,?,?,?,?)";
    private static final String INSERT_PERSON = "insert into person (id, national_id, first_name, last_name, "
            + "father_name, gender, birth_date, birth_certificate_no, mobile, phone, address, postal_code, iban, "
            + "version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,0)";
    private static final String INSERT_COVERAGE = "insert into coverage (id, contract_id, person_id, main_person_id, "
            + "member_code, relation, start_date, end_date, version) values (?,?,?,?,?,?,?,?,0)";
    private static final String INSERT_ANNOUNCEMENT = "insert into announcement (id, title, body, insurer_id, "
            + "published_on, expires_on, active, created_by, created_at, version) values (?,?,?,?,?,?,?,?,?,0)";
    private static final String INSERT_ACCOUNT = "insert into user_account (id, username, person_id, role, "
            + "display_name, password_hash, password_changed_at, must_change_password, enabled, created_at, "
            + "last_login_at, version) values (?,?,?,?,?,?,?,?,?,?,?,0)";

    private final ConnectionSource connections;
    private long members = SMALL;
    private long seed = DEFAULT_SEED;
    private Clock clock = Clock.system(ClockProducer.TEHRAN);
    private int batchRows = DEFAULT_BATCH_ROWS;
    private boolean accounts;
    private long progressEvery = 50_000;
    private Consumer<String> progress = line -> { };

    private DemoDataGenerator(ConnectionSource connections) {
        this.connections = Objects.requireNonNull(connections);
    }

    public static DemoDataGenerator on(DataSource dataSource) {
        return new DemoDataGenerator(dataSource::getConnection);
    }

    /** Where rows go. The generator opens two connections: one for the inserts, one for id reservations. */
    public static DemoDataGenerator on(ConnectionSource connections) {
        return new DemoDataGenerator(connections);
    }

    /** How many persons with coverage (main members and dependents together); at least 100. */
    public DemoDataGenerator members(long count) {
        if (count < 100) {
            throw new IllegalArgumentException("at least 100 members: " + count);
        }
        this.members = count;
        return this;
    }

    public DemoDataGenerator seed(long value) {
        this.seed = value;
        return this;
    }

    /** The clock that decides "today" (contract periods, ages) and the time stamps; Tehran's by default. */
    public DemoDataGenerator clock(Clock value) {
        this.clock = Objects.requireNonNull(value);
        return this;
    }

    /** Persons per JDBC batch and transaction (their coverage rows go with them). */
    public DemoDataGenerator batchRows(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("batch rows must be positive");
        }
        this.batchRows = value;
        return this;
    }

    /** Also create the staff users and the member logins of {@link DemoLogins} (the demo loader does). */
    public DemoDataGenerator withAccounts(boolean value) {
        this.accounts = value;
        return this;
    }

    /** Receives a line every {@code everyMembers} members written. */
    public DemoDataGenerator progress(Consumer<String> listener, long everyMembers) {
        this.progress = Objects.requireNonNull(listener);
        this.progressEvery = everyMembers;
        return this;
    }

    /** "small" (or empty) for {@link #SMALL}, else a number; digits may be grouped with _ or , (1_000_000). */
    public static long parseMembers(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("small")) {
            return SMALL;
        }
        return Long.parseLong(text.strip().replace("_", "").replace(",", ""));
    }

    /** Whether the database already has insurers: then neither the loader nor the benchmark writes into it. */
    public static boolean hasInsurers(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from insurer")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    public Summary generate() throws SQLException {
        try (Connection writes = connections.open(); Connection ids = connections.open()) {
            boolean autoCommit = writes.getAutoCommit();
            writes.setAutoCommit(false);
            try {
                Summary summary = new Run(writes, ids).run();
                writes.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                writes.rollback();
                throw e;
            } finally {
                writes.setAutoCommit(autoCommit);
            }
        }
    }

    /** One generation: its connections, statements, random streams and counters. */
    private final class Run {
        private final Connection connection;
        private final Connection idConnection;
        private final LocalDate today;
        private final Instant now;
        private final long started = System.nanoTime();
        private final SplittableRandom structureRandom;
        private final SplittableRandom familyRandom;
        private final FamilyFactory factory;
        private final IdSequence.Block personIds;
        private final IdSequence.Block coverageIds;
        private final Map<Integer, Integer> familySerials = new HashMap<>();
        private final long[] insurerIds = new long[DemoCatalog.INSURERS.size()];
        private final Map<Integer, Long> policyholderIds = new LinkedHashMap<>();
        private final Map<Integer, Long> contractIds = new HashMap<>();
        private final Map<Integer, Long> fixedMainPersonIds = new HashMap<>();
        private final Map<Integer, String> fixedMemberCodes = new HashMap<>();
        private final Map<Integer, Integer> fixedDependents = new HashMap<>();
        private PreparedStatement personInsert;
        private PreparedStatement coverageInsert;
        private int pendingPersons;
        private long persons;
        private long coverages;
        private long nextProgress;
        private int covers;

        Run(Connection connection, Connection idConnection) {
            this.connection = connection;
            this.idConnection = idConnection;
            this.today = LocalDate.now(clock);
            this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            SplittableRandom root = new SplittableRandom(seed);
            this.structureRandom = root.split();
            this.familyRandom = root.split();
            Set<String> fixedIds = Set.of(DemoLogins.ACTIVATED_NATIONAL_ID, DemoLogins.LEGACY_NATIONAL_ID,
                    DemoLogins.NOT_ACTIVATED_NATIONAL_ID, DemoLogins.INSURANCE_COMPANY_NATIONAL_ID);
            this.factory = new FamilyFactory(PersianNames.load(), new NationalIdSequence(seed, fixedIds), today);
            this.personIds = new IdSequence.Block(idConnection, "person", batchRows);
            this.coverageIds = new IdSequence.Block(idConnection, "coverage", batchRows + batchRows / 2);
            this.nextProgress = progressEvery;
        }

        Summary run() throws SQLException {
            List<ContractPlan> plans = ContractPlan.plans(members, today, structureRandom);
            writeInsurers();
            writePolicyholders(plans);
            writeContracts(plans);
            int announcements = writeAnnouncements();
            try (PreparedStatement p = connection.prepareStatement(INSERT_PERSON);
                 PreparedStatement c = connection.prepareStatement(INSERT_COVERAGE)) {
                personInsert = p;
                coverageInsert = c;
                writeFamilies(plans);
                flush();
            }
            int accountCount = 0;
            DemoLogins logins = null;
            if (accounts) {
                logins = logins(plans);
                accountCount = writeAccounts(logins);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return new Summary(insurerIds.length, policyholderIds.size(), plans.size(), covers, persons, coverages,
                    accountCount, announcements, elapsed, logins);
        }

        private void writeInsurers() throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(INSERT_INSURER)) {
                for (int i = 0; i < insurerIds.length; i++) {
                    InsurerEntry insurer = DemoCatalog.INSURERS.get(i);
                    insurerIds[i] = IdSequence.reserve(idConnection, "insurer", 1);
                    s.setLong(1, insurerIds[i]);
                    s.setString(2, insurer.code());
                    s.setString(3, insurer.name());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }

        private void writePolicyholders(List<ContractPlan> plans) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(INSERT_POLICYHOLDER)) {
                for (ContractPlan plan : plans) {
                    int holder = plan.policyholder();
                    if (policyholderIds.containsKey(holder)) {
                        continue;
                    }
                    long id = IdSequence.reserve(idConnection, "policyholder", 1);
                    policyholderIds.put(holder, id);
                    s.setLong(1, id);
                    s.setString(2, DemoCatalog.POLICYHOLDERS.get(holder).name());
                    s.setString(3, "10" + String.format("%09d", structureRandom.nextInt(1_000_000_000)));
                    s.addBatch();
                }
                s.executeBatch();
            }
        }

        private void writeContracts(List<ContractPlan> plans) throws SQLException {
            long contractId = IdSequence.reserve(idConnection, "insurance_contract", plans.size());
            try (PreparedStatement s = connection.prepareStatement(INSERT_CONTRACT)) {
                for (ContractPlan plan : plans) {
                    contractIds.put(plan.index(), contractId);
                    s.setLong(1, contractId++);
                    s.setString(2, plan.number(DemoCatalog.INSURERS.get(plan.insurer())));
                    s.setLong(3, insurerIds[plan.insurer()]);
                    s.setLong(4, policyholderIds.get(plan.policyholder()));
                    s.setString(5, plan.membershipType().name());
                    s.setObject(6, plan.start());
                    s.setObject(7, plan.end());
                    s.setBoolean(8, plan.electronicClaims());
                    s.setString(9, plan.loginPolicy().name());
                    s.addBatch();
                }
                s.executeBatch();
            }
            IdSequence.Block coverIds = new IdSequence.Block(idConnection, "contract_cover", 100);
            try (PreparedStatement s = connection.prepareStatement(INSERT_COVER)) {
                for (ContractPlan plan : plans) {
                    int order = 0;
                    for (CoverEntry cover : DemoCatalog.COVERS) {
                        boolean skipped = !cover.always() && structureRandom.nextInt(100) >= 55;
                        if (skipped && !plan.hasEveryCover()) {
                            continue;
                        }
                        s.setLong(1, coverIds.next());
                        s.setLong(2, contractIds.get(plan.index()));
                        s.setString(3, cover.title());
                        s.setLong(4, cover.ceiling(structureRandom));
                        s.setInt(5, cover.franchise(structureRandom));
                        s.setInt(6, order++);
                        s.setString(7, cover.kind().name());
                        s.setBoolean(8, cover.familyCeiling());
                        s.addBatch();
                        covers++;
                    }
                }
                s.executeBatch();
            }
        }

        private int writeAnnouncements() throws SQLException {
            List<AnnouncementEntry> entries = DemoCatalog.ANNOUNCEMENTS;
            long id = IdSequence.reserve(idConnection, "announcement", entries.size());
            try (PreparedStatement s = connection.prepareStatement(INSERT_ANNOUNCEMENT)) {
                for (AnnouncementEntry a : entries) {
                    LocalDate published = today.minusDays(a.publishedDaysAgo());
                    s.setLong(1, id++);
                    s.setString(2, a.title());
                    s.setString(3, a.body());
                    if (a.insurerIndex() == null) {
                        s.setNull(4, Types.BIGINT);
                    } else {
                        s.setLong(4, insurerIds[a.insurerIndex()]);
                    }
                    s.setObject(5, published);
                    if (a.expiresInDays() == null) {
                        s.setNull(6, Types.DATE);
                    } else {
                        s.setObject(6, today.plusDays(a.expiresInDays()));
                    }
                    s.setBoolean(7, a.active());
                    s.setString(8, "admin");
                    s.setTimestamp(9, Timestamp.from(now.minus(a.publishedDaysAgo(), ChronoUnit.DAYS)));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return entries.size();
        }

        /** Each weighted contract gets its share of the members; the fixed demo families come first in theirs. */
        private void writeFamilies(List<ContractPlan> plans) throws SQLException {
            long totalWeight = plans.stream().mapToLong(ContractPlan::weight).sum();
            long cumulativeWeight = 0;
            for (ContractPlan plan : plans) {
                if (plan.weight() == 0) {
                    continue;
                }
                cumulativeWeight += plan.weight();
                long target = cumulativeWeight == totalWeight ? members : members * cumulativeWeight / totalWeight;
                List<Member> fixed = fixedFamily(plan.index());
                if (fixed != null) {
                    writeFamily(plan, fixed, true);
                }
                while (persons < target) {
                    int maxSize = (int) Math.min(1 + FamilyFactory.MAX_DEPENDENTS, members - persons);
                    writeFamily(plan, factory.family(familyRandom, plan.membershipType(), maxSize), false);
                }
            }
        }

        private List<Member> fixedFamily(int planIndex) {
            return switch (planIndex) {
                case ContractPlan.GAS_GROUP -> factory.fixedFamily(familyRandom, DemoLogins.ACTIVATED_NATIONAL_ID,
                        "علی", "حسین‌زاده", "محمود", Gender.MALE, LocalDate.of(1985, 6, 12), "09191234567",
                        new FixedDependent(Relation.SPOUSE, "مریم", "کریمی", "حسن", Gender.FEMALE, 36),
                        new FixedDependent(Relation.CHILD, "محمدرضا", "حسین‌زاده", null, Gender.MALE, 10),
                        new FixedDependent(Relation.CHILD, "فاطمه", "حسین‌زاده", null, Gender.FEMALE, 6));
                case ContractPlan.CIVIL_FUND_LEGACY -> factory.fixedFamily(familyRandom,
                        DemoLogins.LEGACY_NATIONAL_ID, "حسن", "محمدی", "غلامرضا", Gender.MALE,
                        LocalDate.of(1961, 2, 3), "09131234567",
                        new FixedDependent(Relation.SPOUSE, "زهرا", "احمدی", "علی", Gender.FEMALE, 60));
                case ContractPlan.TELECOM_INSURANCE_COMPANY -> factory.fixedFamily(familyRandom,
                        DemoLogins.INSURANCE_COMPANY_NATIONAL_ID, "زهرا", "موسوی", "مهدی", Gender.FEMALE,
                        LocalDate.of(1988, 11, 20), "09351234567",
                        new FixedDependent(Relation.CHILD, "نازنین", "صادقی", "امیر", Gender.FEMALE, 8));
                case ContractPlan.STEEL_GROUP -> factory.fixedFamily(familyRandom,
                        DemoLogins.NOT_ACTIVATED_NATIONAL_ID, "رضا", "احمدی", "عباس", Gender.MALE,
                        LocalDate.of(1990, 9, 1), DemoLogins.ACTIVATION_MOBILE,
                        new FixedDependent(Relation.SPOUSE, "سارا", "رضایی", "جواد", Gender.FEMALE, 32),
                        new FixedDependent(Relation.CHILD, "امیرعلی", "احمدی", null, Gender.MALE, 3));
                default -> null;
            };
        }

        /**
         * Writes the persons and their coverage under the plan's contract: usually the contract's whole period; some
         * families joined later or left early; a baby is covered from birth. Most families of a renewed contract were
         * also covered by the year before's contract, with the same member codes.
         */
        private void writeFamily(ContractPlan plan, List<Member> family, boolean fixed) throws SQLException {
            int serial = familySerials.merge(plan.lineage(), 1, Integer::sum);
            LocalDate from = plan.start();
            LocalDate to = plan.end();
            int roll = fixed ? 100 : familyRandom.nextInt(100);
            LocalDate lastDay = to.isBefore(today) ? to : today;
            if (roll < 5 && lastDay.isAfter(from)) {
                from = from.plusDays(familyRandom.nextLong(ChronoUnit.DAYS.between(from, lastDay) + 1));
            } else if (roll >= 5 && roll < 7) {
                LocalDate notBefore = from; // the youngest member must have been born by then
                for (Member m : family) {
                    notBefore = later(notBefore, m.birthDate());
                }
                if (notBefore.isBefore(to)) {
                    to = notBefore.plusDays(familyRandom.nextLong(ChronoUnit.DAYS.between(notBefore, to) + 1));
                }
            }
            ContractPlan previous = plan.predecessor();
            boolean renewed = previous != null && (fixed || roll >= 5 && familyRandom.nextInt(100) < 85);
            long mainId = 0;
            int index = 0;
            for (Member m : family) {
                if (m.birthDate().isAfter(to)) {
                    continue; // born after this contract ended: not in this family's roster
                }
                long personId = personIds.next();
                if (index == 0) {
                    mainId = personId;
                }
                writePerson(personId, m);
                String memberCode = plan.memberCode(serial, index);
                writeCoverage(plan, personId, mainId, memberCode, m.relation(), later(from, m.birthDate()), to);
                if (renewed && !m.birthDate().isAfter(previous.end())) {
                    writeCoverage(previous, personId, mainId, memberCode, m.relation(),
                            later(previous.start(), m.birthDate()), previous.end());
                }
                if (fixed && index == 0) {
                    fixedMainPersonIds.put(plan.index(), personId);
                    fixedMemberCodes.put(plan.index(), memberCode);
                    fixedDependents.put(plan.index(), family.size() - 1);
                }
                index++;
            }
            if (pendingPersons >= batchRows) {
                flush();
            }
            if (persons >= nextProgress) {
                nextProgress += progressEvery;
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.accept(String.format(Locale.ROOT, "%,d / %,d members, %,d coverages, %.0f s, %,.0f members/s",
                        persons, members, coverages, seconds, persons / Math.max(seconds, 0.001)));
            }
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return b.isAfter(a) ? b : a;
        }

        private void writePerson(long id, Member m) throws SQLException {
            PreparedStatement s = personInsert;
            s.setLong(1, id);
            s.setString(2, m.nationalId());
            s.setString(3, m.firstName());
            s.setString(4, m.lastName());
            s.setString(5, m.fatherName());
            s.setString(6, m.gender().name());
            s.setObject(7, m.birthDate());
            s.setString(8, m.birthCertificateNo());
            s.setString(9, m.mobile());
            s.setString(10, m.phone());
            s.setString(11, m.address());
            s.setString(12, m.postalCode());
            s.setString(13, m.iban());
            s.addBatch();
            pendingPersons++;
            persons++;
        }

        private void writeCoverage(ContractPlan plan, long personId, long mainId, String memberCode, Relation relation,
                                   LocalDate start, LocalDate end) throws SQLException {
            PreparedStatement s = coverageInsert;
            s.setLong(1, coverageIds.next());
            s.setLong(2, contractIds.get(plan.index()));
            s.setLong(3, personId);
            s.setLong(4, mainId);
            s.setString(5, memberCode);
            s.setString(6, relation.name());
            s.setObject(7, start);
            s.setObject(8, end);
            s.addBatch();
            coverages++;
        }

        /** Persons before their coverage (foreign keys), then commit when the set is larger than one batch. */
        private void flush() throws SQLException {
            if (pendingPersons == 0) {
                return;
            }
            personInsert.executeBatch();
            coverageInsert.executeBatch();
            pendingPersons = 0;
            if (members > batchRows) {
                connection.commit();
            }
        }

        private DemoLogins logins(List<ContractPlan> plans) {
            return new DemoLogins(DemoLogins.STAFF,
                    memberLogin(plans, ContractPlan.GAS_GROUP, DemoLogins.ACTIVATED_NATIONAL_ID, "علی حسین‌زاده",
                            "09191234567", DemoLogins.MEMBER_PASSWORD, false),
                    memberLogin(plans, ContractPlan.CIVIL_FUND_LEGACY, DemoLogins.LEGACY_NATIONAL_ID, "حسن محمدی",
                            "09131234567", DemoLogins.LEGACY_NATIONAL_ID, true),
                    memberLogin(plans, ContractPlan.STEEL_GROUP, DemoLogins.NOT_ACTIVATED_NATIONAL_ID, "رضا احمدی",
                            DemoLogins.ACTIVATION_MOBILE, null, false),
                    memberLogin(plans, ContractPlan.TELECOM_INSURANCE_COMPANY,
                            DemoLogins.INSURANCE_COMPANY_NATIONAL_ID, "زهرا موسوی", "09351234567",
                            DemoLogins.MEMBER_PASSWORD, false));
        }

        private MemberLogin memberLogin(List<ContractPlan> plans, int planIndex, String nationalId, String name,
                                        String mobile, String password, boolean mustChange) {
            ContractPlan plan = plans.get(planIndex);
            InsurerEntry insurer = DemoCatalog.INSURERS.get(plan.insurer());
            return new MemberLogin(nationalId, fixedMemberCodes.get(planIndex), password, mustChange, mobile, name,
                    plan.membershipType(), plan.loginPolicy(), insurer.name(), plan.number(insurer),
                    fixedDependents.get(planIndex));
        }

        /**
         * Staff users and the member accounts of the logins. Each distinct password is hashed once (PBKDF2 takes a
         * fifth of a second); the member without a password gets no account: they activate the portal themselves.
         */
        private int writeAccounts(DemoLogins logins) throws SQLException {
            Map<String, String> hashes = new HashMap<>();
            int count = 0;
            try (PreparedStatement s = connection.prepareStatement(INSERT_ACCOUNT)) {
                for (StaffLogin staff : logins.staff()) {
                    String hash = hashes.computeIfAbsent(staff.password(), PasswordHasher::hash);
                    account(s, staff.username(), null, staff.role(), staff.displayName(), hash, false, null);
                    count++;
                }
                int[] planIndexes = {ContractPlan.GAS_GROUP, ContractPlan.CIVIL_FUND_LEGACY,
                        ContractPlan.STEEL_GROUP, ContractPlan.TELECOM_INSURANCE_COMPANY};
                List<MemberLogin> members = new ArrayList<>(List.of(logins.activatedMember(), logins.legacyMember(),
                        logins.notActivatedMember(), logins.insuranceCompanyMember()));
                for (int i = 0; i < members.size(); i++) {
                    MemberLogin m = members.get(i);
                    if (m.password() == null) {
                        continue;
                    }
                    String hash = hashes.computeIfAbsent(m.password(), PasswordHasher::hash);
                    Instant lastLogin = m.mustChangePassword() ? null : now.minus(2, ChronoUnit.DAYS);
                    account(s, m.nationalId(), fixedMainPersonIds.get(planIndexes[i]), Role.MEMBER, m.fullName(),
                            hash, m.mustChangePassword(), lastLogin);
                    count++;
                }
                s.executeBatch();
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "update user_account set claims_supervisor = ? where username = ?")) {
                for (StaffLogin staff : logins.staff()) {
                    if (staff.claimsSupervisor()) {
                        s.setBoolean(1, true);
                        s.setString(2, staff.username());
                        s.executeUpdate();
                    }
                }
            }
            return count;
        }

        private void account(PreparedStatement s, String username, Long personId, Role role, String displayName,
                             String hash, boolean mustChange, Instant lastLogin) throws SQLException {
            s.setLong(1, IdSequence.reserve(idConnection, "user_account", 1));
            s.setString(2, username);
            if (personId == null) {
                s.setNull(3, Types.BIGINT);
            } else {
                s.setLong(3, personId);
            }
            s.setString(4, role.name());
            s.setString(5, displayName);
            s.setString(6, hash);
            if (mustChange) {
                s.setNull(7, Types.TIMESTAMP);
            } else {
                s.setTimestamp(7, Timestamp.from(now.minus(30, ChronoUnit.DAYS)));
            }
            s.setBoolean(8, mustChange);
            s.setBoolean(9, true);
            s.setTimestamp(10, Timestamp.from(now.minus(30, ChronoUnit.DAYS)));
            if (lastLogin == null) {
                s.setNull(11, Types.TIMESTAMP);
            } else {
                s.setTimestamp(11, Timestamp.from(lastLogin));
            }
            s.addBatch();
        }
    }
}
