package ir.hami.claims;

import static ir.hami.platform.persistence.NativeValues.*;

import ir.hami.platform.ValidationException;
import ir.hami.platform.text.PersianText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL of the member's claims list, in one place: {@link ClaimTracking} runs it through JPA (native queries) and a
 * benchmark can run the very same text through JDBC. Portable for MariaDB/MySQL and H2 ({@code limit ? offset ?}).
 *
 * <p>A person's list is one range of {@code ix_claim_person (person_id, created_at, id)}, read backwards (newest
 * first): the state filter, the viewer's condition and the tracking-code search are checked on the rows of that one
 * person only, so a page costs its rows plus the person's skipped ones, never a scan of the table. A page is a
 * deferred join: the ids first, from the claim table alone, then only those rows joined to the service's name. The
 * count is capped ({@link #countUpTo}).
 */
public final class ClaimQueries {

    /** Message key: the tracking code searched for has other characters than digits. */
    public static final String KEY_SEARCH = "claims.track.searchDigits";
    /** The longest search a member may type (a tracking code is 10 digits; spaces and dashes are dropped). */
    public static final int SEARCH_LENGTH = 20;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

    /** The columns of a {@link ClaimRow}, in its constructor's order. */
    static final String ROW_COLUMNS = "c.id, c.tracking_code, c.service_date, c.created_at, c.state, "
            + "c.requested_amount, c.payable_amount, s.title, c.patient_name, c.deficiency_note";
    static final String ORDER = " order by c.created_at desc, c.id desc";

    private ClaimQueries() {
    }

    /** A where clause ({@code " where …"}) on {@code claim c} and its parameters in order. */
    public record Where(String sql, List<Object> params) {
    }

    /**
     * One person's claims in the filter's states. {@code viewerPersonId} is the member who asks (null for staff): a
     * member sees the person's claims only when they are that person or the claim's stored main member, so a former
     * family member's claims made under another main member never show. {@code search}: a tracking code or its
     * beginning, Persian, Arabic or Latin digits, spaces and dashes ignored.
     *
     * @throws ValidationException {@link #KEY_SEARCH} when the search is not digits
     */
    public static Where person(long personId, Long viewerPersonId, ClaimFilter filter, String search) {
        StringBuilder sql = new StringBuilder(" where c.person_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(personId);
        if (viewerPersonId != null) {
            sql.append(" and (c.person_id = ? or c.main_person_id = ?)");
            params.add(viewerPersonId);
            params.add(viewerPersonId);
        }
        states(sql, params, (filter == null ? ClaimFilter.ALL : filter).states());
        String code = trackingCode(search);
        trackingCondition(sql, params, code);
        return new Where(sql.toString(), params);
    }

    /** A whole tracking code is one row of its unique index; fewer digits are its beginning. */
    static void trackingCondition(StringBuilder sql, List<Object> params, String code) {
        if (code == null) {
            return;
        }
        if (code.length() == 10) {
            sql.append(" and c.tracking_code = ?");
            params.add(code);
        } else {
            sql.append(" and c.tracking_code like ?");
            params.add(code + "%");
        }
    }

    /** The search as the digits of a tracking code, or null for no search. */
    public static String trackingCode(String search) {
        return digits(search, KEY_SEARCH);
    }

    /**
     * Up to ten digits typed in any script (Persian, Arabic, Latin), spaces, dashes and slashes dropped; null for
     * nothing typed.
     *
     * @throws ValidationException {@code key} when anything else is typed
     */
    static String digits(String typed, String key) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = PersianText.normalizeDigits(typed).replaceAll("[\\s\\-_/]", "");
        if (!DIGITS.matcher(digits).matches()) {
            throw new ValidationException(key);
        }
        return digits;
    }

    private static void states(StringBuilder sql, List<Object> params, Set<ClaimState> states) {
        if (states.size() == ClaimState.values().length) {
            return;
        }
        if (states.size() == 1) {
            sql.append(" and c.state = ?");
        } else {
            sql.append(" and c.state in (").append("?, ".repeat(states.size() - 1)).append("?)");
        }
        // in the enum's order, so the text and its parameters are the same for the same filter
        for (ClaimState s : ClaimState.values()) {
            if (states.contains(s)) {
                params.add(s.name());
            }
        }
    }

    /** A page, newest first; parameters: the where clause's, then limit, then offset. */
    public static String page(Where w) {
        return "select " + ROW_COLUMNS + " from (select c.id from claim c" + w.sql() + ORDER
                + " limit ? offset ?) p join claim c on c.id = p.id left join claim_service s on s.id = c.service_id"
                + ORDER;
    }

    /** How many match, counting at most cap + 1: parameters the where clause's, then cap + 1. */
    public static String countUpTo(Where w) {
        return "select count(*) from (select c.id from claim c" + w.sql() + " limit ?) t";
    }

    /**
     * The drafts a member is writing ({@code ix_claim_creator (created_by, state, id)}), newest first; parameters:
     * the username, then limit.
     */
    public static final String DRAFTS = "select c.id, c.service_date, c.updated_at, c.patient_name, c.draft_step, "
            + "s.title from (select c.id from claim c where c.created_by = ? and c.state = 'DRAFT' "
            + "order by c.id desc limit ?) p join claim c on c.id = p.id left join claim_service s on s.id = c.service_id "
            + "order by c.id desc";

    /**
     * Seed 004's «گزارش خسارت‌های من»: the person's claims under contracts in force on a day (the report is for
     * active contracts only), newest first, with the contract's number and name, the service date, the reason (the
     * service, else the description), the type (channel), the state and the payable amount. Parameters: the
     * where clause's ({@link #person}), then the day twice, then limit and offset.
     */
    public static String report(Where w) {
        return "select c.id, c.tracking_code, k.contract_number, ph.name, c.service_date, s.title, c.description, "
                + "c.channel, c.state, c.payable_amount from (select c.id from claim c join insurance_contract k "
                + "on k.id = c.contract_id" + w.sql() + " and k.start_date <= ? and k.end_date >= ?" + ORDER
                + " limit ? offset ?) p join claim c on c.id = p.id join insurance_contract k on k.id = c.contract_id "
                + "join policyholder ph on ph.id = k.policyholder_id left join claim_service s on s.id = c.service_id"
                + ORDER;
    }

    /** The report's count, at most cap + 1: the where clause's parameters, the day twice, then cap + 1. */
    public static String reportCountUpTo(Where w) {
        return "select count(*) from (select c.id from claim c join insurance_contract k on k.id = c.contract_id"
                + w.sql() + " and k.start_date <= ? and k.end_date >= ? limit ?) t";
    }

    /** The names a claim's page shows with it; parameter: the claim's id. */
    public static final String NAMES = "select tc.name, st.title, s.title, pr.name, cv.title, k.contract_number, "
            + "ph.name, i.name from claim c join insurance_contract k on k.id = c.contract_id "
            + "join policyholder ph on ph.id = k.policyholder_id join insurer i on i.id = c.insurer_id "
            + "left join treatment_center tc on tc.id = c.center_id "
            + "left join claim_service_type st on st.id = c.service_type_id "
            + "left join claim_service s on s.id = c.service_id "
            + "left join province pr on pr.id = c.residence_province_id "
            + "left join contract_cover cv on cv.id = c.cover_id where c.id = ?";

    /** A row of {@link #page}. */
    static ClaimRow row(Object[] c) {
        return new ClaimRow(number(c[0]), (String) c[1], date(c[2]), instant(c[3]), ClaimState.valueOf((String) c[4]),
                numberOrNull(c[5]), numberOrNull(c[6]), (String) c[7], (String) c[8], (String) c[9]);
    }

    /** A row of {@link #report}. */
    static ClaimReportRow reportRow(Object[] c) {
        String reason = c[5] != null ? (String) c[5] : (String) c[6];
        return new ClaimReportRow(number(c[0]), (String) c[1], (String) c[2], (String) c[3], date(c[4]), reason,
                ClaimChannel.valueOf((String) c[7]), ClaimState.valueOf((String) c[8]), numberOrNull(c[9]));
    }

    /** A row of {@link #DRAFTS}. */
    static ClaimDraftRow draftRow(Object[] c) {
        return new ClaimDraftRow(number(c[0]), date(c[1]), instant(c[2]), (String) c[3],
                ((Number) c[4]).intValue(), (String) c[5]);
    }
}
