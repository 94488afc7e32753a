package ir.hami.demo;

import static ir.hami.testing.RunAsRole.callAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.claims.ClaimState;
import ir.hami.claims.DeductionKind;
import ir.hami.membership.demo.DemoCoverKinds;
import ir.hami.testing.Deployments;
import ir.hami.testing.RunAsAdmin;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo claims, made for a family of the tests' own (the demo loader makes the same for the demo family): every
 * state, every kind of deduction, real history, notifications, SMS and images, spread over the last months; once.
 */
@ExtendWith(ArquillianExtension.class)
class DemoClaimsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    DemoClaimBook book;

    @Inject
    RunAsAdmin asAdmin;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private TestData.Family family;
    private long main;

    @BeforeEach
    void family() throws SQLException {
        TestData data = TestData.on(dataSource);
        long insurer = data.insurer("بیمه نمونه " + TestData.unique(""));
        LocalDate today = LocalDate.now();
        long contract = data.contract(insurer, data.policyholder("شرکت نمونه"))
                .period(today.minusDays(200), today.plusDays(165))
                .cover("بستری و جراحی", 3_000_000_000L, 10)
                .cover("پاراکلینیکی (آزمایش، رادیولوژی، سونوگرافی)", 300_000_000L, 20)
                .cover("دندانپزشکی", 200_000_000L, 20)
                .cover("عینک طبی و لنز", 40_000_000L, 20)
                .cover("داروی خارج از بیمارستان", 100_000_000L, 20)
                .cover("ویزیت", 50_000_000L, 30)
                .create();
        try (Connection c = dataSource.getConnection();
             PreparedStatement covers = c.prepareStatement("select id, title from contract_cover where contract_id = ?");
             PreparedStatement kind = c.prepareStatement(
                     "update contract_cover set cover_kind = ?, family_ceiling = ? where id = ?")) {
            covers.setLong(1, contract);
            try (ResultSet rs = covers.executeQuery()) {
                while (rs.next()) {
                    String k = DemoCoverKinds.of(rs.getString(2)).name();
                    kind.setString(1, k);
                    kind.setBoolean(2, k.equals("DENTAL"));
                    kind.setLong(3, rs.getLong(1));
                    kind.executeUpdate();
                }
            }
        }
        family = data.family(contract).dependents(3).create();
        main = family.main().personId();
    }

    private DemoClaimBook.Summary fill() throws Exception {
        return callAs(asAdmin, () -> book.fill(main, family.main().nationalId()));
    }

    @Test
    void theFamilyHasClaimsInEveryStateMadeThroughTheModelOnce() throws Exception {
        DemoClaimBook.Summary summary = fill();
        assertNotNull(summary);
        assertEquals(Set.of(ClaimState.values()), summary.states().keySet());
        assertEquals(names(ClaimState.values()), strings("select distinct state from claim where main_person_id = ?"));
        assertTrue(longValue("select count(distinct person_id) from claim where main_person_id = ?") >= 4,
                "the main member and the dependents");
        assertEquals(names(DeductionKind.values()), strings("select distinct d.kind from claim_deduction d "
                + "join claim c on c.id = d.claim_id where c.main_person_id = ?"));
        assertEquals(2L, longValue("select count(*) from claim_admission where main_person_id = ?"));
        assertEquals(new TreeSet<>(List.of("COMPLETED", "IN_PROGRESS")),
                strings("select distinct state from claim_admission where main_person_id = ?"));

        // once: a second run finds the family's claims and adds nothing
        long claims = longValue("select count(*) from claim where main_person_id = ?");
        assertNull(fill());
        assertEquals(claims, longValue("select count(*) from claim where main_person_id = ?"));
    }

    @Test
    void stagesAmountsAndHistoryAreAsTheModelLeftThem() throws Exception {
        fill();
        assertEquals(0L, longValue("select count(*) from claim where main_person_id = ? and state = 'PAID' and "
                + "(deposited_on is null or sent_to_bank_on is null or deposited_on < sent_to_bank_on "
                + "or payment_iban is null)"));
        assertEquals(0L, longValue("select count(*) from claim where main_person_id = ? and state = 'DEFICIENCY' "
                + "and deficiency_note is null"));
        assertEquals(1L, longValue("select count(*) from claim where main_person_id = ? "
                + "and state = 'AWAITING_ORIGINALS' and originals_place like '%ولیعصر%'"));
        assertEquals(0L, longValue("select count(*) from claim where main_person_id = ? "
                + "and state = 'SENT_TO_FINANCE' and finance_file_number is null"));
        assertEquals(0L, longValue("select count(*) from claim where main_person_id = ? "
                + "and state = 'PAYMENT_RETURNED' and return_letter_number is null"));
        assertEquals(0L, longValue("select count(*) from claim c where main_person_id = ? and total_amount is not null "
                + "and (total_amount <> (select sum(i.total_amount) from claim_item i where i.claim_id = c.id) "
                + "or payable_amount <> total_amount - franchise_amount - over_ceiling_amount - out_of_tariff_amount "
                + "- not_covered_amount)"));
        assertEquals(longValue("select sum(payable_amount) from claim where main_person_id = ? "
                        + "and payable_amount is not null"),
                longValue("select sum(used_amount) from cover_usage where main_person_id = ?"));
        assertTrue(longValue("select count(*) from claim_item i join claim c on c.id = i.claim_id "
                + "where c.main_person_id = ? and i.item_kind = 'DRUG' and i.physician is not null") >= 3,
                "the medical file has prescriptions");
        // every submitted claim has its images, checked JPEG or PNG by content
        assertEquals(0L, longValue("select count(*) from claim c where main_person_id = ? and not exists "
                + "(select 1 from claim_document d where d.claim_id = c.id)"));
        assertEquals(0L, longValue("select count(*) from claim_document d join stored_file f on f.id = d.file_id "
                + "where d.main_person_id = ? and f.content_type not in ('image/png', 'image/jpeg')"));
        assertEquals(1L, longValue("select count(*) from claim_document d join claim c on c.id = d.claim_id "
                + "where c.main_person_id = ? and c.state = 'DEFICIENCY_FIXED' and d.round_no = 1"));
    }

    @Test
    void theHistoryIsSpreadOverTheLastMonthsAndTheFamilyWasTold() throws Exception {
        fill();
        Instant now = Instant.now();
        assertTrue(instant("select min(created_at) from claim where main_person_id = ?")
                .isBefore(now.minus(90, ChronoUnit.DAYS)));
        assertTrue(instant("select max(updated_at) from claim where main_person_id = ?").isBefore(now));
        assertEquals(0L, longValue("select count(*) from claim_event e join claim c on c.id = e.claim_id "
                + "where c.main_person_id = ? and (e.at_time < c.created_at or e.at_time > c.updated_at)"));
        assertEquals(0L, longValue("select count(*) from claim_event e join claim_event f on f.claim_id = e.claim_id "
                + "and f.id > e.id join claim c on c.id = e.claim_id where c.main_person_id = ? "
                + "and f.at_time < e.at_time"), "events in order of time");
        assertEquals(0L, longValue("select count(*) from claim c where main_person_id = ? and c.state <> "
                + "(select e.to_state from claim_event e where e.claim_id = c.id and e.id = "
                + "(select max(x.id) from claim_event x where x.claim_id = c.id))"));
        assertTrue(longValue("select count(*) from claim_event e join claim c on c.id = e.claim_id "
                + "where c.main_person_id = ? and e.actor = 'assessor'") >= 10);
        assertTrue(longValue("select count(*) from member_notification where person_id = ? "
                + "and link like '/member/claim.xhtml?id=%'") >= 30);
        assertTrue(longValue("select count(*) from member_notification where person_id = ? "
                + "and link like '/member/claim.xhtml?id=%' and created_at < " + ts(now.minus(30, ChronoUnit.DAYS))
                + " and read_at is not null") > 0);
        assertTrue(longValue("select count(*) from sms_message where mobile = (select mobile from person where id = ?) "
                + "and body like '%خسارت%'") >= 20);
    }

    @Test
    void onlyAnAdministratorMakesThem() {
        try {
            book.fill(main, family.main().nationalId());
            throw new AssertionError("made demo claims without a role");
        } catch (EJBAccessException expected) {
            // the test itself has no caller role
        }
    }

    private static String ts(Instant at) {
        return "timestamp '" + Timestamp.from(at).toString().substring(0, 19) + "'";
    }

    private static TreeSet<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private TreeSet<String> strings(String sql) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, main);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private long longValue(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, main);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                values.add(rs.getLong(1));
            }
        }
        return values.get(0);
    }

    private Instant instant(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, main);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        }
    }
}
