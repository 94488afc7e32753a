package ir.hami.referral;

import static ir.hami.platform.persistence.NativeValues.*;

import ir.hami.platform.ClockProducer;
import ir.hami.platform.text.PersianText;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the referral unit's queue, in one place: {@link ReferralQueue} runs it through JPA (native queries) and
 * the benchmark ({@code ir.hami.bench.ReferralQueueBench}) runs the very same text through JDBC, so the figures in
 * the README are those of the queries the portal runs. Portable for MariaDB/MySQL and H2 ({@code limit ? offset ?}).
 *
 * <p>Every filter is a condition on {@code referral_request} alone, and each combination has an index that gives the
 * rows in the queue's order (requested_at, id) with the filter's columns first (V6 and V8): a page reads its rows
 * from the index and stops. The count is capped ({@link #countUpTo}): it reads at most cap + 1 index entries.
 */
public final class ReferralQueries {

    /** The columns of a {@link ReferralRow}, in its constructor's order. */
    static final String ROW_COLUMNS = "r.id, r.tracking_code, r.requested_at, r.admission_date, r.physician, r.cause, "
            + "r.status, r.patient_name, r.national_id, c.name, i.name, r.channel, r.exam_required, r.letter_number, "
            + "r.version";
    /** The request's own columns a row needs: what the inner, index-ordered part of a page reads. */
    static final String REQUEST_COLUMNS = "r.id, r.tracking_code, r.requested_at, r.admission_date, r.physician, "
            + "r.cause, r.status, r.patient_name, r.national_id, r.center_id, r.insurer_id, r.channel, "
            + "r.exam_required, r.letter_number, r.version";
    static final String JOIN_NAMES = " join treatment_center c on c.id = r.center_id join insurer i on i.id = r.insurer_id";
    static final String NAMES = " r" + JOIN_NAMES;

    private ReferralQueries() {
    }

    /** A where clause ({@code " where …"}) and its parameters in order. */
    public record Where(String sql, List<Object> params) {
    }

    /**
     * The filter as conditions on {@code referral_request r}. Dates are Tehran days; the range's end day is included.
     * Tracking code and national ID are exact, any digits.
     */
    public static Where where(QueueFilter f) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (f.status() == null) {
            sql.append(" where r.awaiting_unit = true");
        } else {
            sql.append(" where r.status = ?");
            params.add(f.status().name());
        }
        if (f.insurerId() != null) {
            sql.append(" and r.insurer_id = ?");
            params.add(f.insurerId());
        }
        if (f.centerId() != null) {
            sql.append(" and r.center_id = ?");
            params.add(f.centerId());
        }
        if (f.provinceId() != null) {
            sql.append(" and r.province_id = ?");
            params.add(f.provinceId());
        }
        if (f.from() != null) {
            sql.append(" and r.requested_at >= ?");
            params.add(startOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and r.requested_at < ?");
            params.add(startOf(f.to().plusDays(1)));
        }
        if (f.trackingCode() != null && !f.trackingCode().isBlank()) {
            sql.append(" and r.tracking_code = ?");
            params.add(PersianText.normalizeDigits(f.trackingCode()).replaceAll("[\\s-]", ""));
        }
        if (f.nationalId() != null && !f.nationalId().isBlank()) {
            sql.append(" and r.national_id = ?");
            params.add(PersianText.normalizeDigits(f.nationalId()).strip());
        }
        return new Where(sql.toString(), params);
    }

    /**
     * A page of the queue, oldest first; parameters: the where clause's, then limit, then offset. A deferred join:
     * the page's ids are chosen first, on referral_request alone, from an index that holds the filter's columns, the
     * order (requested_at, id) and the id, so even a deep page (offset 9,980) walks index entries only; then just
     * those rows are read and joined to the centre's and insurer's names. Measured before: the flat query with the
     * joins let MariaDB drive the join from the five-row insurer table and sort all 149,296 awaiting rows; with the
     * request's columns in the inner query, a deep page read 10,000 whole rows (367 ms).
     */
    public static String page(Where w) {
        return "select " + ROW_COLUMNS + " from (select r.id from referral_request r" + w.sql()
                + " order by r.requested_at, r.id limit ? offset ?) p join referral_request r on r.id = p.id"
                + JOIN_NAMES + " order by r.requested_at, r.id";
    }

    /** How many rows match, exactly; parameters the where clause's. */
    public static String count(Where w) {
        return "select count(*) from referral_request r" + w.sql();
    }

    /**
     * How many rows match, counting at most {@code cap + 1}: parameters the where clause's, then cap + 1. A work
     * queue needs "more than 10,000", not the exact size of a million-row status; an exact count of a large
     * filter reads every matching index entry.
     */
    public static String countUpTo(Where w) {
        return "select count(*) from (select r.id from referral_request r" + w.sql() + " limit ?) t";
    }

    /** Rows of the filter after an id, in id order, for the export (keyset, never an offset). */
    public static String exportPage(Where w) {
        return "select " + ROW_COLUMNS + " from (select " + REQUEST_COLUMNS + " from referral_request r" + w.sql()
                + " and r.id > ? order by r.id limit ?)" + NAMES + " order by r.id";
    }

    /** The letters issued (decided) in a range of instants, after an id, in id order. */
    public static final String LETTERS = "select r.id, r.letter_number, r.tracking_code, r.patient_name, "
            + "r.national_id, c.name, i.name, r.covered_procedure, r.letter_valid_from, r.letter_valid_to, "
            + "r.commitment_ceiling, r.franchise_percent, r.decided_at, r.decided_by from (select r.id, "
            + "r.letter_number, r.tracking_code, r.patient_name, r.national_id, r.center_id, r.insurer_id, "
            + "r.covered_procedure, r.letter_valid_from, r.letter_valid_to, r.commitment_ceiling, r.franchise_percent, "
            + "r.decided_at, r.decided_by from referral_request r where r.status = 'ISSUED' and r.decided_at >= ? "
            + "and r.decided_at < ? and r.id > ? order by r.id limit ?)" + NAMES + " order by r.id";

    /** The start of a Tehran day as the database stores instants (see InstantConverter). */
    public static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ClockProducer.TEHRAN).toInstant());
    }

    /** A row of {@link #page} or {@link #exportPage} as the table shows it. */
    static ReferralRow row(Object[] c) {
        return new ReferralRow(number(c[0]), (String) c[1], instant(c[2]), date(c[3]), (String) c[4], (String) c[5],
                ReferralStatus.valueOf((String) c[6]), (String) c[7], (String) c[8], (String) c[9], (String) c[10],
                ReferralChannel.valueOf((String) c[11]), bool(c[12]), (String) c[13], number(c[14]));
    }
}
