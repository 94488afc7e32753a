package ir.hami.notification.web;

import ir.hami.notification.SmsMessage;
import ir.hami.notification.SmsSender;
import ir.hami.platform.config.PortalConfig;
import ir.hami.platform.id.MobileNumber;
import ir.hami.platform.web.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The SMS outbox for staff, in demo mode only ({@code hami.demo.outbox-page}): a tester reads activation and
 * recovery codes here. Elsewhere the page answers 404.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SmsSender sms;

    @Inject
    PortalConfig config;

    private String mobile;

    private final PagedModel<SmsMessage> messages = new PagedModel<>(() -> sms.outboxCount(filter()),
            (first, size) -> sms.outbox(filter(), first, size), SmsMessage::getId);

    public void check() throws IOException {
        if (!config.isOutboxPage()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private String filter() {
        return mobile == null || mobile.isBlank() || !MobileNumber.isValid(mobile) ? ""
                : MobileNumber.parse(mobile).value();
    }

    public LazyDataModel<SmsMessage> getMessages() { return messages; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
}
