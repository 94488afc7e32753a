package ir.hami.claims;

import static ir.hami.platform.persistence.NativeValues.*;

import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SQL of the assessor's queue, in one place: {@link ClaimQueue} runs it through JPA (native queries) and
 * {@code ir.hami.bench.AssessorQueueBench} runs the very same text through JDBC.
 *
 * <p>Oldest first is {@code (registered_at, id)}. Each state is one ordered range of an index that starts with the
 * filter's most selective column and the state (V17: {@code ix_claim_queue_assignee (assigned_to, state,
 * registered_at, id)}, {@code _insurer}, {@code _province}, {@code _channel}, {@code _duplicate},
 * {@code ix_claim_national}; V15 {@code ix_claim_state}); a queue of several states is the union of one such range per
 * state, each cut at offset + page, merged in order. A page therefore reads at most (states × (offset + page)) index
 * entries, however many claims there are, then joins only the page's rows to the names.
 */
public final class ClaimQueueQueries {

    /** Message key: the tracking code or national ID searched for has other characters than digits. */
    public static final String KEY_DIGITS = "claims.queue.digitsOnly";

    /** The columns of a {@link QueueRow}, in its constructor's order. */
    static final String ROW_COLUMNS = "c.id, c.tracking_code, c.registered_at, c.service_date, c.state, "
            + "c.patient_name, c.national_id, i.name, pr.name, s.title, c.requested_amount, c.assigned_to, "
            + "c.duplicate_of, c.channel, c.deficiency_round, c.version";

    private ClaimQueueQueries() {
    }

    /** The conditions every state's branch shares ({@code " and …"}) and their parameters in order. */
    public record Where(Set<ClaimState> states, String sql, List<Object> params) {
    }

    /**
     * The filter as conditions on {@code claim c} besides the state; {@code username} is the assessor asking (for
     * "mine").
     *
     * @throws ValidationException {@link #KEY_DIGITS} when a tracking code or national ID is not digits
     */
    public static Where where(ClaimQueueFilter f, String username) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        switch (f.scope() == null ? ClaimQueueFilter.Scope.ALL : f.scope()) {
            case MINE -> {
                sql.append(" and c.assigned_to = ?");
                params.add(username);
            }
            case UNASSIGNED -> sql.append(" and c.assigned_to is null");
            case ALL -> { }
        }
        if (f.insurerId() != null) {
            sql.append(" and c.insurer_id = ?");
            params.add(f.insurerId());
        }
        if (f.provinceId() != null) {
            sql.append(" and c.residence_province_id = ?");
            params.add(f.provinceId());
        }
        if (f.from() != null) {
            sql.append(" and c.registered_at >= ?");
            params.add(startOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and c.registered_at < ?");
            params.add(startOf(f.to().plusDays(1)));
        }
        String code = digits(f.trackingCode());
        ClaimQueries.trackingCondition(sql, params, code);
        String nationalId = digits(f.nationalId());
        if (nationalId != null) {
            sql.append(" and c.national_id = ?");
            params.add(nationalId.length() < 10 ? "0".repeat(10 - nationalId.length()) + nationalId : nationalId);
        }
        if (f.duplicate()) {
            sql.append(" and c.duplicate_of is not null");
        }
        if (f.directBilling()) {
            sql.append(" and c.channel = ?");
            params.add(ClaimChannel.CENTER.name());
        }
        return new Where(f.states(), sql.toString(), params);
    }

    /** Digits of a search (Persian, Arabic or Latin; spaces and dashes dropped), or null for none. */
    static String digits(String typed) {
        return ClaimQueries.digits(typed, KEY_DIGITS);
    }

    /**
     * The ids of a page, oldest first, one ordered branch per state. Parameters: {@link #pageParams}.
     */
    public static String pageIds(Where w) {
        return "select q.id, q.registered_at from ("
                + union(w, "c.id, c.registered_at", " order by c.registered_at, c.id limit ?")
                + ") q order by q.registered_at, q.id limit ? offset ?";
    }

    /** The page's rows with the names, in the queue's order; parameters as {@link #pageIds}. */
    public static String page(Where w) {
        return "select " + ROW_COLUMNS + " from (" + pageIds(w) + ") p join claim c on c.id = p.id "
                + "join insurer i on i.id = c.insurer_id left join province pr on pr.id = c.residence_province_id "
                + "left join claim_service s on s.id = c.service_id order by c.registered_at, c.id";
    }

    /** Parameters of {@link #page}: per state its name, the shared ones and offset + size; then size and offset. */
    public static List<Object> pageParams(Where w, int first, int size) {
        List<Object> out = branchParams(w, first + size);
        out.add(size);
        out.add(first);
        return out;
    }

    /** How many match, counting at most cap + 1 per state: parameters {@link #countParams}. */
    public static String countUpTo(Where w) {
        return "select count(*) from (" + union(w, "c.id", " limit ?") + ") q";
    }

    /**
     * One derived table per state ({@code select columns from claim c where c.state = ? and … tail}), joined by
     * {@code union all}; no state at all is an empty result.
     */
    private static String union(Where w, String columns, String tail) {
        if (w.states().isEmpty()) {
            return "select " + columns + " from claim c where 1 = 0";
        }
        StringBuilder sql = new StringBuilder();
        for (int n = 0; n < w.states().size(); n++) {
            sql.append(n > 0 ? " union all " : "").append("select * from (select ").append(columns)
                    .append(" from claim c where c.state = ?").append(w.sql()).append(tail).append(") b").append(n);
        }
        return sql.toString();
    }

    /** Per state: its name, the filter's parameters, then {@code limit}. */
    private static List<Object> branchParams(Where w, Object limit) {
        List<Object> out = new ArrayList<>();
        for (ClaimState s : w.states()) {
            out.add(s.name());
            out.addAll(w.params());
            out.add(limit);
        }
        return out;
    }

    public static List<Object> countParams(Where w, long cap) {
        return branchParams(w, cap + 1);
    }

    /** The start of a Tehran day as the database stores instants. */
    static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ClockProducer.TEHRAN).toInstant());
    }

    /** A row of {@link #page}. */
    static QueueRow row(Object[] c) {
        return new QueueRow(number(c[0]), (String) c[1], instant(c[2]), date(c[3]), ClaimState.valueOf((String) c[4]),
                (String) c[5], (String) c[6], (String) c[7], (String) c[8], (String) c[9], numberOrNull(c[10]),
                (String) c[11], (String) c[12], ClaimChannel.valueOf((String) c[13]),
                ((Number) c[14]).intValue(), number(c[15]));
    }
}
