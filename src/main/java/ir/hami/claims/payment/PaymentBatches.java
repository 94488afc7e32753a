package ir.hami.claims.payment;

import ir.hami.claims.Claim;
import ir.hami.claims.ClaimChannel;
import ir.hami.claims.ClaimOffice;
import ir.hami.claims.ClaimRecords;
import ir.hami.claims.ClaimState;
import ir.hami.claims.ClaimViewer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.persistence.NativeValues;
import ir.hami.platform.security.Roles;
import ir.hami.platform.text.PersianText;
import ir.hami.platform.text.TextLimit;
import ir.hami.platform.web.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finance's work on claims: the assessed claims to send to finance (one or many, under the core system's file
 * number), payment batches per insurer built from the claims awaiting payment, the batch's transfer file, marking a
 * batch sent to the bank and paid (in committed chunks, {@link PaymentRun}), and the bank's return letters. Every
 * claim changes through {@link ClaimOffice}'s transitions, with its event and the member's notification and SMS.
 * Finance and administrators only; assessors and members are refused on every method.
 */
@Stateless
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class PaymentBatches {

    /** Claims marked per committed transaction when a batch is sent to the bank or paid. */
    public static final int CHUNK = 500;
    public static final String XLSX_FILE = "payment-batch-%s.xlsx";
    public static final String CSV_FILE = "payment-batch-%s.csv";
    static final int READ_PAGE = 1000;
    /** A page of a batch's lines: batch, after line, how many (the primary key's range; the export benchmark too). */
    public static final String LINES_SQL = "select line_no, claim_id, payee_name, iban, amount, reference "
            + "from payment_batch_line where batch_id = ? and line_no > ? order by line_no limit ?";
    static final String ASSESSED = "ASSESSED";

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimOffice office;

    @Inject
    ClaimRecords records;

    @Inject
    PaymentRun run;

    @Inject
    Clock clock;

    /** A claim as a list of many names it: its id and the version the page showed. */
    public record Seen(long id, long version) implements java.io.Serializable {
    }

    // ---------------------------------------------------------------- sent to finance

    /** An insurer's assessed claims waiting to be sent to finance, oldest first. */
    public List<FinanceRow> assessed(ClaimViewer v, long insurerId, int first, int max) {
        return rows("c.insurer_id = ? and c.state = 'ASSESSED' and c.batch_id is null", insurerId, first, max);
    }

    public long assessedCount(ClaimViewer v, long insurerId, long cap) {
        return count("c.insurer_id = ? and c.state = 'ASSESSED' and c.batch_id is null", insurerId, cap);
    }

    /** Sends the claims to finance under one file number of the core system, all or none. */
    public int sendToFinance(ClaimViewer v, List<Seen> claims, String fileNumber, String remark) {
        if (claims == null || claims.isEmpty()) {
            throw new ValidationException("finance.send.noneChosen");
        }
        for (Seen s : claims) {
            office.sendToFinance(v, s.id(), s.version(), fileNumber, remark);
        }
        return claims.size();
    }

    // ---------------------------------------------------------------- batches

    /** An insurer's claims awaiting a batch (sent to finance and not yet to the bank, or returned), oldest first. */
    public List<FinanceRow> awaiting(ClaimViewer v, long insurerId, int first, int max) {
        return rows("c.insurer_id = ? and c.batch_id is null and (c.state = 'PAYMENT_RETURNED' "
                + "or (c.state = 'SENT_TO_FINANCE' and c.sent_to_bank_on is null))", insurerId, first, max);
    }

    public long awaitingCount(ClaimViewer v, long insurerId, long cap) {
        return count("c.insurer_id = ? and c.batch_id is null and (c.state = 'PAYMENT_RETURNED' "
                + "or (c.state = 'SENT_TO_FINANCE' and c.sent_to_bank_on is null))", insurerId, cap);
    }

    /**
     * Builds a batch of the insurer's claims awaiting payment that are in no batch: each with its payee (the family's
     * main member and the IBAN on their profile, or the centre and the IBAN on the claim) frozen as a line. Claims
     * with no valid IBAN, nothing to pay, or returned and still on the IBAN that failed are left out and listed. One
     * transaction; the insurer's row is locked so two builds cannot take one claim twice.
     */
    public BuildResult build(ClaimViewer v, long insurerId) {
        List<?> insurer = em.createNativeQuery("select id from insurer where id = ? for update")
                .setParameter(1, insurerId).getResultList();
        if (insurer.isEmpty()) {
            throw new ValidationException("finance.batch.noInsurer");
        }
        Instant now = now();
        PaymentBatch batch = new PaymentBatch(insurerId, v.username(), now);
        em.persist(batch);
        batch.numbered();
        em.flush();
        Connection con = em.unwrap(Connection.class);
        List<BuildResult.Excluded> excluded = new ArrayList<>();
        int excludedCount = 0;
        int line = 0;
        long total = 0;
        try (PreparedStatement insert = con.prepareStatement("insert into payment_batch_line (batch_id, line_no, "
                + "claim_id, payee_name, iban, amount, reference) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (String state : List.of("SENT_TO_FINANCE", "PAYMENT_RETURNED")) {
                long after = 0;
                for (List<Payee.Candidate> page; !(page = candidates(insurerId, state, after)).isEmpty(); ) {
                    for (Payee.Candidate c : page) {
                        Payee.Decision d = Payee.decide(c);
                        if (!d.included()) {
                            if (excluded.size() < BuildResult.LISTED) {
                                excluded.add(new BuildResult.Excluded(c.claimId(), c.trackingCode(), d.name(),
                                        d.exclusion()));
                            }
                            excludedCount++;
                            continue;
                        }
                        insert.setLong(1, batch.getId());
                        insert.setInt(2, ++line);
                        insert.setLong(3, c.claimId());
                        insert.setString(4, d.name());
                        insert.setString(5, d.iban());
                        insert.setLong(6, c.payable());
                        insert.setString(7, c.trackingCode());
                        insert.addBatch();
                        total = Math.addExact(total, c.payable());
                    }
                    insert.executeBatch();
                    after = page.get(page.size() - 1).claimId();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("building payment batch " + batch.getId(), e);
        }
        if (line == 0) {
            em.remove(batch);
            return new BuildResult(null, excludedCount, excluded);
        }
        em.createNativeQuery("update claim set batch_id = ? where batch_id is null and id in "
                        + "(select l.claim_id from payment_batch_line l where l.batch_id = ?)")
                .setParameter(1, batch.getId()).setParameter(2, batch.getId()).executeUpdate();
        batch.totals(line, total);
        return new BuildResult(batch, excludedCount, excluded);
    }

    /** A page of candidates of one state, after a claim id (keyset on the insurer/state index). */
    private List<Payee.Candidate> candidates(long insurerId, String state, long afterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.tracking_code, c.channel, c.payable_amount, "
                        + "p.first_name, p.last_name, p.iban, coalesce(tc.name, c.center_name), c.payment_iban, "
                        + "(select r.iban from payment_return r where r.id = "
                        + "(select max(r2.id) from payment_return r2 where r2.claim_id = c.id)) "
                        + "from claim c join person p on p.id = c.main_person_id "
                        + "left join treatment_center tc on tc.id = c.center_id "
                        + "where c.insurer_id = ? and c.state = ? and c.batch_id is null and c.id > ? "
                        + "and (c.state = 'PAYMENT_RETURNED' or c.sent_to_bank_on is null) "
                        + "order by c.id limit ?")
                .setParameter(1, insurerId).setParameter(2, state).setParameter(3, afterId)
                .setParameter(4, READ_PAGE).getResultList();
        return rows.stream().map(r -> new Payee.Candidate(NativeValues.number(r[0]), (String) r[1],
                ClaimChannel.valueOf((String) r[2]), NativeValues.numberOrNull(r[3]),
                (r[4] + " " + r[5]).strip(), (String) r[6], (String) r[7], (String) r[8], (String) r[9])).toList();
    }

    /** The batches, newest first; of one insurer if given. */
    public List<PaymentBatch> batches(ClaimViewer v, Long insurerId, int first, int max) {
        String where = insurerId == null ? "" : " where b.insurerId = :i";
        var q = em.createQuery("select b from PaymentBatch b" + where + " order by b.id desc", PaymentBatch.class)
                .setFirstResult(first).setMaxResults(Math.max(1, Math.min(max, 100)));
        if (insurerId != null) {
            q.setParameter("i", insurerId);
        }
        return q.getResultList();
    }

    public long batchCount(ClaimViewer v, Long insurerId) {
        String where = insurerId == null ? "" : " where b.insurerId = :i";
        var q = em.createQuery("select count(b) from PaymentBatch b" + where, Long.class);
        if (insurerId != null) {
            q.setParameter("i", insurerId);
        }
        return q.getSingleResult();
    }

    public PaymentBatch batch(ClaimViewer v, long batchId) {
        PaymentBatch b = em.find(PaymentBatch.class, batchId);
        if (b == null) {
            throw new ValidationException("finance.batch.notFound");
        }
        return b;
    }

    /** The batch's lines after a line number, in order (the primary key's range). */
    public List<PaymentLine> lines(ClaimViewer v, long batchId, int afterLine, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LINES_SQL)
                .setParameter(1, batchId).setParameter(2, afterLine)
                .setParameter(3, Math.max(1, Math.min(max, READ_PAGE))).getResultList();
        return rows.stream().map(r -> new PaymentLine(((Number) r[0]).intValue(), NativeValues.number(r[1]),
                (String) r[2], (String) r[3], NativeValues.number(r[4]), (String) r[5])).toList();
    }

    /** The bank transfer file as .xlsx, streamed a page of lines at a time. */
    public int writeXlsx(ClaimViewer v, long batchId, OutputStream out) {
        PaymentBatch b = batch(v, batchId);
        return PaymentFile.writeXlsx(pager(v, batchId), b.getNumber(), Stream.of("line", "iban", "name", "amount",
                "reference").map(k -> fa("finance.file.col." + k)).toList(), out);
    }

    /** The bank transfer file as CSV ({@link PaymentFile}'s layout), streamed. */
    public int writeCsv(ClaimViewer v, long batchId, OutputStream out) {
        batch(v, batchId);
        return PaymentFile.writeCsv(pager(v, batchId), out);
    }

    private PaymentFile.Lines pager(ClaimViewer v, long batchId) {
        return (after, max) -> {
            List<PaymentLine> page = lines(v, batchId, after, max);
            em.clear();
            return page;
        };
    }

    /**
     * Marks every claim of the batch sent to the bank on {@code day}, {@value #CHUNK} claims per committed
     * transaction. Run again after a stop, it marks the rest (claims already marked are not touched).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentBatch sendToBank(ClaimViewer v, long batchId, LocalDate day) {
        if (day == null) {
            throw new ValidationException("finance.batch.dateRequired");
        }
        PaymentBatch b = run.start(v, batchId, day, false);
        while (run.sendChunk(v, batchId, b.getNumber(), day, CHUNK) > 0) {
            // next chunk
        }
        return run.finish(v, batchId, false);
    }

    /** Marks every claim of the batch still on its way paid on {@code day}, chunk by chunk, resumable likewise. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentBatch deposit(ClaimViewer v, long batchId, LocalDate day) {
        if (day == null) {
            throw new ValidationException("finance.batch.dateRequired");
        }
        run.start(v, batchId, day, true);
        while (run.payChunk(v, batchId, day, CHUNK) > 0) {
            // next chunk
        }
        return run.finish(v, batchId, true);
    }

    // ---------------------------------------------------------------- return letters

    /**
     * The bank's return letter for one claim or a list of them (tracking codes, separated by spaces, commas or lines):
     * each goes to PAYMENT_RETURNED, leaves its batch, and its member is asked to fix the IBAN on the profile. All or
     * none: an unknown code or a claim not on its way to the bank is refused with the codes named.
     */
    public List<PaymentReturn> recordReturns(ClaimViewer v, String trackingCodes, String letterNumber,
                                             LocalDate returnedOn, ReturnReason reason) {
        String letter = TextLimit.line(letterNumber, Claim.FILE_NUMBER_LENGTH, "claims.finance.fileNumberTooLong");
        if (letter == null || letter.isBlank()) {
            throw new ValidationException("claims.payment.returnLetterRequired");
        }
        if (returnedOn == null) {
            throw new ValidationException("finance.return.dateRequired");
        }
        Set<String> codes = codes(trackingCodes);
        if (codes.isEmpty()) {
            throw new ValidationException("finance.return.codesRequired");
        }
        if (codes.size() > 1000) {
            throw new ValidationException("finance.return.tooMany", 1000);
        }
        List<String> wrong = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (String code : codes) {
            List<Claim> found = em.createQuery("select c from Claim c where c.trackingCode = :t", Claim.class)
                    .setParameter("t", code).getResultList();
            Claim c = found.isEmpty() ? null : found.get(0);
            if (c == null || !(c.getState() == ClaimState.PAID
                    || (c.getState() == ClaimState.SENT_TO_FINANCE && c.getSentToBankOn() != null))) {
                wrong.add(code);
            } else {
                claims.add(c);
            }
        }
        if (!wrong.isEmpty()) {
            throw new ValidationException("finance.return.wrongCodes", String.join("، ", wrong));
        }
        List<PaymentReturn> out = new ArrayList<>();
        Instant now = now();
        for (Claim c : claims) {
            Number batchId = (Number) em.createNativeQuery("select batch_id from claim where id = ?")
                    .setParameter(1, c.getId()).getSingleResult();
            String iban = c.getPaymentIban();
            office.paymentReturned(v, c.getId(), c.getVersion(), letter, returnedOn);
            em.createNativeQuery("update claim set batch_id = null where id = ?").setParameter(1, c.getId())
                    .executeUpdate();
            PaymentReturn r = new PaymentReturn(c.getId(), batchId == null ? null : batchId.longValue(), letter,
                    returnedOn, reason == null ? ReturnReason.OTHER : reason, iban, v.username(), now);
            em.persist(r);
            out.add(r);
        }
        return out;
    }

    /** The return letters of a batch, newest first. */
    public List<PaymentReturn> returns(ClaimViewer v, long batchId, int max) {
        return em.createQuery("select r from PaymentReturn r where r.batchId = :b order by r.id desc",
                PaymentReturn.class).setParameter("b", batchId).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList();
    }

    static Set<String> codes(String typed) {
        Set<String> out = new LinkedHashSet<>();
        if (typed == null) {
            return out;
        }
        for (String part : PersianText.normalizeDigits(typed).split("[\\s,،;]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- pieces

    private List<FinanceRow> rows(String where, long insurerId, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.version, c.tracking_code, c.channel, "
                        + "c.patient_name, c.national_id, c.payable_amount, c.assessed_at, c.state, "
                        + "c.finance_file_number from claim c where " + where + " order by c.id limit ? offset ?")
                .setParameter(1, insurerId).setParameter(2, Math.max(1, Math.min(max, 100)))
                .setParameter(3, Math.max(0, first)).getResultList();
        return rows.stream().map(r -> new FinanceRow(NativeValues.number(r[0]), NativeValues.number(r[1]),
                (String) r[2], ClaimChannel.valueOf((String) r[3]), (String) r[4], (String) r[5],
                NativeValues.numberOrNull(r[6]), NativeValues.instant(r[7]), ClaimState.valueOf((String) r[8]),
                (String) r[9])).toList();
    }

    private long count(String where, long insurerId, long cap) {
        Number n = (Number) em.createNativeQuery("select count(*) from (select c.id from claim c where " + where
                + " limit ?) x").setParameter(1, insurerId).setParameter(2, cap + 1).getSingleResult();
        return n.longValue();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    static String fa(String key) {
        return Messages.text(key, null, PersianText.PERSIAN);
    }
}
