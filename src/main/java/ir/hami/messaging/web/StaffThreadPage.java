package ir.hami.messaging.web;

import ir.hami.access.PortalUser;
import ir.hami.messaging.MessageDesk;
import ir.hami.messaging.MessageInbox;
import ir.hami.messaging.StaffOption;
import ir.hami.messaging.ThreadView;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A thread for staff ({@code /staff/messages/thread.xhtml?id=…}): the sender, the posts and their files; assign it
 * (or take it), reply with files, close it. If another staff member acted on it since the page was opened, the
 * action is refused with a message and the page shows the thread as it now is.
 */
@Named
@ViewScoped
public class StaffThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "replyForm:";

    @Inject
    MessageInbox inbox;

    @Inject
    PortalUser user;

    private Long id;
    private ThreadView thread;
    private List<StaffOption> staff;
    private String assignee;
    private String body;
    private final AttachmentsField attachments = new AttachmentsField();

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new ValidationException(MessageDesk.KEY_NOT_FOUND);
            }
            show(inbox.thread(id));
            staff = inbox.staff();
        } catch (ValidationException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void assign() {
        act(() -> inbox.assign(thread.id(), thread.version(), assignee, user.getUsername(), Requests.clientIp()),
                "messages.assigned");
    }

    public void assignToMe() {
        act(() -> inbox.assign(thread.id(), thread.version(), user.getUsername(), user.getUsername(),
                Requests.clientIp()), "messages.assigned");
    }

    public void reply() {
        if (act(() -> inbox.reply(attachments.key(), thread.id(), thread.version(), body, user.getUsername(),
                Requests.clientIp()), "messages.replied")) {
            body = null;
            attachments.reset();
        }
    }

    public void close() {
        act(() -> inbox.close(thread.id(), thread.version(), user.getUsername(), Requests.clientIp()),
                "messages.closedDone");
    }

    private boolean act(java.util.function.Supplier<ThreadView> action, String doneKey) {
        try {
            show(action.get());
            Texts.info(null, doneKey);
            return true;
        } catch (ValidationException e) {
            boolean field = MessageDesk.KEY_BODY.equals(e.key()) || MessageDesk.KEY_BODY_LONG.equals(e.key());
            Texts.error(field ? FORM + "body" : null, e.key(), e.args());
            if (!field) {
                // someone else acted meanwhile, or it was closed: show it as it now is
                show(inbox.thread(thread.id()));
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    private void show(ThreadView view) {
        thread = view;
        assignee = view.assignedTo();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ThreadView getThread() { return thread; }
    public List<StaffOption> getStaff() { return staff; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public AttachmentsField getAttachments() { return attachments; }
}
