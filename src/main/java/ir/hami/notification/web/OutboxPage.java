package ir.hami.notification.web;

import ir.hami.notification.Outbox;
import ir.hami.notification.SmsMessage;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.web.PagedModel;
import ir.hami.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The SMS outbox for staff: what is pending, sent, failed or expired, filtered by status and mobile, with the count of
 * each status, attempts and the last error; administrators queue a failed message again. Administrators always see
 * it; other staff only in demo mode ({@code hami.demo.outbox-page}), where testers read SMS codes here. For anyone
 * else the page answers 404.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private String mobile;
    private SmsMessage.Status status;
    private Map<SmsMessage.Status, Long> counts;

    private final PagedModel<Outbox.Row> messages = new PagedModel<>(() -> outbox.count(status, filter()),
            (first, size) -> outbox.page(status, filter(), first, size), Outbox.Row::id);

    public void check() throws IOException {
        if (!outbox.visible()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private String filter() {
        return mobile == null || mobile.isBlank() || !MobileNumber.isValid(mobile) ? ""
                : MobileNumber.parse(mobile).value();
    }

    /** The filter changed: back to the first page, counts read again. */
    public void filterChanged() {
        counts = null;
        PagedModel.firstPage("outboxForm:outboxTable");
    }

    /** "Retry now" on a failed message (administrators). */
    public void retry(long id) {
        if (outbox.retry(id)) {
            Texts.info(null, "outbox.retried");
        } else {
            Texts.warn(null, "outbox.notRetried");
        }
        counts = null;
    }

    public Map<SmsMessage.Status, Long> getCounts() {
        if (counts == null) {
            counts = outbox.counts();
        }
        return counts;
    }

    public SmsMessage.Status[] getStatuses() { return SmsMessage.Status.values(); }
    public LazyDataModel<Outbox.Row> getMessages() { return messages; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public SmsMessage.Status getStatus() { return status; }
    public void setStatus(SmsMessage.Status status) { this.status = status; }
}
