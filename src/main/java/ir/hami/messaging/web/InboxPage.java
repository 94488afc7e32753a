package ir.hami.messaging.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.messaging.InboxFilter;
import ir.hami.membership.InsurerOption;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.MessageInbox;
import ir.hami.messaging.ThreadRow;
import ir.hami.messaging.ThreadStatus;
import ir.hami.messaging.Unit;
import ir.hami.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The staff inbox of messages ({@code /staff/messages/inbox.xhtml}, referral unit and administrators): filters by
 * status (open by default), insurer, unit, tracking code, dates and "assigned to me"; a lazy table, the oldest first.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageInbox inbox;

    @Inject
    MessageDesk desk;

    @Inject
    PortalUser user;

    private List<InsurerOption> insurers;
    private ThreadStatus status = ThreadStatus.OPEN;
    private Long insurerId;
    private Unit unit;
    private String trackingCode;
    private LocalDate from;
    private LocalDate to;
    private boolean mine;

    private final PagedModel<ThreadRow> model = new PagedModel<>(() -> inbox.count(user.getRole(), filter()),
            (first, size) -> inbox.page(user.getRole(), filter(), first, size), ThreadRow::id);

    @PostConstruct
    void init() {
        insurers = desk.insurers();
    }

    private InboxFilter filter() {
        return new InboxFilter(status, insurerId, unit, trackingCode, from, to, mine ? user.getUsername() : null);
    }

    public LazyDataModel<ThreadRow> getModel() { return model; }
    public List<InsurerOption> getInsurers() { return insurers; }
    public ThreadStatus[] getStatuses() { return ThreadStatus.values(); }
    public Unit[] getUnits() { return Unit.values(); }
    public ThreadStatus getStatus() { return status; }
    public void setStatus(ThreadStatus status) { this.status = status; }
    public Long getInsurerId() { return insurerId; }
    public void setInsurerId(Long insurerId) { this.insurerId = insurerId; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
}
