package ir.hami.membership.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.platform.security.Role;
import ir.hami.membership.LoginPolicy;
import ir.hami.membership.MembershipType;
import ir.hami.platform.id.NationalId;
import ir.hami.platform.security.PasswordHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The small demo set as the loader makes it: its shape and the logins the README lists. */
class DemoLoginsTest {

    private static String url;
    private static DemoDataGenerator.Summary summary;
    private static DemoLogins logins;

    @BeforeAll
    static void loadSmallSet() throws SQLException {
        url = DemoDataGeneratorTest.migratedDatabase("logins");
        summary = DemoDataGenerator.on(() -> DriverManager.getConnection(url, "sa", ""))
                .members(DemoDataGenerator.SMALL).clock(DemoDataGeneratorTest.CLOCK).withAccounts(true).generate();
        logins = summary.logins();
    }

    @Test
    void smallSetHasFiveInsurersTenContractsAndAboutSixHundredFamilies() throws SQLException {
        assertEquals(5, summary.insurers());
        assertEquals(10, summary.contracts());
        assertEquals(2_000, summary.persons());
        long families = value("select count(distinct main_person_id) from coverage");
        assertTrue(families > 450 && families < 800, "families: " + families);
        assertEquals(6, value("select count(*) from announcement"));
        assertEquals(9, summary.accounts()); // six staff (with the supervisor), three members
    }

    @Test
    void fixedNationalIdsAreValid() {
        for (DemoLogins.MemberLogin m : logins.members()) {
            assertTrue(NationalId.isValid(m.nationalId()), m.nationalId());
        }
        assertEquals("0012345679", DemoLogins.ACTIVATED_NATIONAL_ID);
    }

    @Test
    void staffLogInWithTheirListedPasswords() throws SQLException {
        assertEquals(6, logins.staff().size());
        for (DemoLogins.StaffLogin s : logins.staff()) {
            Account a = account(s.username());
            assertEquals(s.role().name(), a.role);
            assertTrue(PasswordHasher.verify(s.password(), a.hash), s.username());
            assertFalse(a.mustChange);
            assertNull(a.personId);
        }
        assertEquals(Role.CENTER, logins.staff().get(4).role());
        assertEquals(1, value("select count(*) from user_account where claims_supervisor = true"));
        assertEquals(1, value("select count(*) from user_account where username = 'supervisor' "
                + "and role = 'ASSESSOR' and claims_supervisor = true"));
    }

    @Test
    void activatedMemberHasAStandardGroupContractAndThreeDependents() throws SQLException {
        DemoLogins.MemberLogin m = logins.activatedMember();
        assertEquals(MembershipType.GROUP, m.membershipType());
        assertEquals(LoginPolicy.STANDARD, m.loginPolicy());
        assertEquals(3, m.dependents());
        Account a = account(m.nationalId());
        assertTrue(PasswordHasher.verify("Member@1405", a.hash));
        assertFalse(a.mustChange);
        assertEquals(3, value("select count(*) from coverage c join insurance_contract k on k.id = c.contract_id "
                + "where c.main_person_id = " + a.personId + " and c.relation <> 'SELF' "
                + "and k.start_date <= date '" + today() + "' and k.end_date >= date '" + today() + "'"));
        assertEquals(2, value("select count(*) from coverage where person_id = " + a.personId),
                "covered by the current contract and the year before's");
    }

    @Test
    void legacyMemberLogsInFirstWithTheirNationalIdAndMustChangeIt() throws SQLException {
        DemoLogins.MemberLogin m = logins.legacyMember();
        assertEquals(MembershipType.FUND, m.membershipType());
        assertEquals(LoginPolicy.LEGACY, m.loginPolicy());
        assertEquals(m.nationalId(), m.password());
        Account a = account(m.nationalId());
        assertTrue(PasswordHasher.verify(m.nationalId(), a.hash));
        assertTrue(a.mustChange);
        assertNull(a.lastLogin, "has not logged in yet");
    }

    @Test
    void notActivatedMemberHasTheFixedMobileAndNoAccount() throws SQLException {
        DemoLogins.MemberLogin m = logins.notActivatedMember();
        assertEquals(LoginPolicy.STANDARD, m.loginPolicy());
        assertNull(m.password());
        assertEquals(0, value("select count(*) from user_account where username = '" + m.nationalId() + "'"));
        assertEquals(1, value("select count(*) from person p join coverage c on c.person_id = p.id "
                + "where p.national_id = '" + m.nationalId() + "' and p.mobile = '09121234567' "
                + "and c.relation = 'SELF'"));
        assertEquals(1, value("select count(*) from person where mobile = '09121234567'"),
                "no other person has the activation mobile");
    }

    @Test
    void insuranceCompanyMemberLogsInWithTheMemberPassword() throws SQLException {
        DemoLogins.MemberLogin m = logins.insuranceCompanyMember();
        assertEquals(MembershipType.INSURANCE_COMPANY, m.membershipType());
        assertTrue(PasswordHasher.verify("Member@1405", account(m.nationalId()).hash));
        assertEquals(1, value("select count(*) from coverage where member_code = '" + m.memberCode() + "'"));
        assertTrue(logins.describe().contains(m.memberCode()));
    }

    @Test
    void theTextsNameEveryLogin() {
        for (String text : List.of(logins.describe(), DemoLogins.describeFixed())) {
            for (DemoLogins.StaffLogin s : DemoLogins.STAFF) {
                assertTrue(text.contains(s.username()) && text.contains(s.password()), text);
            }
            for (DemoLogins.MemberLogin m : logins.members()) {
                assertTrue(text.contains(m.nationalId()), text);
            }
            assertTrue(text.contains("Member@1405") && text.contains("09121234567"), text);
        }
    }

    @Test
    void theFixedLoginsDoNotDependOnTheSize() throws SQLException {
        String other = DemoDataGeneratorTest.migratedDatabase("logins-large");
        DemoLogins larger = DemoDataGenerator.on(() -> DriverManager.getConnection(other, "sa", ""))
                .members(3_000).clock(DemoDataGeneratorTest.CLOCK).withAccounts(true).generate().logins();
        assertEquals(logins, larger);
    }

    @Test
    void aSecondRunIntoTheSameDatabaseFailsWithoutWritingAnything() throws SQLException {
        long persons = value("select count(*) from person");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertTrue(DemoDataGenerator.hasInsurers(c));
        }
        assertThrows(SQLException.class, () -> DemoDataGenerator.on(() -> DriverManager.getConnection(url, "sa", ""))
                .members(200).clock(DemoDataGeneratorTest.CLOCK).generate());
        assertEquals(persons, value("select count(*) from person"));
    }

    private static LocalDate today() {
        return LocalDate.now(DemoDataGeneratorTest.CLOCK);
    }

    private record Account(String role, String hash, boolean mustChange, Long personId, Object lastLogin) {
    }

    private static Account account(String username) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement s = c.prepareStatement("select role, password_hash, must_change_password, person_id, "
                     + "last_login_at from user_account where username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no account " + username);
                Number person = (Number) rs.getObject(4);
                return new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        person == null ? null : person.longValue(), rs.getObject(5));
            }
        }
    }

    private static long value(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
