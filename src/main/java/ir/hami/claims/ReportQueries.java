package ir.hami.claims;

import ir.hami.platform.ClockProducer;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the claims reports and the dashboard, in one place (a benchmark runs the very same text through JDBC).
 * Portable for MariaDB/MySQL and H2. Every query is one bounded range of a V20 index:
 * <ul>
 * <li>{@code ix_claim_registered (registered_at, insurer_id, state, deficiency_round, reject_code, assessed_at,
 * sent_to_finance_at, deposited_on)}: the dashboard's counts and stage days come from the index alone, grouped in
 * the database (a few hundred rows come back, whatever the number of claims); the reports page through it in
 * (registered_at, id) order one day at a time, so a page sorts at most one day's claims;</li>
 * <li>{@code ix_claim_deposited (deposited_on, state, insurer_id, payable_amount)}: paid per insurer and day;</li>
 * <li>{@code ix_claim_contract_paid (contract_id, state, payable_amount)}: what a contract's paid claims came to.</li>
 * </ul>
 * Days between stages are calendar days between the stored dates ({@code timestampdiff(DAY, …)} of the dates).
 */
public final class ReportQueries {

    private ReportQueries() {
    }

    /** A where clause on {@code claim c} and its parameters in order. */
    public record Where(String sql, List<Object> params) {
    }

    /** The claims registered in the filter's period (and of its insurer, policyholder, state). */
    public static Where registered(ReportFilter f) {
        return registered(f.from(), f.to(), f);
    }

    /** The filter's claims registered from {@code from} to {@code to} (a part of its period). */
    public static Where registered(LocalDate from, LocalDate to, ReportFilter f) {
        StringBuilder sql = new StringBuilder(" where c.registered_at >= ? and c.registered_at < ?");
        List<Object> params = new ArrayList<>();
        params.add(startOf(from));
        params.add(startOf(to.plusDays(1)));
        if (f.insurerId() != null) {
            sql.append(" and c.insurer_id = ?");
            params.add(f.insurerId());
        }
        if (f.policyholderId() != null) {
            sql.append(" and c.contract_id in (select pk.id from insurance_contract pk where pk.policyholder_id = ?)");
            params.add(f.policyholderId());
        }
        if (f.state() != null) {
            sql.append(" and c.state = ?");
            params.add(f.state().name());
        }
        return new Where(sql.toString(), params);
    }

