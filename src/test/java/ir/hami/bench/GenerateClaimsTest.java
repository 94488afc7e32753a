package ir.hami.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.membership.demo.DemoDataGenerator;
import ir.hami.platform.id.TrackingCodes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The claims generator on a small H2 database: its rows add up as the portal's own would, and a rerun resumes. */
class GenerateClaimsTest {

    private static final int CLAIMS = 6_000;
    private static final String URL = "jdbc:h2:mem:claimsgen;MODE=LEGACY;DB_CLOSE_DELAY=-1";
    private static final String ONE_RUN = "jdbc:h2:mem:claimsgen1;MODE=LEGACY;DB_CLOSE_DELAY=-1";

    @BeforeAll
    static void generate() throws SQLException {
        for (String url : List.of(URL, ONE_RUN)) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            DemoDataGenerator.on(() -> DriverManager.getConnection(url, "sa", "")).members(3_000).seed(7).generate();
        }
        // interrupted after about 2,500, then resumed
        GenerateClaims.main(new String[] {"db.url=" + URL, "claims=" + CLAIMS, "batch=500", "stopAfter=2500"});
        interrupted = count(URL, "select count(*) from claim");
        GenerateClaims.main(new String[] {"db.url=" + URL, "claims=" + CLAIMS, "batch=500"});
        // once more: there is nothing left to do
        GenerateClaims.main(new String[] {"db.url=" + URL, "claims=" + CLAIMS, "batch=500"});
        // the same in one go, into another database
        GenerateClaims.main(new String[] {"db.url=" + ONE_RUN, "claims=" + CLAIMS, "batch=700"});
    }

    private static long interrupted;

    @Test
    void writesExactlyTheAskedNumberAcrossRuns() throws SQLException {
        assertTrue(interrupted >= 2_500 && interrupted < CLAIMS, "stopped at " + interrupted);
        assertEquals(CLAIMS, count("select count(*) from claim"));
        assertEquals(0, count("select count(*) from (select person_id, created_at, count(*) n from claim "
                + "group by person_id, created_at, id having count(*) > 1) d"));
    }

    @Test
    void aResumedRunWritesWhatOneRunWrites() throws SQLException {
        String perPerson = "select person_id, count(*), sum(requested_amount), sum(coalesce(payable_amount, 0)), "
                + "min(state), max(state), min(service_date) from claim group by person_id order by person_id";
        List<String> resumed = strings(URL, perPerson);
        assertTrue(resumed.size() > 500);
        assertEquals(resumed, strings(ONE_RUN, perPerson));
    }

    @Test
    void everyStateIsThereAndOldClaimsAreMostlyClosed() throws SQLException {
        assertEquals(11, count("select count(distinct state) from claim"));
        long paid = count("select count(*) from claim where state = 'PAID'");
        assertTrue(paid > CLAIMS / 2, "paid " + paid);
        String old = "created_at < date '" + java.time.LocalDate.now().minusDays(90) + "'";
        long closed = count("select count(*) from claim where " + old + " and state in ('PAID', 'REJECTED', "
                + "'PAYMENT_RETURNED')");
        assertTrue(closed > count("select count(*) from claim where " + old) * 9 / 10, "closed " + closed);
        assertEquals(0, count("select count(*) from claim where state <> 'DRAFT' and tracking_code is null"));
        for (String code : strings("select tracking_code from claim where tracking_code is not null")) {
            assertTrue(TrackingCodes.parse(code).isPresent(), code);
        }
    }

    @Test
    void mostPersonsHaveFewClaims() throws SQLException {
        long persons = count("select count(distinct person_id) from claim");
        long few = count("select count(*) from (select person_id from claim group by person_id "
                + "having count(*) <= 20) f");
        assertTrue(few > persons * 3 / 4, few + " of " + persons);
    }

    @Test
    void amountsAddUpFromItemsAndDeductions() throws SQLException {
        assertEquals(0, count("select count(*) from claim where state in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', "
                + "'PAYMENT_RETURNED') and (total_amount is null or payable_amount is null)"));
        assertEquals(0, count("select count(*) from claim c where total_amount is not null and total_amount <> "
                + "(select sum(i.total_amount) from claim_item i where i.claim_id = c.id)"));
        assertEquals(0, count("select count(*) from claim c where total_amount is not null and payable_amount <> "
                + "(select sum(i.payable_amount) from claim_item i where i.claim_id = c.id)"));
        assertEquals(0, count("select count(*) from claim_item i where deducted_amount <> coalesce("
                + "(select sum(d.amount) from claim_deduction d where d.item_id = i.id), 0)"));
        assertEquals(0, count("select count(*) from claim c where total_amount is not null and (total_amount "
                + "- franchise_amount - over_ceiling_amount - out_of_tariff_amount - not_covered_amount "
                + "<> payable_amount or commitment_amount - franchise_amount <> payable_amount)"));
        assertEquals(0, count("select count(*) from claim_item where payable_amount < 0 or deducted_amount < 0"));
        assertEquals(4, count("select count(distinct kind) from claim_deduction"));
        assertEquals(0, count("select count(*) from claim where requested_amount <> total_amount"));
    }

    @Test
    void coverUsageIsWhatAssessedClaimsPaid() throws SQLException {
        assertEquals(0, count("select count(*) from cover_usage u where used_amount <> (select sum(c.payable_amount) "
                + "from claim c where c.cover_id = u.cover_id and c.person_id = u.person_id "
                + "and c.payable_amount is not null) or claim_count <> (select count(*) from claim c "
                + "where c.cover_id = u.cover_id and c.person_id = u.person_id and c.payable_amount is not null)"));
        assertEquals(0, count("select count(*) from (select cover_id, person_id from claim where payable_amount "
                + "is not null group by cover_id, person_id) p where not exists (select 1 from cover_usage u "
                + "where u.cover_id = p.cover_id and u.person_id = p.person_id)"));
        assertEquals(0, count("select count(*) from cover_usage u join contract_cover v on v.id = u.cover_id "
                + "where v.family_ceiling = false and u.used_amount > v.annual_ceiling"), "over a person's ceiling");
    }

    @Test
    void stagesAndEventsFollowTheState() throws SQLException {
        assertEquals(0, count("select count(*) from claim where state = 'PAID' and (deposited_on is null "
                + "or sent_to_bank_on is null or deposited_on < sent_to_bank_on or payment_iban is null)"));
        assertEquals(0, count("select count(*) from claim where state = 'SENT_TO_FINANCE' and finance_file_number "
                + "is null"));
        assertEquals(0, count("select count(*) from claim where state = 'PAYMENT_RETURNED' and "
                + "return_letter_number is null"));
        assertEquals(0, count("select count(*) from claim where state like 'DEFICIENCY%' and deficiency_note is null"));
        assertEquals(0, count("select count(*) from claim where state in ('AWAITING_ORIGINALS', "
                + "'ORIGINALS_DELIVERED') and originals_place is null"));
        assertEquals(0, count("select count(*) from claim where state = 'REJECTED' and reject_reason is null"));
        assertEquals(0, count("select count(*) from claim c where not exists (select 1 from claim_event e "
                + "where e.claim_id = c.id)"));
        assertEquals(0, count("select count(*) from claim c where state <> (select e.to_state from claim_event e "
                + "where e.claim_id = c.id order by e.id desc limit 1)"), "the last event leads to the state");
        assertEquals(0, count("select count(*) from claim_event e join claim c on c.id = e.claim_id "
                + "where e.at_time < c.created_at or e.at_time > c.updated_at"));
        assertEquals(0, count("select count(*) from (select claim_id from claim_event group by claim_id "
                + "having count(*) > 4) e"));
        assertEquals(count("select count(*) from claim where state <> 'DRAFT'"),
                count("select count(*) from claim_document"));
    }

    @Test
    void claimsLieInTheirCoverage() throws SQLException {
        assertEquals(0, count("select count(*) from claim c where not exists (select 1 from coverage v where "
                + "v.person_id = c.person_id and v.contract_id = c.contract_id and v.main_person_id = c.main_person_id "
                + "and c.service_date between v.start_date and v.end_date)"));
        assertEquals(0, count("select count(*) from claim c join contract_cover v on v.id = c.cover_id "
                + "where v.contract_id <> c.contract_id"));
    }

    @Test
    void ibansAreValid() {
        String iban = GenerateClaims.iban("0170000000000000012345");
        assertTrue(ir.hami.platform.id.Iban.isValid(iban), iban);
    }

    private static long count(String sql) throws SQLException {
        return count(URL, sql);
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        return strings(URL, sql);
    }

    private static List<String> strings(String url, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(columns == 1 ? rs.getString(1) : row.toString());
            }
        }
        return out;
    }
}
