package ir.hami.referral;

import ir.hami.platform.persistence.NativeValues;

import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.StreamedSheet;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.time.Jalali;
import ir.hami.platform.web.Messages;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The referral unit's Excel reports, streamed: the queue as filtered on screen, or the letters issued in a range of
 * days. Rows are read {@value #PAGE} at a time by id (keyset: {@code id > last}, never an offset), written to an
 * SXSSF sheet and forgotten, so a million-row report holds one page in memory. Persian headers, Jalali dates.
 */
@Stateless
public class ReferralExport {

    public static final String QUEUE_FILE = "referral-queue.xlsx";
    public static final String LETTERS_FILE = "referral-letters.xlsx";
    static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    /** One issued letter as the report shows it. */
    public record LetterRow(long id, String letterNumber, String trackingCode, String patientName, String nationalId,
                            String centerName, String insurerName, String coveredProcedure, LocalDate validFrom,
                            LocalDate validTo, Long commitmentCeiling, Integer franchisePercent, Instant issuedAt,
                            String issuedBy) implements Serializable {
    }

    /** The rows of the filter after an id, in id order: the queue report's row source. */
    public List<ReferralRow> queueRows(Viewer viewer, QueueFilter filter, long afterId, int max) {
        requireUnit(viewer);
        ReferralQueries.Where w = ReferralQueries.where(filter);
        Query q = bind(em.createNativeQuery(ReferralQueries.exportPage(w)), w.params(), afterId, max);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ReferralQueries::row).toList();
    }

    /** The letters issued from {@code from} to {@code to} (Tehran days, both included) after an id, in id order. */
    public List<LetterRow> letterRows(Viewer viewer, LocalDate from, LocalDate to, long afterId, int max) {
        requireUnit(viewer);
        if (from == null || to == null) {
            throw new ValidationException("workbench.export.dates");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("workbench.export.datesOrder");
        }
        Query q = bind(em.createNativeQuery(ReferralQueries.LETTERS),
                List.of(ReferralQueries.startOf(from), ReferralQueries.startOf(to.plusDays(1))), afterId, max);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(c -> new LetterRow(NativeValues.number(c[0]), (String) c[1], (String) c[2],
                (String) c[3], (String) c[4], (String) c[5], (String) c[6], (String) c[7],
                NativeValues.date(c[8]), NativeValues.date(c[9]), NativeValues.numberOrNull(c[10]),
                c[11] == null ? null : ((Number) c[11]).intValue(), NativeValues.instant(c[12]), (String) c[13]))
                .toList();
    }

    /** The queue as filtered, every page of it. */
    public void writeQueue(Viewer viewer, QueueFilter filter, OutputStream out) {
        requireUnit(viewer);
        try (StreamedSheet sheet = new StreamedSheet(fa("workbench.export.queueSheet"), titles("tracking",
                "requestedAt", "patient", "nationalId", "center", "insurer", "cause", "physician", "admission",
                "status", "channel", "letterNumber"))) {
            long after = Long.MIN_VALUE;
            for (List<ReferralRow> page; !(page = queueRows(viewer, filter, after, PAGE)).isEmpty(); ) {
                for (ReferralRow r : page) {
                    sheet.add(r.trackingCode(), jalali(r.requestedAt()), r.patientName(), r.nationalId(),
                            r.centerName(), r.insurerName(), r.cause(), r.physician(), jalali(r.admissionDate()),
                            fa(r.status().key()), fa("referral.channel." + r.channel().name()), r.letterNumber());
                }
                after = page.get(page.size() - 1).id();
                em.clear();
            }
            sheet.writeTo(out);
        }
    }

    /** The letters issued in a range of days, every page of them. */
    public void writeLetters(Viewer viewer, LocalDate from, LocalDate to, OutputStream out) {
        requireUnit(viewer);
        try (StreamedSheet sheet = new StreamedSheet(fa("workbench.export.lettersSheet"), titles("letterNumber",
                "issuedAt", "tracking", "patient", "nationalId", "center", "insurer", "procedure", "validFrom",
                "validTo", "ceiling", "franchise", "issuedBy"))) {
            long after = Long.MIN_VALUE;
            for (List<LetterRow> page; !(page = letterRows(viewer, from, to, after, PAGE)).isEmpty(); ) {
                for (LetterRow r : page) {
                    sheet.add(r.letterNumber(), jalali(r.issuedAt()), r.trackingCode(), r.patientName(),
                            r.nationalId(), r.centerName(), r.insurerName(), r.coveredProcedure(),
                            jalali(r.validFrom()), jalali(r.validTo()), r.commitmentCeiling(), r.franchisePercent(),
                            r.issuedBy());
                }
                after = page.get(page.size() - 1).id();
                em.clear();
            }
            sheet.writeTo(out);
        }
    }

    private static List<String> titles(String... names) {
        return Stream.of(names).map(n -> fa("workbench.export.col." + n)).toList();
    }

    private static String fa(String key) {
        return Messages.text(key, null, PersianText.PERSIAN);
    }

    private static String jalali(LocalDate day) {
        return day == null ? null : Jalali.format(day);
    }

    private static String jalali(Instant at) {
        return at == null ? null : Jalali.format(LocalDate.ofInstant(at, ir.hami.platform.ClockProducer.TEHRAN));
    }

    private static Query bind(Query q, List<Object> params, long afterId, int max) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        q.setParameter(params.size() + 1, afterId);
        q.setParameter(params.size() + 2, Math.max(1, Math.min(max, PAGE)));
        return q;
    }

    private static void requireUnit(Viewer viewer) {
        if (!viewer.isReferralStaff()) {
            throw new ValidationException(ReferralDesk.REFUSED);
        }
    }
}
