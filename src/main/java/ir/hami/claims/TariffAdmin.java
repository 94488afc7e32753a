package ir.hami.claims;

import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.ExcelSheet;
import ir.hami.platform.excel.RejectedRowsReport;
import ir.hami.platform.money.Rial;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Administrators keep the tariff (تعرفه): a row per service or drug code with its title, the kind of line it is, the
 * service type whose cover pays it and its unit price in Rials. Rows are added, edited and deactivated, never deleted
 * (assessed lines name them); a code is unique and fixed once created; an edit names the version the administrator
 * saw. The tariff book is imported from .xlsx ({@link TariffSheet}'s columns): every row is checked, rejected rows go
 * to the report with their row number and Persian reasons, and good rows are upserted by code (an imported row is
 * active), all in one transaction after the whole file was read.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TariffAdmin {

    public static final String KEY_CONFLICT = "tariffs.conflict";
    public static final String KEY_NOT_FOUND = "tariffs.notFound";
    public static final String KEY_CODE_INVALID = "tariffs.code.invalid";
    public static final String KEY_CODE_TAKEN = "tariffs.code.taken";
    public static final String KEY_TITLE_REQUIRED = "tariffs.title.required";
    public static final String KEY_TITLE_TOO_LONG = "tariffs.title.tooLong";
    public static final String KEY_KIND_REQUIRED = "tariffs.kind.required";
    public static final String KEY_TYPE_REQUIRED = "tariffs.type.required";
    public static final String KEY_PRICE_INVALID = "tariffs.price.invalid";
    public static final String KEY_MISSING_COLUMNS = "tariffs.import.missingColumns";
    public static final String KEY_NO_ROWS = "tariffs.import.noRows";
    public static final String KEY_TOO_MANY_ROWS = "tariffs.import.tooManyRows";

    /** The most rows one file may have (the national tariff book has some thousands). */
    public static final int MAX_ROWS = 100_000;
    /** A search shows codes starting with it, or titles containing it. */
    public static final int SEARCH_LENGTH = 100;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,30}");
    private static final Locale PERSIAN = PersianText.PERSIAN;
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What the administrator typed: a new row when {@code id} is null. The price as typed (any digits). */
    public record Entry(Long id, long version, String code, String title, ItemKind kind, Long serviceTypeId,
                        String unitPrice, boolean active) implements Serializable {
        public boolean isNew() {
            return id == null;
        }
    }

    /** What came of an import: rows accepted (of them new), rows rejected and their report (null: none). */
    public record ImportResult(int accepted, int created, int rejected, byte[] report) implements Serializable {
    }

    // ---------------------------------------------------------------- the table

    /** How many rows the search finds (active or not). */
    public long count(String search) {
        return query(search, Long.class, "count(t)", "").getSingleResult();
    }

    /** A page of rows by code. */
    public List<Tariff> page(String search, int first, int size) {
        return query(search, Tariff.class, "t", " order by t.code").setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100)).getResultList();
    }

    private <T> TypedQuery<T> query(String search, Class<T> type, String select, String order) {
        String s = search == null ? null : PersianText.normalize(search).strip();
        if (s == null || s.isEmpty()) {
            return em.createQuery("select " + select + " from Tariff t" + order, type);
        }
        String typed = TextLimit.within(s.length() > SEARCH_LENGTH ? s.substring(0, SEARCH_LENGTH) : s,
                SEARCH_LENGTH, KEY_TITLE_TOO_LONG);
        String escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createQuery("select " + select + " from Tariff t where t.code like :code escape '\\' "
                        + "or t.title like :title escape '\\'" + order, type)
                .setParameter("code", escaped.toUpperCase(Locale.ROOT) + "%")
                .setParameter("title", "%" + escaped + "%");
    }

    /** The service types an entry may name (active ones, in their order). */
    public List<ServiceType> serviceTypes() {
        return em.createQuery("select t from ServiceType t where t.active = true order by t.sortOrder, t.id",
                ServiceType.class).setMaxResults(500).getResultList();
    }

    /** A row for the edit form. */
    public Entry load(long id) {
        Tariff t = em.find(Tariff.class, id);
        if (t == null) {
            throw new ValidationException(KEY_NOT_FOUND);
        }
        return new Entry(t.getId(), t.getVersion(), t.getCode(), t.getTitle(), t.getKind(), t.getServiceTypeId(),
                Long.toString(t.getUnitPrice()), t.isActive());
    }

    // ---------------------------------------------------------------- add, edit, deactivate

    /**
     * Adds a row, or changes the one the administrator saw (its code stays).
     *
     * @throws ValidationException a field's key; {@link #KEY_CONFLICT} when someone changed the row meanwhile
     */
    public Tariff save(Entry e) {
        String title = title(e.title());
        if (e.kind() == null) {
            throw new ValidationException(KEY_KIND_REQUIRED);
        }
        long type = serviceType(e.serviceTypeId());
        long price = price(e.unitPrice());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Tariff t;
        if (e.isNew()) {
            String code = code(e.code());
            if (byCode(List.of(code)).containsKey(code)) {
                throw new ValidationException(KEY_CODE_TAKEN, code);
            }
            t = new Tariff(code, title, e.kind(), type, price, now);
            if (!e.active()) {
                t.update(title, e.kind(), type, price, false, now);
            }
            em.persist(t);
        } else {
            t = forChange(e.id(), e.version());
            t.update(title, e.kind(), type, price, e.active(), now);
        }
        flush();
        return t;
    }

    /** Deactivates (or activates again) the row the administrator saw. */
    public Tariff setActive(long id, long seenVersion, boolean active) {
        Tariff t = forChange(id, seenVersion);
        t.update(t.getTitle(), t.getKind(), t.getServiceTypeId(), t.getUnitPrice(), active,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        flush();
        return t;
    }

    private Tariff forChange(long id, long seenVersion) {
        Tariff t = em.find(Tariff.class, id);
        if (t == null) {
            throw new ValidationException(KEY_NOT_FOUND);
        }
        if (t.getVersion() != seenVersion) {
            throw new ValidationException(KEY_CONFLICT);
        }
        return t;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException ex) {
            throw new ValidationException(ex, KEY_CONFLICT);
        }
    }

    // ---------------------------------------------------------------- the rules of a row (form and import alike)

    static String code(String typed) {
        String code = typed == null ? "" : PersianText.normalize(typed).strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException(KEY_CODE_INVALID, Tariff.CODE_LENGTH);
        }
        return code;
    }

    static String title(String typed) {
        String title = TextLimit.line(typed, Tariff.TITLE_LENGTH, KEY_TITLE_TOO_LONG);
        if (title == null) {
            throw new ValidationException(KEY_TITLE_REQUIRED);
        }
        return title;
    }

    static long price(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new ValidationException(KEY_PRICE_INVALID);
        }
        long price;
        try {
            price = Rial.parse(typed);
        } catch (ValidationException e) {
            throw new ValidationException(e, KEY_PRICE_INVALID);
        }
        if (price <= 0) {
            throw new ValidationException(KEY_PRICE_INVALID);
        }
        return price;
    }

    private long serviceType(Long id) {
        if (id == null) {
            throw new ValidationException(KEY_TYPE_REQUIRED);
        }
        ServiceType t = em.find(ServiceType.class, id);
        if (t == null || !t.isActive()) {
            throw new ValidationException(KEY_TYPE_REQUIRED);
        }
        return t.getId();
    }

    private Map<String, Tariff> byCode(List<String> codes) {
        Map<String, Tariff> out = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Tariff t : em.createQuery("select t from Tariff t where t.code in :c", Tariff.class)
                    .setParameter("c", codes).getResultList()) {
                out.put(t.getCode(), t);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- import

    /** One good row of the file. */
    private record Row(String code, String title, ItemKind kind, long serviceTypeId, long price) {
    }

    /**
     * Imports a tariff book. The file is read as a stream; the good rows are upserted by code in chunks.
     *
     * @throws ValidationException the file's own problems ({@link ExcelSheet}'s keys, {@link #KEY_MISSING_COLUMNS},
     *                             {@link #KEY_NO_ROWS}, {@link #KEY_TOO_MANY_ROWS}): then nothing is written
     */
    public ImportResult importFile(Path file) {
        ExcelSheet sheet = ExcelSheet.open(file);
        int[] columns = TariffSheet.columns(sheet.titles());
        Map<String, Long> types = new HashMap<>();
        for (ServiceType t : serviceTypes()) {
            types.put(t.getCode().toUpperCase(Locale.ROOT), t.getId());
        }
        List<Row> accepted = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int[] seen = {0};
        try (RejectedRowsReport report = new RejectedRowsReport(sheet.titles())) {
            sheet.forEachRow(Set.of(), r -> {
                if (++seen[0] > MAX_ROWS) {
                    throw new ValidationException(KEY_TOO_MANY_ROWS, MAX_ROWS);
                }
                List<String> reasons = new ArrayList<>();
                Row row = read(r.cells(), columns, types, reasons);
                if (row != null && !codes.add(row.code())) {
                    reasons.add(text("tariffs.reason.duplicate", row.code()));
                }
                if (reasons.isEmpty()) {
                    accepted.add(row);
                } else {
                    StringJoiner joined = new StringJoiner(RejectedRowsReport.REASON_SEPARATOR);
                    reasons.forEach(joined::add);
                    report.reject(r.line(), r.cells(), joined.toString());
                }
            });
            if (seen[0] == 0) {
                throw new ValidationException(KEY_NO_ROWS);
            }
            int created = 0;
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            for (int from = 0; from < accepted.size(); from += CHUNK) {
                List<Row> chunk = accepted.subList(from, Math.min(accepted.size(), from + CHUNK));
                Map<String, Tariff> existing = byCode(chunk.stream().map(Row::code).toList());
                for (Row row : chunk) {
                    Tariff t = existing.get(row.code());
                    if (t == null) {
                        em.persist(new Tariff(row.code(), row.title(), row.kind(), row.serviceTypeId(), row.price(),
                                now));
                        created++;
                    } else {
                        t.update(row.title(), row.kind(), row.serviceTypeId(), row.price(), true, now);
                    }
                }
                em.flush();
                em.clear();
            }
            return new ImportResult(accepted.size(), created, report.rows(),
                    report.rows() == 0 ? null : report.toBytes());
        } catch (OptimisticLockException e) {
            throw new ValidationException(e, KEY_CONFLICT);
        }
    }

    /** The row, or null with its reasons. */
    private static Row read(List<String> cells, int[] columns, Map<String, Long> types, List<String> reasons) {
        String code = null;
        String title = null;
        ItemKind kind = null;
        Long type = null;
        long price = 0;
        try {
            code = code(TariffSheet.cell(cells, columns, TariffSheet.CODE));
        } catch (ValidationException e) {
            reasons.add(TariffSheet.cell(cells, columns, TariffSheet.CODE) == null
                    ? text("tariffs.reason.required", TariffSheet.TITLES.get(TariffSheet.CODE))
                    : text(e.key(), e.args()));
        }
        try {
            title = title(TariffSheet.cell(cells, columns, TariffSheet.TITLE));
        } catch (ValidationException e) {
            reasons.add(text(e.key(), e.args()));
        }
        String kindText = TariffSheet.cell(cells, columns, TariffSheet.KIND);
        kind = TariffSheet.kind(kindText);
        if (kind == null) {
            reasons.add(kindText == null ? text("tariffs.reason.required", TariffSheet.TITLES.get(TariffSheet.KIND))
                    : text("tariffs.reason.kind", kindText));
        }
        String typeText = TariffSheet.cell(cells, columns, TariffSheet.SERVICE_TYPE);
        type = typeText == null ? null : types.get(typeText.toUpperCase(Locale.ROOT));
        if (type == null) {
            reasons.add(typeText == null
                    ? text("tariffs.reason.required", TariffSheet.TITLES.get(TariffSheet.SERVICE_TYPE))
                    : text("tariffs.reason.serviceType", typeText));
        }
        String priceText = TariffSheet.cell(cells, columns, TariffSheet.PRICE);
        try {
            price = price(priceText);
        } catch (ValidationException e) {
            reasons.add(priceText == null ? text("tariffs.reason.required", TariffSheet.TITLES.get(TariffSheet.PRICE))
                    : text("tariffs.reason.price", priceText));
        }
        return reasons.isEmpty() ? new Row(code, title, kind, type, price) : null;
    }

    private static String text(String key, Object... args) {
        return Messages.text(key, args, PERSIAN);
    }
}
