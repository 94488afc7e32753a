package ir.hami.claims.web;

import ir.hami.claims.ClaimViewer;
import ir.hami.claims.payment.PaymentBatch;
import ir.hami.claims.payment.PaymentBatches;
import ir.hami.claims.payment.PaymentFile;
import ir.hami.claims.payment.PaymentLine;
import ir.hami.claims.payment.PaymentReturn;
import ir.hami.claims.payment.ReturnReason;
import ir.hami.platform.ClockProducer;
import ir.hami.platform.ValidationException;
import ir.hami.platform.excel.StreamedSheet;
import ir.hami.platform.security.PortalUser;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * One payment batch ({@code /staff/finance/batch.xhtml?id=}): its lines, the transfer file (.xlsx and CSV), sent to
 * the bank on a date, paid on a deposit date, and the bank's return letters for failed transfers.
 */
@Named
@ViewScoped
public class PaymentBatchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentBatches payments;

    @Inject
    PortalUser user;

    private String id;
    private PaymentBatch batch;
    private List<PaymentReturn> returns = List.of();
    private LocalDate bankDay = LocalDate.now(ClockProducer.TEHRAN);
    private LocalDate depositDay = LocalDate.now(ClockProducer.TEHRAN);
    private String codes;
    private String letterNumber;
    private LocalDate returnedOn = LocalDate.now(ClockProducer.TEHRAN);
    private ReturnReason reason = ReturnReason.BAD_IBAN;

    /** Lines are numbered 1..n: a page from {@code first} is the lines after line {@code first}. */
    private final PagedModel<PaymentLine> model = new PagedModel<>(
            () -> batch == null ? 0 : batch.getClaimCount(),
            (first, size) -> batch == null ? List.of() : payments.lines(viewer(), batch.getId(), first, size),
            PaymentLine::lineNo);

    /** f:viewAction. */
    public void open() {
        batch = null;
        Long batchId = Requests.id(id).orElse(null);
        if (batchId == null) {
            Texts.error(null, "finance.batch.notFound");
            return;
        }
        try {
            reload(batchId);
        } catch (ValidationException e) {
            Texts.error(null, e.key(), e.args());
        }
    }

    private void reload(long batchId) {
        batch = payments.batch(viewer(), batchId);
        returns = payments.returns(viewer(), batchId, 200);
    }

    public void sendToBank() {
        mark(false);
    }

    public void deposit() {
        mark(true);
    }

    /** Sent to the bank, or paid, on the day typed; a refusal is shown beside that day. */
    private void mark(boolean paying) {
        try {
            batch = paying ? payments.deposit(viewer(), batch.getId(), depositDay)
                    : payments.sendToBank(viewer(), batch.getId(), bankDay);
            Texts.info(null, paying ? "finance.batch.paidDone" : "finance.batch.sentDone", batch.getNumber());
        } catch (ValidationException e) {
            Texts.error(paying ? "bankForm:depositDay" : "bankForm:bankDay", e.key(), e.args());
        }
        reload(batch.getId());
    }

    public void recordReturn() {
        try {
            int n = payments.recordReturns(viewer(), codes, letterNumber, returnedOn, reason).size();
            Texts.info(null, "finance.return.done", n);
            codes = null;
            letterNumber = null;
        } catch (ValidationException e) {
            String field = switch (e.key()) {
                case "claims.payment.returnLetterRequired", "claims.finance.fileNumberTooLong" -> "returnForm:letter";
                case "finance.return.dateRequired" -> "returnForm:returnedOn";
                default -> "returnForm:codes";
            };
            Texts.error(field, e.key(), e.args());
        }
        reload(batch.getId());
    }

    public StreamedContent getXlsx() {
        PaymentBatches service = payments;
        ClaimViewer v = viewer();
        long batchId = batch.getId();
        return DefaultStreamedContent.builder().name(String.format(PaymentBatches.XLSX_FILE, batch.getNumber()))
                .contentType(StreamedSheet.CONTENT_TYPE).writer(out -> service.writeXlsx(v, batchId, out)).build();
    }

    public StreamedContent getCsv() {
        PaymentBatches service = payments;
        ClaimViewer v = viewer();
        long batchId = batch.getId();
        return DefaultStreamedContent.builder().name(String.format(PaymentBatches.CSV_FILE, batch.getNumber()))
                .contentType(PaymentFile.CSV_CONTENT_TYPE).writer(out -> service.writeCsv(v, batchId, out)).build();
    }

    private ClaimViewer viewer() {
        return ClaimViewer.of(user);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PaymentBatch getBatch() { return batch; }
    public List<PaymentReturn> getReturns() { return returns; }
    public LazyDataModel<PaymentLine> getModel() { return model; }
    public ReturnReason[] getReasons() { return ReturnReason.values(); }
    public LocalDate getBankDay() { return bankDay; }
    public void setBankDay(LocalDate bankDay) { this.bankDay = bankDay; }
    public LocalDate getDepositDay() { return depositDay; }
    public void setDepositDay(LocalDate depositDay) { this.depositDay = depositDay; }
    public String getCodes() { return codes; }
    public void setCodes(String codes) { this.codes = codes; }
    public String getLetterNumber() { return letterNumber; }
    public void setLetterNumber(String letterNumber) { this.letterNumber = letterNumber; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public void setReturnedOn(LocalDate returnedOn) { this.returnedOn = returnedOn; }
    public ReturnReason getReason() { return reason; }
    public void setReason(ReturnReason reason) { this.reason = reason; }
}