    /** The start of a Tehran day, as the claim's date-times are compared. */
    public static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ClockProducer.TEHRAN).toInstant());
    }

    private static final String HAD_DEFICIENCY = "case when c.deficiency_round > 0 then 1 else 0 end";

    /** Dashboard: claims by state, whether they had a deficiency and the rejection's code; then the count. */
    public static String stateCounts(Where w) {
        return "select c.state, " + HAD_DEFICIENCY + ", c.reject_code, count(*) from claim c" + w.sql()
                + " group by c.state, " + HAD_DEFICIENCY + ", c.reject_code";
    }

    private static final String DAYS_TO_ASSESSED =
            "timestampdiff(DAY, cast(c.registered_at as date), cast(c.assessed_at as date))";
    private static final String DAYS_TO_FINANCE =
            "timestampdiff(DAY, cast(c.assessed_at as date), cast(c.sent_to_finance_at as date))";
    private static final String DAYS_TO_PAID =
            "case when c.state = 'PAID' then timestampdiff(DAY, cast(c.sent_to_finance_at as date), c.deposited_on) end";
    private static final String DAYS_WHOLE =
            "case when c.state = 'PAID' then timestampdiff(DAY, cast(c.registered_at as date), c.deposited_on) end";
    private static final String STAGE_DAYS = DAYS_TO_ASSESSED + ", " + DAYS_TO_FINANCE + ", " + DAYS_TO_PAID + ", "
            + DAYS_WHOLE;

    /**
     * Dashboard: the days each claim took per stage (registered → assessed, assessed → sent to finance, sent to
     * finance → paid, registered → paid; null where the stage is not passed), grouped; then the count.
     */
    public static String stageDays(Where w) {
        return "select " + STAGE_DAYS + ", count(*) from claim c" + w.sql() + " and c.assessed_at is not null"
                + " group by " + STAGE_DAYS;
    }

    /**
     * Dashboard: paid per insurer and day of deposit from one day to another (both included); parameters: the two
     * days, then the insurer when {@code oneInsurer}.
     */
    public static String paidPerDay(boolean oneInsurer) {
        return "select c.insurer_id, c.deposited_on, sum(c.payable_amount) from claim c where c.deposited_on >= ? "
                + "and c.deposited_on <= ? and c.state = 'PAID'" + (oneInsurer ? " and c.insurer_id = ?" : "")
                + " group by c.insurer_id, c.deposited_on";
    }

    public static Object[] days(LocalDate from, LocalDate to) {
        return new Object[] {Date.valueOf(from), Date.valueOf(to)};
    }

    /** The insurers, by name. */
    public static final String INSURERS = "select i.id, i.name from insurer i order by i.name, i.id";

    static final String CLAIM_COLUMNS = "c.id, c.registered_at, c.tracking_code, c.service_date, c.state, i.name, "
            + "k.contract_number, ph.name, c.patient_name, c.national_id, c.requested_amount, c.total_amount, "
            + "c.franchise_amount, c.over_ceiling_amount, c.out_of_tariff_amount, c.not_covered_amount, "
            + "c.payable_amount, c.deposited_on";
    static final String CLAIM_ORDER = " order by c.registered_at, c.id";

    /**
     * Report: a page of the filter's claims of one day after the last one read, in (registered_at, id) order;
     * parameters: the where clause's (one day), then the last registered_at twice and the last id, then limit.
     * Deferred join: the keys first, from the index, then only those rows with their names.
     */
    public static String claimPage(Where w) {
        return "select " + CLAIM_COLUMNS + " from (select c.id from claim c" + w.sql()
                + " and (c.registered_at > ? or (c.registered_at = ? and c.id > ?))" + CLAIM_ORDER
                + " limit ?) p join claim c on c.id = p.id join insurer i on i.id = c.insurer_id "
                + "join insurance_contract k on k.id = c.contract_id join policyholder ph on ph.id = k.policyholder_id"
                + CLAIM_ORDER;
    }

    /**
     * Report: the filter's claims summed by insurer, policyholder and state. The claims are summed first, from the
     * claim table alone (one range of {@code ix_claim_registered}), by insurer, contract and state; only those few
     * sums meet the names. (Joined directly, MariaDB drove the sum from the ten insurers through the insurer's
     * foreign-key index and read every claim: six minutes for a month at ten million claims.)
     */
    public static String summary(Where w) {
        return "select i.name, ph.name, g.state, sum(g.n), sum(g.requested), sum(g.total), sum(g.franchise), "
                + "sum(g.over_ceiling), sum(g.out_of_tariff), sum(g.not_covered), sum(g.payable), sum(g.paid) "
                + "from (select c.insurer_id, c.contract_id, c.state, count(*) n, sum(c.requested_amount) requested, "
                + "sum(c.total_amount) total, sum(c.franchise_amount) franchise, "
                + "sum(c.over_ceiling_amount) over_ceiling, sum(c.out_of_tariff_amount) out_of_tariff, "
                + "sum(c.not_covered_amount) not_covered, sum(c.payable_amount) payable, "
                + "sum(case when c.state = 'PAID' then c.payable_amount else 0 end) paid from claim c" + w.sql()
                + " group by c.insurer_id, c.contract_id, c.state) g "
                + "join insurance_contract k on k.id = g.contract_id join insurer i on i.id = g.insurer_id "
                + "join policyholder ph on ph.id = k.policyholder_id"
                + " group by i.name, ph.name, g.state order by i.name, ph.name, g.state";
    }

    static final String CONTRACT_COLUMNS = "k.id, k.contract_number, i.name, ph.name, k.start_date, k.end_date, "
            + "k.premium, k.version";
    static final String CONTRACT_FROM = " from insurance_contract k join insurer i on i.id = k.insurer_id "
            + "join policyholder ph on ph.id = k.policyholder_id";

    /** Contracts of an insurer (or all) and a policyholder (or all), in force some day of a period (or any). */
    public static Where contracts(Long insurerId, Long policyholderId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (insurerId != null) {
            sql.append(" and k.insurer_id = ?");
            params.add(insurerId);
        }
        if (policyholderId != null) {
            sql.append(" and k.policyholder_id = ?");
            params.add(policyholderId);
        }
        if (from != null && to != null) {
            sql.append(" and k.start_date <= ? and k.end_date >= ?");
            params.add(Date.valueOf(to));
            params.add(Date.valueOf(from));
        }
        return new Where(sql.toString(), params);
    }

    /** A page of contracts after an id, in id order; parameters: the where clause's, the last id, then limit. */
    public static String contractPage(Where w) {
        return "select " + CONTRACT_COLUMNS + CONTRACT_FROM + w.sql() + " and k.id > ? order by k.id limit ?";
    }

    /** A page of contracts by offset (the premiums table); parameters: the where clause's, limit, offset. */
    public static String contractOffsetPage(Where w) {
        return "select " + CONTRACT_COLUMNS + CONTRACT_FROM + w.sql() + " order by k.id limit ? offset ?";
    }

    public static String contractCount(Where w) {
        return "select count(*) from insurance_contract k" + w.sql();
    }

    /** What the paid claims of some contracts came to; the ids are appended as parameters. */
    public static String paidOfContracts(int n) {
        return "select c.contract_id, sum(c.payable_amount) from claim c where c.state = 'PAID' and c.contract_id in ("
                + "?, ".repeat(n - 1) + "?) group by c.contract_id";
    }

    /** Policyholders whose name starts with the typed text; parameters: the text + '%', limit. */
    public static final String POLICYHOLDERS = "select ph.id, ph.name from policyholder ph where ph.name like ? "
            + "order by ph.name, ph.id limit ?";
}
