package ir.hami.messaging.web;

import ir.hami.platform.security.PortalUser;
import ir.hami.messaging.MessageInbox;
import ir.hami.messaging.StaffOption;
import ir.hami.messaging.ThreadView;
import ir.hami.platform.ValidationException;
import ir.hami.platform.web.Requests;
import ir.hami.platform.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;

/**
 * A thread for staff ({@code /staff/messages/thread.xhtml?id=…}): the sender, the posts and their files; assign it
 * (or take it), reply with files, close it. If another staff member acted on it since the page was opened, the
 * action is refused with a message and the page shows the thread as it now is.
 */
@Named
@ViewScoped
public class StaffThreadPage extends ThreadPage {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageInbox inbox;

    @Inject
    PortalUser user;

    private List<StaffOption> staff;
    private String assignee;

    @Override
    protected ThreadView fetch(long threadId) {
        ThreadView view = inbox.thread(user.getRole(), threadId);
        if (staff == null) {
            staff = inbox.staff(view.unit());
        }
        return view;
    }

    @Override
    protected String form() {
        return "replyForm:";
    }

    @Override
    protected void show(ThreadView view) {
        super.show(view);
        assignee = view.assignedTo();
    }

    /** Assigns to the chosen colleague, or with «ارجاع نشده» chosen takes the assignment back. */
    public void assign() {
        act(() -> inbox.assign(user.getRole(), getThread().id(), getThread().version(), assignee, user.getUsername(),
                Requests.clientIp()), assignee == null || assignee.isBlank() ? "messages.unassigned" : "messages.assigned");
    }

    public void assignToMe() {
        act(() -> inbox.assign(user.getRole(), getThread().id(), getThread().version(), user.getUsername(), user.getUsername(),
                Requests.clientIp()), "messages.assigned");
    }

    public void reply() {
        try {
            posted(inbox.reply(user.getRole(), getAttachments().key(), getThread().id(), getThread().version(), getBody(),
                    user.getUsername(), Requests.clientIp()), "messages.replied");
        } catch (ValidationException e) {
            refused(e);
        }
    }

    public void close() {
        act(() -> inbox.close(user.getRole(), getThread().id(), getThread().version(), user.getUsername(), Requests.clientIp()),
                "messages.closedDone");
    }

    private void act(Supplier<ThreadView> action, String doneKey) {
        try {
            show(action.get());
            Texts.info(null, doneKey);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    public List<StaffOption> getStaff() { return staff; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
}
