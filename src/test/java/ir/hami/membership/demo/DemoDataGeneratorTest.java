package ir.hami.membership.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.ClockProducer;
import ir.hami.platform.id.Iban;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.security.PasswordHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 10,000-member run into an in-memory H2 database with the real schema, checked like a careful reviewer would. */
class DemoDataGeneratorTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T08:00:00Z"), ClockProducer.TEHRAN);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final long MEMBERS = 10_000;

    private static String url;
    private static DemoDataGenerator.Summary summary;

    @BeforeAll
    static void generate() throws SQLException {
        url = migratedDatabase("gen");
        summary = DemoDataGenerator.on(() -> DriverManager.getConnection(url, "sa", ""))
                .members(MEMBERS).seed(42).clock(CLOCK).batchRows(2_000).generate();
    }

    /** A fresh in-memory H2 database with the Flyway migrations applied. */
    static String migratedDatabase(String name) {
        String jdbcUrl = "jdbc:h2:mem:" + name + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(jdbcUrl, "sa", "").locations("classpath:db/migration").load().migrate();
        return jdbcUrl;
    }

    @Test
    void writesExactlyTheRequestedMembersEachWithCoverage() throws SQLException {
        assertEquals(MEMBERS, summary.persons());
        assertEquals(MEMBERS, count("select count(*) from person"));
        assertEquals(0, count("select count(*) from person p where not exists "
                + "(select 1 from coverage c where c.person_id = p.id)"));
        assertEquals(summary.coverages(), count("select count(*) from coverage"));
    }

    @Test
    void everyNationalIdIsValidAndUnique() throws SQLException {
        List<String> ids = strings("select national_id from person");
        assertEquals(MEMBERS, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "national IDs repeat");
        for (String id : ids) {
            assertTrue(NationalId.isValid(id), () -> "invalid national ID " + id);
        }
    }

    @Test
    void everyFamilyHasOneMainMemberAndItsDependentsPointToIt() throws SQLException {
        assertEquals(0, count("select count(*) from coverage "
                + "where (relation = 'SELF') <> (person_id = main_person_id)"),
                "SELF exactly where the person is the main member");
        assertEquals(0, count("select count(*) from (select main_person_id, contract_id from coverage "
                + "group by main_person_id, contract_id "
                + "having sum(case when relation = 'SELF' then 1 else 0 end) <> 1) f"), "one SELF per family");
        assertEquals(0, count("select count(*) from (select main_person_id, contract_id from coverage "
                + "group by main_person_id, contract_id having count(*) > 6) f"), "at most five dependents");
        assertEquals(0, count("select count(*) from (select main_person_id, contract_id from coverage "
                + "where relation = 'SPOUSE' group by main_person_id, contract_id having count(*) > 1) f"));
        long families = count("select count(*) from coverage where relation = 'SELF'");
        long withDependents = count("select count(distinct main_person_id) from coverage where relation <> 'SELF'");
        assertTrue(families > MEMBERS / 5 && families < MEMBERS / 2, "families " + families);
        assertTrue(withDependents > families / 2, "most families have dependents");
    }

    @Test
    void dependentsFitTheirRelation() throws SQLException {
        String sql = "select c.relation, p.gender, p.birth_date, m.gender, m.birth_date, p.last_name, m.last_name, "
                + "p.father_name, m.first_name from coverage c join person p on p.id = c.person_id "
                + "join person m on m.id = c.main_person_id where c.relation <> 'SELF'";
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                String relation = rs.getString(1);
                String gender = rs.getString(2);
                LocalDate birth = rs.getObject(3, LocalDate.class);
                String mainGender = rs.getString(4);
                LocalDate mainBirth = rs.getObject(5, LocalDate.class);
                int gap = Period.between(birth, mainBirth).getYears();
                String row = relation + " " + gender + " " + birth + " of " + mainGender + " " + mainBirth;
                switch (relation) {
                    case "SPOUSE" -> {
                        assertNotEquals(mainGender, gender, row);
                        assertTrue(Period.between(birth, TODAY).getYears() >= 18, row);
                    }
                    case "CHILD" -> {
                        assertTrue(-gap >= 18, "a parent is at least 18 years older: " + row);
                        assertTrue(Period.between(birth, TODAY).getYears() <= 25, row);
                        if (mainGender.equals("MALE")) {
                            assertEquals(rs.getString(7), rs.getString(6), "a child has the father's last name");
                            assertEquals(rs.getString(9), rs.getString(8), "and his first name as father's name");
                        }
                    }
                    case "FATHER", "MOTHER" -> {
                        assertEquals(relation.equals("FATHER") ? "MALE" : "FEMALE", gender, row);
                        assertTrue(gap >= 18, "a parent is at least 18 years older: " + row);
                    }
                    default -> throw new AssertionError("unexpected relation " + row);
                }
                assertFalse(birth.isAfter(TODAY), row);
            }
            assertTrue(rows > MEMBERS / 2);
        }
        assertEquals(0, count("select count(*) from coverage c join person p on p.id = c.person_id "
                + "join person m on m.id = c.main_person_id where c.relation = 'FATHER' "
                + "and m.father_name <> p.first_name"), "a covered father is the one named as the member's father");
    }

    @Test
    void memberCodesAreUniquePerContract() throws SQLException {
        assertEquals(0, count("select count(*) from (select contract_id, member_code from coverage "
                + "group by contract_id, member_code having count(*) > 1) d"));
        for (String code : strings("select member_code from coverage")) {
            assertTrue(code.matches("[0-9]{11}"), code);
        }
    }

    @Test
    void renewedContractsKeepTheFamiliesAndTheirMemberCodes() throws SQLException {
        long both = count("select count(*) from coverage a join coverage b on a.person_id = b.person_id "
                + "and a.contract_id <> b.contract_id and a.member_code = b.member_code");
        assertTrue(both > 0, "some persons are covered by a contract and its renewal");
    }

    @Test
    void ibansMobilesAndPostalCodesAreValid() throws SQLException {
        List<String> ibans = strings("select iban from person where iban is not null");
        assertTrue(ibans.size() > MEMBERS / 20, "some members have an IBAN: " + ibans.size());
        for (String iban : ibans) {
            assertTrue(Iban.isValid(iban), iban);
            IbanUtil.validate(iban);
        }
        List<String> mobiles = strings("select mobile from person where mobile is not null");
        for (String mobile : mobiles) {
            assertEquals(mobile, MobileNumber.parse(mobile).value());
        }
        long mains = count("select count(distinct person_id) from coverage where relation = 'SELF'");
        long mainsWithMobile = count("select count(distinct p.id) from coverage c join person p on p.id = c.person_id "
                + "where c.relation = 'SELF' and p.mobile is not null");
        assertTrue(mainsWithMobile > mains * 8 / 10 && mainsWithMobile < mains, "most, not all, main members "
                + "have a mobile: " + mainsWithMobile + " of " + mains);
        for (String code : strings("select postal_code from person where postal_code is not null")) {
            assertTrue(code.matches("[13-9]{5}[0-9]{5}"), code);
        }
    }

    @Test
    void namesArePersianWithPersianLettersAndZeroWidthNonJoiners() throws SQLException {
        List<String> names = strings("select first_name || ' ' || last_name || ' ' || coalesce(father_name, '') "
                + "from person");
        for (String name : names) {
            assertFalse(name.contains("\u064A") || name.contains("\u0643"), "Arabic ye or kaf in " + name);
            assertFalse(name.isBlank());
        }
        assertTrue(count("select count(distinct first_name) from person") > 200);
        assertTrue(count("select count(distinct last_name) from person") > 200);
        assertTrue(count("select count(*) from person where last_name like '%\u200C%'") > 0, "ZWNJ in some names");
    }

    @Test
    void birthCertificateNumberIsTheNationalIdForBirthsSince1369() throws SQLException {
        assertEquals(0, count("select count(*) from person where birth_date >= date '1990-03-21' "
                + "and birth_certificate_no <> national_id"));
        assertTrue(count("select count(*) from person where birth_date < date '1990-03-21' "
                + "and birth_certificate_no <> national_id") > 0);
    }

    @Test
    void contractsAreMostlyActiveWithSomeExpiredAndFuture() throws SQLException {
        String today = "date '" + TODAY + "'";
        long contracts = count("select count(*) from insurance_contract");
        long active = count("select count(*) from insurance_contract where start_date <= " + today
                + " and end_date >= " + today);
        assertEquals(10, contracts, "10,000 members still get the ten fixed contracts");
        assertTrue(active > contracts / 2, "active " + active);
        assertTrue(count("select count(*) from insurance_contract where end_date < " + today) >= 1);
        assertTrue(count("select count(*) from insurance_contract where start_date > " + today) >= 1);
        assertTrue(count("select count(*) from insurance_contract where login_policy = 'LEGACY'") >= 1);
        assertEquals(3, count("select count(distinct membership_type) from insurance_contract"));
        assertEquals(0, count("select count(*) from insurance_contract k where not exists "
                + "(select 1 from contract_cover v where v.contract_id = k.id)"), "every contract has a plan");
        assertEquals(0, count("select count(*) from contract_cover where franchise_percent not between 10 and 30 "
                + "or annual_ceiling <= 0"));
    }

    @Test
    void everyCoverSaysWhatItPaysForAndSomeCeilingsAreTheFamilys() throws SQLException {
        assertEquals(0, count("select count(*) from contract_cover where cover_kind is null"));
        assertEquals(count("select count(*) from contract_cover where title like '%دندان%'"),
                count("select count(*) from contract_cover where cover_kind = 'DENTAL' and family_ceiling = true"));
        assertTrue(count("select count(*) from contract_cover where family_ceiling = true") > 0);
        assertEquals(0, count("select count(*) from contract_cover where title like 'بستری%' "
                + "and (cover_kind <> 'HOSPITAL' or family_ceiling = true)"), "hospital ceilings are per person");
    }

    @Test
    void theDemoFamilysContractsHaveEClaimsAndACoverOfEveryKind() throws SQLException {
        String family = "select c.contract_id from coverage c join person p on p.id = c.person_id "
                + "where p.national_id = '" + DemoLogins.ACTIVATED_NATIONAL_ID + "'";
        assertEquals(2, count("select count(distinct contract_id) from (" + family + ") f"),
                "this year's group contract and last year's");
        assertEquals(0, count("select count(*) from insurance_contract where id in (" + family + ") "
                + "and e_claims = false"));
        List<String> kinds = strings("select distinct cover_kind from contract_cover where contract_id = ("
                + family + " order by c.contract_id desc limit 1) order by cover_kind");
        assertEquals(List.of("DENTAL", "DRUG", "HOSPITAL", "OPTICS", "OTHER", "OUTPATIENT", "PARACLINIC"), kinds);
    }

    @Test
    void coverageLiesWithinItsContractAndAfterBirth() throws SQLException {
        assertEquals(0, count("select count(*) from coverage c join insurance_contract k on k.id = c.contract_id "
                + "where c.start_date < k.start_date or c.end_date > k.end_date or c.start_date > c.end_date"));
        assertEquals(0, count("select count(*) from coverage c join person p on p.id = c.person_id "
                + "where c.start_date < p.birth_date"));
    }

    @Test
    void idsStayWithinTheReservedRangesSoJpaCannotCollide() throws SQLException {
        for (String table : List.of("insurer", "policyholder", "insurance_contract", "contract_cover", "person",
                "coverage", "announcement")) {
            long max = count("select max(id) from " + table);
            long min = count("select min(id) from " + table);
            long next = count("select next_val from id_sequence where seq_name = '" + table + "'");
            assertTrue(min > 1000 && max <= next, table + ": ids " + min + ".." + max + ", next_val " + next);
        }
    }

    @Test
    void noAccountsUnlessAsked() throws SQLException {
        assertEquals(0, count("select count(*) from user_account"));
        assertEquals(null, summary.logins());
        assertTrue(count("select count(*) from announcement") >= 3);
    }

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() throws SQLException {
        String a = fingerprint(runInto("seedA", 7));
        String b = fingerprint(runInto("seedB", 7));
        String c = fingerprint(runInto("seedC", 8));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    private static String runInto(String name, long seed) throws SQLException {
        String jdbcUrl = migratedDatabase(name);
        DemoDataGenerator.on(() -> DriverManager.getConnection(jdbcUrl, "sa", ""))
                .members(1_500).seed(seed).clock(CLOCK).generate();
        return jdbcUrl;
    }

    private static String fingerprint(String jdbcUrl) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", ""); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "select * from person order by id",
                    "select * from coverage order by id",
                    "select * from insurance_contract order by id",
                    "select * from contract_cover order by id")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            all.append(rs.getString(i)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return PasswordHasher.sha256(all.toString()) + ":" + all.length();
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    static long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
